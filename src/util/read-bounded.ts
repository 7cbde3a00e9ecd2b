import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { UsageError, isSystemError } from './errors.js';

/** Size limits of what registro reads, checked before the reading. */
export const LIMITS = {
  /** One record, a mapping, a template or a CSS file: hand-written text. */
  text: 5 * 1024 * 1024,
  /** A register to import (csv, html, md) or a logo. */
  table: 50 * 1024 * 1024,
} as const;

/**
 * The bytes of a regular file, refused before reading when it is something else (a FIFO, a
 * device such as /dev/zero, a folder) or larger than the limit. The file is opened without
 * blocking and checked on its own descriptor, so a FIFO swapped in after the check cannot hang
 * the read, and a file that grows while read is still cut at the limit.
 */
export function readBounded(path: string, limit: number, shown: string = path): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (!isSystemError(error)) throw error;
    if (error.code === 'ENOENT') throw new UsageError('usage.notFound', { path: shown });
    if (error.code === 'EISDIR') throw new UsageError('usage.notRegularFile', { path: shown });
    throw new UsageError('usage.unreadable', { path: shown, reason: error.code });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError('usage.notRegularFile', { path: shown });
    if (stat.size > limit) throw new UsageError('usage.fileTooLarge', { path: shown, size: megabytes(stat.size), limit: megabytes(limit), bytes: stat.size });
    // Not zeroed: only the bytes read are returned.
    const buffer = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The same checks for a file another library opens itself (exceljs): regular, and not too large. */
export function checkRegularFile(path: string, limit: number, shown: string = path): void {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    if (error.code === 'ENOENT') throw new UsageError('usage.notFound', { path: shown });
    throw new UsageError('usage.unreadable', { path: shown, reason: error.code });
  }
  if (!stat.isFile()) throw new UsageError('usage.notRegularFile', { path: shown });
  if (stat.size > limit) throw new UsageError('usage.fileTooLarge', { path: shown, size: megabytes(stat.size), limit: megabytes(limit) });
}

/** Megabytes with one decimal, rounded up: a file just over the limit never reads as equal to it. */
const megabytes = (bytes: number): number => Math.ceil((bytes / 1024 / 1024) * 10) / 10;
