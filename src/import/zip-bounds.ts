import { UsageError } from '../util/errors.js';

/** What a workbook may unpack to: a register of 10,000 records is about 60 MB of XML. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

/**
 * Refuses a zip (xlsx) whose central directory declares more than MAX_UNZIPPED_BYTES once
 * unpacked, or zip64 sizes, before any entry is inflated: a 1 MB zip bomb costs nothing.
 * A file with no readable directory is not a workbook.
 */
export function checkZipBounds(bytes: Buffer, path: string): void {
  const end = findEndOfDirectory(bytes);
  if (end < 0) throw new UsageError('usage.badWorkbook', { path });
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (entries > MAX_ENTRIES) throw new UsageError('usage.workbookTooLarge', { path, limit: MAX_UNZIPPED_BYTES / 1024 / 1024 });
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new UsageError('usage.badWorkbook', { path });
    const size = bytes.readUInt32LE(at + 24);
    // 0xFFFFFFFF: the real size is in a zip64 field, over 4 GB; no register is.
    if (size === 0xffffffff) throw new UsageError('usage.workbookTooLarge', { path, limit: MAX_UNZIPPED_BYTES / 1024 / 1024 });
    total += size;
    if (total > MAX_UNZIPPED_BYTES) throw new UsageError('usage.workbookTooLarge', { path, limit: MAX_UNZIPPED_BYTES / 1024 / 1024 });
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
}

/** The end-of-central-directory record sits in the last 64 KB + 22 bytes. */
function findEndOfDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
