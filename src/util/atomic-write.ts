import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file so that readers see either the old content or the new one, never half of it:
 * a temporary file beside the target, flushed to disk, then renamed over it.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = temporaryPathFor(path);
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** A fresh temporary path beside `path` (same folder, so the final rename is atomic). */
export function temporaryPathFor(path: string): string {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  return join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * For writers that want a path (a zip library, a browser): they write the temporary file, which
 * then replaces the target in one rename; on failure the target is untouched.
 */
export async function writeViaTemporaryFile(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = temporaryPathFor(path);
  try {
    await write(tmp);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
