import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, MINIMAL, remove, tempDir } from '../helpers.js';
import { GitRepo } from '../git-repo.js';

/**
 * A register that arrives with someone else's .git (a consultant's zip, a clone of a stranger's
 * repository): reading its history must run nothing its configuration names, and nothing in its
 * commits may pass for another commit.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

/** A program that leaves a mark when run: the proof that a configured command was executed. */
function trap(): { program: string; ran: () => boolean } {
  const dir = tempDir('registro-trap-');
  dirs.push(dir);
  const mark = join(dir, 'ran');
  const program = join(dir, 'evil.sh');
  writeFileSync(program, `#!/bin/sh\necho "$0 $*" >> '${mark}'\nexit 1\n`);
  chmodSync(program, 0o755);
  return { program, ran: () => existsSync(mark) };
}

function run(args: string[], cwd: string) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1', REGISTRO_TODAY: '2026-12-03', GITHUB_STEP_SUMMARY: '' } });
  return { ...r, ms: Date.now() - started };
}

function repo(): GitRepo {
  const r = new GitRepo(MINIMAL);
  dirs.push(r.top);
  r.commit('Prima versione', '2026-01-10T10:00:00+01:00');
  return r;
}

/** Commits the working tree as a commit object carrying a (fake) signature, as `git commit -S` would. */
function commitSigned(r: GitRepo, message: string): void {
  r.git(['add', '-A']);
  const tree = r.git(['write-tree']).trim();
  const parent = r.git(['rev-parse', 'HEAD']).trim();
  const body = `tree ${tree}\nparent ${parent}\nauthor Maria Rossi <m@r.it> 1770000000 +0100\ncommitter Maria Rossi <m@r.it> 1770000000 +0100\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQ==\n -----END PGP SIGNATURE-----\n\n${message}\n`;
  const file = join(r.top, '.git', 'commit.txt');
  writeFileSync(file, body);
  const commit = r.git(['hash-object', '-t', 'commit', '-w', file]).trim();
  r.git(['update-ref', 'HEAD', commit]);
}

describe("the repository's configuration runs nothing", () => {
  it('log.showSignature with a gpg.program: storia, validate and export never run it', () => {
    const r = repo();
    const { program, ran } = trap();
    r.write('trattamenti/mensa.yaml', r.read('trattamenti/mensa.yaml').replace('Refezione scolastica', 'Refezione e diete'));
    commitSigned(r, 'Diete speciali');
    for (const [key, value] of [['log.showSignature', 'true'], ['gpg.program', program], ['core.fsmonitor', program], ['core.pager', program]]) r.git(['config', key!, value!]);
    expect(run(['storia', '--cartella', 'registro'], r.top).stdout).toContain('Denominazione: Refezione scolastica → Refezione e diete');
    expect(run(['validate', 'registro'], r.top).status).toBe(0);
    expect(run(['export', 'registro', '-o', join(r.top, 'registro.xlsx')], r.top).status).toBe(0);
    expect(run(['export', 'registro', '--al', '2026-11-30', '-f', 'json', '-o', '-'], r.top).status).toBe(0);
    expect(ran()).toBe(false);
  });

  it('a partial clone whose remote runs a command: a clear usage error, nothing run, no hang', () => {
    const r = repo();
    r.write('trattamenti/mensa.yaml', r.read('trattamenti/mensa.yaml').replace('Refezione scolastica', 'Refezione e diete'));
    r.commit('Diete speciali', '2026-02-10T10:00:00+01:00');
    const origin = join(tempDir('registro-origin-'), 'origin.git');
    const clone = join(tempDir('registro-clone-'), 'clone');
    dirs.push(join(origin, '..'), join(clone, '..'));
    execFileSync('git', ['clone', '-q', '--bare', r.top, origin]);
    execFileSync('git', ['-C', origin, 'config', 'uploadpack.allowFilter', 'true']);
    execFileSync('git', ['clone', '-q', '--filter=blob:none', `file://${origin}`, clone]);
    const { program, ran } = trap();
    execFileSync('git', ['-C', clone, 'config', 'remote.origin.url', 'ssh://server.invalid/registro']);
    execFileSync('git', ['-C', clone, 'config', 'core.sshCommand', program]);
    execFileSync('git', ['-C', clone, 'config', 'protocol.ssh.allow', 'always']);
    const storia = run(['storia', '--cartella', 'registro'], clone);
    expect(storia.stderr).toBe(
      'registro: questo repository è un clone parziale (git clone --filter) e alcune versioni passate delle schede sono rimaste sul server: registro non scarica nulla (eseguirebbe i comandi che la configurazione del repository indica), quindi leggi la storia da un clone completo (git clone senza --filter)\n',
    );
    expect(storia.status).toBe(2);
    expect(storia.ms).toBeLessThan(10_000);
    expect(run(['storia', '--cartella', 'registro', '--lang', 'en'], clone).stderr).toMatch(/^registro: this repository is a partial clone \(git clone --filter\)/);
    expect(ran()).toBe(false);
  });
});

describe('a commit cannot pass for another one', () => {
  it('a message holding the separators of the log is the subject, not a forged commit, author and date', () => {
    const r = repo();
    r.write('trattamenti/mensa.yaml', r.read('trattamenti/mensa.yaml').replace('Refezione scolastica', 'Refezione e diete'));
    const forged = 'Diete\x1e1111111111111111111111111111111111111111\x1f2020-01-01T00:00:00+00:00\x1fMallory\x1finventato';
    const real = r.commit(forged, '2026-02-10T10:00:00+01:00', 'Luca Bianchi');
    const out = JSON.parse(run(['storia', '--cartella', 'registro', '-f', 'json'], r.top).stdout) as { activities: Array<{ events: Array<{ commit: string; author: string; date: string; subject: string }> }> };
    const last = out.activities[0]!.events.at(-1)!;
    expect(last).toMatchObject({ commit: real, author: 'Luca Bianchi', date: '2026-02-10T10:00:00+01:00', subject: forged });
    expect(out.activities[0]!.events.map((e) => e.author)).toEqual(['Maria Rossi', 'Luca Bianchi']);
  });
});

describe('what the history prints stays one line per line, without terminal escapes', () => {
  it('a value with an escape and a line break, and a committed file name with one: storia and diff show them escaped', () => {
    const r = repo();
    const record = r.read('trattamenti/mensa.yaml');
    r.write('trattamenti/mensa.yaml', record.replace('denominazione: Refezione scolastica', 'denominazione: "Refezione\\e[2J\\n::error file=x::FALSO"'));
    r.write('trattamenti/x\n::error file=a::FALSO.yaml', record);
    r.commit('Nomi strani', '2026-02-10T10:00:00+01:00');
    const outputs = [
      run(['storia', '--cartella', 'registro'], r.top).stdout,
      run(['diff', 'HEAD~1', '--cartella', 'registro'], r.top).stdout,
      run(['diff', 'HEAD~1', '--cartella', 'registro', '-f', 'markdown'], r.top).stdout,
    ];
    for (const out of outputs) {
      expect(out).toContain('::error file=x::FALSO');
      expect(out.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
      expect(out).not.toContain('\x1b');
    }
    expect(outputs[0]).toContain('Denominazione: Refezione scolastica → Refezione\\u001b[2J\\n::error file=x::FALSO');
    expect(outputs[1]).toContain('Trattamento x\\n::error file=a::FALSO «Refezione scolastica»: aggiunto');
    expect(outputs[2]).toContain('| Trattamento `x\\n::error file=a::FALSO` Refezione scolastica | aggiunto |');
  });
});
