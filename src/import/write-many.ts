import { execFileSync } from 'node:child_process';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { makeFolder } from '../util/make-folder.js';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { cannotWrite, countWritten } from '../util/atomic-write.js';
import { untilDone } from '../util/interrupt.js';

/**
 * Writes many files atomically, as writeFileAtomic does one: every file goes to a temporary
 * file beside it, all are flushed to disk, then each is renamed over its target. Flushing once
 * for the whole file system (sync -f) instead of once per file is what keeps an import of
 * 10,000 activities within seconds; where that command is missing, each file is flushed.
 */
export function writeManyAtomic(files: ReadonlyArray<readonly [string, string]>): void {
  const temps: string[] = [];
  // With a handler installed, a signal waits for this synchronous write to end instead of cutting
  // it between two files: all are renamed, or none is left.
  const release = untilDone(() => temps.forEach((tmp) => rmSync(tmp, { force: true })));
  let current = files[0]?.[0] ?? '';
  try {
    for (const [path, text] of files) {
      current = path;
      makeFolder(dirname(path));
      const tmp = join(dirname(path), `.${basename(path).slice(0, 40)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      temps.push(tmp);
      writeFileSync(tmp, text, { flag: 'wx', mode: 0o644 });
    }
    flush(temps);
    files.forEach(([path], i) => {
      renameSync(temps[i]!, path);
      countWritten(1);
    });
  } catch (error) {
    for (const tmp of temps) rmSync(tmp, { force: true });
    throw cannotWrite(error, current);
  } finally {
    release();
  }
}

function flush(paths: readonly string[]): void {
  if (paths.length === 0) return;
  if (paths.length > 8) {
    try {
      execFileSync('sync', ['-f', paths[0]!], { stdio: 'ignore', timeout: 60_000 });
      return;
    } catch {
      // No `sync -f` (not Linux coreutils): flush file by file below.
    }
  }
  for (const path of paths) {
    const fd = openSync(path, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
