import type { MessageParams } from '../diagnostics/types.js';
import type { writeIt } from './messages-write-it.js';

const REASONS: Record<string, string> = {
  EISDIR: 'it is a folder, name a file',
  EEXIST: 'a file is already there, or in a folder of the path',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENAMETOOLONG: 'the name is too long',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder does not exist and cannot be created',
};

const STATE_REASONS: Record<string, string> = {
  notRegular: 'it is a folder, a FIFO or a device',
  tooLarge: 'it is too large to be its own',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function whatRemains(written: number): string {
  if (written === 0) return 'no file was written';
  const others = written === 1 ? 'the one other file written remains' : `the ${written} other files written remain`;
  return `this file was not written, ${others}: the output is incomplete, run the command again once solved`;
}

/** English messages about the files registro writes. */
export const writeEn: Record<keyof typeof writeIt, (p: MessageParams) => string> = {
  'usage.cannotWrite': (p) => `cannot write "${p.path}": ${REASONS[String(p.code)] ?? String(p.code)}; ${whatRemains(Number(p.written ?? 0))}`,
  'usage.stateFileUnreadable': (p) => `"${p.path}" is the file where registro notes what it wrote into the output folder, but it cannot be read (${STATE_REASONS[String(p.reason)] ?? String(p.reason)}): remove it (registro writes it again) or choose another folder with -o; no file was written`,
  'usage.printTimeout': (p) => `printing «${p.title}» as PDF did not end within ${p.seconds} seconds: usually the style sheet of the register's own templates makes it endless (a huge height, a page break after every line); check style.css. The PDF of this notice was not written`,
};
