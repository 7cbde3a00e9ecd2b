import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../util/errors.js';
import { isRegisterDir, RECORD_DIRS } from './layout.js';

export interface RegisterTarget {
  root: string;
  /**
   * When the user named single files or record folders (trattamenti/), only the diagnostics of
   * those files and of the files in those folders are shown.
   */
  only?: { files: Set<string>; folders: Set<string> };
}

const SEARCH_DEPTH = 4;

/**
 * Turns the paths given on the command line into registers: a register folder; a folder that
 * holds several (a consultant's clients); or files inside a register (as lint-staged passes them).
 * A batch of files may hold one that belongs to no register (lint-staged passes every staged
 * YAML file): it is handed to onSkip and the others are validated; only when none is left is it an error.
 */
export function discoverRegisters(paths: readonly string[], cwd: string, onSkip?: (path: string) => void): RegisterTarget[] {
  const targets = new Map<string, RegisterTarget>();
  const outside: string[] = [];
  for (const given of paths.length > 0 ? paths : ['.']) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) throw new UsageError('usage.notFound', { path: given });
    if (!statSync(path).isDirectory()) {
      const root = registerRootOf(dirname(path));
      if (!root) {
        outside.push(given);
        continue;
      }
      narrowTo(targets, root, path, 'files');
      continue;
    }
    // `validate trattamenti` (or a plain `validate` run inside it) means that folder of its
    // register, even when it holds the record of an activity whose id is "registro".
    const owner = registerOfRecordFolder(path);
    if (owner) {
      narrowTo(targets, owner, path, 'folders');
      continue;
    }
    const found = isRegisterDir(path) ? [path] : findBelow(path, SEARCH_DEPTH);
    if (found.length === 0) throw new UsageError('usage.noRegister', { path: given });
    for (const root of found) targets.set(root, { root });
  }
  if (outside.length > 0 && (targets.size === 0 || !onSkip)) throw new UsageError('usage.fileOutsideRegister', { path: outside[0]! });
  for (const path of outside) onSkip?.(path);
  return [...targets.values()];
}

/**
 * The register of a file in `dir`: the nearest folder up to two levels above that `isRoot`
 * accepts (by default, one with registro.yaml). A record folder inside a register is never the
 * root, even when it holds registro.yaml: that is the record of an activity whose id is "registro".
 */
export function registerRootOf(dir: string, isRoot: (dir: string) => boolean = hasRegistroFile): string | undefined {
  for (let d = dir, i = 0; i < 3; i++, d = dirname(d)) {
    if (Object.hasOwn(RECORD_DIRS, basename(d)) && isRoot(dirname(d))) continue;
    if (isRoot(d)) return d;
  }
  return undefined;
}

/** Adds a file or folder to what is shown of a register; a register named whole stays whole. */
function narrowTo(targets: Map<string, RegisterTarget>, root: string, path: string, kind: 'files' | 'folders'): void {
  const target = targets.get(root) ?? { root, only: { files: new Set<string>(), folders: new Set<string>() } };
  target.only?.[kind].add(path);
  targets.set(root, target);
}

/** The register whose record folder `dir` is (trattamenti/, servizi/, attivita-responsabile/), if any. */
function registerOfRecordFolder(dir: string): string | undefined {
  return Object.hasOwn(RECORD_DIRS, basename(dir)) && isRegisterDir(dirname(dir)) ? dirname(dir) : undefined;
}

function hasRegistroFile(dir: string): boolean {
  return existsSync(join(dir, 'registro.yaml')) || existsSync(join(dir, 'registro.yml'));
}

function findBelow(dir: string, depth: number): string[] {
  if (depth === 0) return [];
  const found: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = join(dir, entry.name);
    if (isRegisterDir(child)) found.push(child);
    else found.push(...findBelow(child, depth - 1));
  }
  return found;
}
