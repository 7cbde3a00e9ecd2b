import { join, relative, sep } from 'node:path';
import type { FolderEntry } from '../register/layout.js';

/**
 * The documents open in the editor, as entries of the register's folders for `scanRegister`
 * (which keeps those on disk as they are there): an unsaved one (Neovim's `:e trattamenti/nuovo.yaml`)
 * is listed and judged by the scan itself, so it gets exactly the findings `validate` will give it
 * once saved (a dot-file skipped, a bad name or a second registro.yml reported).
 */
export function unsavedEntries(root: string, open: Iterable<string>): (dir: string) => FolderEntry[] {
  // Folder -> name -> whether the entry is a folder (one that holds an unsaved file).
  const byDir = new Map<string, Map<string, boolean>>();
  for (const path of open) {
    const parts = relative(root, path).split(sep);
    if (parts[0] === '' || parts[0] === '..') continue;
    let dir = root;
    parts.forEach((name, i) => {
      const entries = byDir.get(dir) ?? new Map<string, boolean>();
      entries.set(name, entries.get(name) === true || i < parts.length - 1);
      byDir.set(dir, entries);
      dir = join(dir, name);
    });
  }
  return (dir) => [...(byDir.get(dir) ?? [])].map(([name, folder]) => entryOf(name, folder));
}

function entryOf(name: string, folder: boolean): FolderEntry {
  return { name, isFile: () => !folder, isDirectory: () => folder, isSymbolicLink: () => false };
}
