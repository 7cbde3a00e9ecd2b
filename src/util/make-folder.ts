import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isSystemError } from './errors.js';

/**
 * Creates a folder and the ones above it. Node's recursive mkdir says ENOENT for any folder it
 * cannot create below a missing one, hiding why ("the folder does not exist" on a read-only disk,
 * or where permission is denied): the first missing folder is then created alone, and its own
 * error (EROFS, EACCES, ENOTDIR) is the one thrown.
 */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (!isSystemError(error) || error.code !== 'ENOENT') throw error;
    let missing = dir;
    while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
    mkdirSync(missing); // Throws the real reason; should it succeed, the next line says what is left.
    mkdirSync(dir, { recursive: true });
  }
}
