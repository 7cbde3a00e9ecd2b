import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file so that readers see either the old content or the new one, never half of it:
 * a temporary file beside the target, flushed to disk, then renamed over it.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = temporaryPathFor(path);
  try {
    writeFileSync(tmp, data, { flag: 'wx', mode: 0o644 });
    replaceWith(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * For writers that want a path (a zip library, a browser): they write the temporary file, which
 * then replaces the target in one rename; on failure the target is untouched.
 */
export async function writeViaTemporaryFile(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = temporaryPathFor(path);
  try {
    await write(tmp);
    replaceWith(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** A fresh temporary path beside `path` (same folder, so the final rename is atomic). */
function temporaryPathFor(path: string): string {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  return join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Flushes the finished temporary file to disk, then renames it over the target. */
function replaceWith(tmp: string, path: string): void {
  const fd = openSync(tmp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
