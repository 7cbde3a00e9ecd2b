import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isSystemError, UsageError } from './errors.js';
import { untilDone } from './interrupt.js';
import { eachInPool } from './pool.js';
import { makeFolder } from './make-folder.js';

/** The files this run has written whole so far: a failure after them leaves its output incomplete, and says so. */
let written = 0;

export function countWritten(files: number): void {
  written += files;
}

/**
 * Writes a file so that readers see either the old content or the new one, never half of it:
 * a temporary file beside the target, flushed to disk, then renamed over it.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = temporaryPathFor(path);
  const release = removedIfInterrupted(tmp);
  try {
    writeFileSync(tmp, data, { flag: 'wx', mode: 0o644 });
    replaceWith(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw cannotWrite(error, path);
  } finally {
    release();
  }
}

/** A temporary file is removed if registro is interrupted before renaming it: no half-written copy is left beside the user's files. */
export function removedIfInterrupted(tmp: string): () => void {
  return untilDone(() => rmSync(tmp, { force: true }));
}

/**
 * The system's refusal to write a path the user gave (a folder where a file goes, a name too
 * long, no permission, a full disk) is a usage error naming the path; anything else stays a defect.
 */
export function cannotWrite(error: unknown, path: string): unknown {
  if (!isSystemError(error)) return error;
  // Read when the message is printed, not now: the files a batch had in hand when this one
  // failed are finished first (util/pool.ts), and the count must include them.
  return new UsageError('usage.cannotWrite', {
    path,
    code: error.code,
    get written() {
      return written;
    },
  });
}


/**
 * For writers that want a path (a zip library, a browser): they write the temporary file, which
 * then replaces the target in one rename; on failure the target is untouched.
 */
export async function writeViaTemporaryFile(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = temporaryPathFor(path);
  const release = removedIfInterrupted(tmp);
  try {
    await write(tmp);
    replaceWith(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw cannotWrite(error, path);
  } finally {
    release();
  }
}

/** /proc, /sys and /dev hold no user's files. */
const KERNEL_FILE_SYSTEMS = /^\/(proc|sys|dev)(\/|$)/;

/** A fresh temporary path beside `path` (same folder, so the final rename is atomic). */
function temporaryPathFor(path: string): string {
  const dir = dirname(path);
  // The kernel's own file systems are no place for an output, and Node 20's recursive mkdir
  // loops forever on some of their paths (/proc/x): refuse them before touching the disk.
  if (KERNEL_FILE_SYSTEMS.test(resolve(dir))) throw new UsageError('usage.systemPath', { path });
  try {
    makeFolder(dir);
  } catch (error) {
    throw cannotWrite(error, path);
  }
  // Short, whatever the target's name: a name near the 255-byte limit must not overflow here.
  return join(dir, `.${basename(path).slice(0, 40)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
  countWritten(1);
}

/**
 * Many files at once, each written atomically as by writeFileAtomic, for imports that write
 * thousands of records: the flushes to disk run several at a time, where one after the other
 * they cost more than all the rest of the import.
 */
export async function writeFilesAtomic(files: ReadonlyArray<readonly [string, string | Uint8Array]>, concurrency = 8): Promise<void> {
  const { open, rename, rm } = await import('node:fs/promises');
  const pending = new Set<string>();
  const release = untilDone(() => pending.forEach((tmp) => rmSync(tmp, { force: true })));
  const writeOne = async ([path, data]: readonly [string, string | Uint8Array]) => {
    const tmp = temporaryPathFor(path);
    pending.add(tmp);
    try {
      const handle = await open(tmp, 'wx', 0o644);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, path);
      countWritten(1);
    } catch (error) {
      await rm(tmp, { force: true });
      throw cannotWrite(error, path);
    } finally {
      pending.delete(tmp);
    }
  };
  try {
    await eachInPool(files, concurrency, writeOne);
  } finally {
    release();
  }
}
