// History scenarios of `npm run bench` (issue 14): diff of two versions of a 1,000-activity
// register in git, and `storia` over 500 commits. Each repository is built here with plain git.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateRegister } from './synthetic-register.mjs';

const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'b@x' };
const git = (cwd, args) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env, stdio: 'pipe' });

/** Times diff and storia; `row`, `best` and `bin` come from bench.mjs. */
export function benchHistory(work, root, bin, row, best) {
  const run = (cwd, args) => () => {
    try {
      execFileSync(process.execPath, [bin, ...args], { cwd, stdio: 'ignore' });
    } catch (e) {
      if (e.status !== 1) throw e; // 1 = findings, expected on synthetic data
    }
  };

  // Two versions of 1,000 activities: one in ten gains a recipient, one in ten is only reformatted.
  const big = join(work, 'git1000');
  generateRegister(join(big, 'registro'), 1000, 42);
  git(big, ['init', '-q']);
  git(big, ['add', '-A']);
  git(big, ['commit', '-qm', 'v1']);
  for (let i = 0; i < 1000; i += 5) {
    const path = join(big, 'registro/trattamenti', `trattamento-${String(i).padStart(5, '0')}.yaml`);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, i % 10 === 0 ? text.replace(/^destinatari:\n/m, 'destinatari:\n  - categoria: altre-pa\n    descrizione: Nuovo destinatario\n') : text.replace(/\n/g, '\n\n'));
  }
  git(big, ['commit', '-qam', 'v2']);
  const reg = join(big, 'registro');
  const validate = best(3, run(reg, ['validate', '.', '--format', 'json', '--output', join(work, 'v.json')]));
  row('diff HEAD~1..HEAD, 1,000 activities (two versions from git)', best(3, run(reg, ['diff', 'HEAD~1..HEAD', '--format', 'json'])), validate, 'validate of the same register (one version, with rules)');

  // 500 commits over the example register, each changing one activity.
  const long = join(work, 'git500');
  mkdirSync(long, { recursive: true });
  cpSync(join(root, 'registers/comune-di-vallechiara'), join(long, 'registro'), { recursive: true });
  git(long, ['init', '-q']);
  git(long, ['add', '-A']);
  git(long, ['commit', '-qm', 'init']);
  const dir = join(long, 'registro/trattamenti');
  const files = execFileSync('ls', [dir], { encoding: 'utf8' }).trim().split('\n');
  for (let i = 1; i < 500; i++) {
    const path = join(dir, files[i % files.length]);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^applicativi: \[/m, `applicativi: [Sistema ${i}, `));
    git(long, ['commit', '-qam', `change ${i}`]);
  }
  row('storia over 500 commits (example register)', best(3, run(join(long, 'registro'), ['storia', '--format', 'json'])), validate, 'validate of 1,000 activities (for scale)');
  row('validate in git with 500 commits (changed-after-update)', best(3, run(join(long, 'registro'), ['validate', '.'])), null, null);
}
