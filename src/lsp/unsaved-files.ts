import { basename, extname, relative, sep } from 'node:path';
import { isYamlName, RECORD_DIRS, ROOT_FILES, type RegisterLayout } from '../register/layout.js';
import type { FileRef } from '../register/source-file.js';
import { displayPath } from '../util/paths.js';

/**
 * The layout with the documents open in the editor that are not on disk yet (Neovim's
 * `:e trattamenti/nuovo.yaml`, an unsaved new file): each where `scanRegister` will list it once
 * saved, so that it gets the diagnostics `validate` will give it. Files placed where the scan
 * lists nothing (a stray folder) stay out, as they would once saved.
 */
export function withUnsavedFiles(layout: RegisterLayout, open: Iterable<string>, cwd: string): RegisterLayout {
  const listed = new Set(layout.files.map((f) => f.path));
  const added = [...open].filter((path) => !listed.has(path)).flatMap((path) => refOf(layout.root, path, cwd) ?? []);
  if (added.length === 0) return layout;
  return { ...layout, files: [...layout.files, ...added].sort(byScanOrder(layout.root)) };
}

/** The file's place in the register, when it is one the scan would list. */
function refOf(root: string, path: string, cwd: string): FileRef | undefined {
  const parts = relative(root, path).split(sep);
  const name = parts.at(-1)!;
  if (!isYamlName(name)) return undefined;
  const kind =
    parts.length === 1 ? ROOT_FILES[name.replace(/\.yml$/, '.yaml')] : parts.length === 2 && Object.hasOwn(RECORD_DIRS, parts[0]!) ? RECORD_DIRS[parts[0]!] : undefined;
  return kind && { kind, path, displayPath: displayPath(path, cwd), id: basename(name, extname(name)) };
}

/** The scan's order: each folder's entries by name, a folder's files where the folder sorts. */
function byScanOrder(root: string): (a: FileRef, b: FileRef) => number {
  return (a, b) => {
    const [x, y] = [relative(root, a.path).split(sep), relative(root, b.path).split(sep)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return x.length - y.length;
  };
}
