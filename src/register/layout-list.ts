import { basename, extname, join } from 'node:path';
import { displayPath } from '../util/paths.js';
import { isYamlName, RECORD_DIRS, ROOT_FILES, type RegisterLayout } from './layout.js';
import type { FileRef } from './source-file.js';

/** One file of a register read from somewhere else than the disk: its path inside the register and its bytes. */
export interface ListedFile {
  /** Forward-slash path relative to the register root, e.g. "trattamenti/anagrafe.yaml". */
  path: string;
  contents: Uint8Array;
}

/**
 * The layout of a register whose files come as a list (a git tree), by the same names and
 * folders as the disk layout. Misplaced files are left out silently: they are the disk
 * layout's business (validate), not a past version's.
 */
export function layoutOfList(root: string, listed: readonly ListedFile[], cwd: string): RegisterLayout {
  const files: FileRef[] = [];
  for (const { path: rel, contents } of [...listed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parts = rel.split('/');
    const name = parts.at(-1)!;
    if (!isYamlName(name) || parts.some((p) => p.startsWith('.'))) continue;
    const kind = parts.length === 1 ? ROOT_FILES[name.replace(/\.yml$/, '.yaml')] : parts.length === 2 ? RECORD_DIRS[parts[0]!] : undefined;
    if (!kind) continue;
    const path = join(root, ...parts);
    files.push({ kind, path, displayPath: displayPath(path, cwd), id: basename(name, extname(name)), contents });
  }
  return { root, files, diagnostics: [] };
}
