import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { EXAMPLE, tempDir } from './helpers.js';

/**
 * A real git repository in a temporary folder holding a copy of the example register, for the
 * history commands: each commit has its own author and date, so that tests can assert them.
 */
export class GitRepo {
  readonly top = tempDir('registro-git-');
  /** The register inside the repository. */
  readonly reg = join(this.top, 'registro');

  constructor(from = EXAMPLE) {
    cpSync(from, this.reg, { recursive: true });
    this.git(['init', '-q', '-b', 'main']);
  }

  git(args: string[], date = '2025-01-01T10:00:00+01:00', author = 'Maria Rossi'): string {
    const email = `${author.toLowerCase().replace(/\s+/g, '.')}@comune.vallechiara.vt.it`;
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: this.top,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: author,
        GIT_AUTHOR_EMAIL: email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: author,
        GIT_COMMITTER_EMAIL: email,
        GIT_COMMITTER_DATE: date,
      },
    });
  }

  /** Commits everything in the working tree; returns the commit id. */
  commit(message: string, date: string, author?: string): string {
    this.git(['add', '-A'], date, author);
    this.git(['commit', '-q', '--allow-empty', '-m', message], date, author);
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  read(rel: string): string {
    return readFileSync(join(this.reg, rel), 'utf8');
  }

  write(rel: string, text: string): void {
    writeFileSync(join(this.reg, rel), text);
  }

  remove(rel: string): void {
    rmSync(join(this.reg, rel));
  }

  /** Edits a record as data (the file is written back in the yaml library's own layout). */
  edit(rel: string, change: (data: Record<string, any>) => void): void {
    const data = parse(this.read(rel)) as Record<string, any>;
    change(data);
    this.write(rel, stringify(data));
  }

  cleanup(): void {
    rmSync(this.top, { recursive: true, force: true });
  }
}
