import { lstatSync, readdirSync, realpathSync, existsSync, type Dirent } from 'node:fs';
import type { MessageId } from '../i18n/messages-it.js';
import { join, extname, basename } from 'node:path';
import type { Diagnostic, MessageParams, Severity } from '../diagnostics/types.js';
import { START_OF_FILE } from '../diagnostics/types.js';
import { displayPath, isInside } from '../util/paths.js';
import { nearest, slugify } from '../util/suggest.js';
import { isWindowsDeviceName } from '../util/windows-names.js';
import type { FileRef } from './source-file.js';
import { isSystemError } from '../util/errors.js';

export type FileKind = 'registro' | 'soggetti' | 'vocabolario' | 'trattamento' | 'servizio' | 'attivita-responsabile';

/** The register on disk: fixed files at the top, one folder per kind of record. */
export const ROOT_FILES: Readonly<Record<string, FileKind>> = {
  'registro.yaml': 'registro',
  'soggetti.yaml': 'soggetti',
  'vocabolario.yaml': 'vocabolario',
};
export const RECORD_DIRS: Readonly<Record<string, FileKind>> = {
  trattamenti: 'trattamento',
  servizi: 'servizio',
  'attivita-responsabile': 'attivita-responsabile',
};

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IGNORED_DIRS = new Set(['node_modules']);

export interface RegisterLayout {
  root: string;
  files: FileRef[];
  diagnostics: Diagnostic[];
}

/** An entry of a folder, as the scan reads it: from the disk, or one the caller adds. */
export type FolderEntry = Pick<Dirent, 'name' | 'isFile' | 'isDirectory' | 'isSymbolicLink'>;

export function isYamlName(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return ext === '.yaml' || ext === '.yml';
}

/** Whether a folder is (or looks like) a register: it has registro.yaml or a trattamenti/ folder. */
export function isRegisterDir(dir: string): boolean {
  return existsSync(join(dir, 'registro.yaml')) || existsSync(join(dir, 'registro.yml')) || existsSync(join(dir, 'trattamenti'));
}

/**
 * Lists the files of one register and reports whatever is out of place. Symbolic links that
 * lead outside the register are reported and never followed.
 * @param unsaved entries of a folder not on disk yet (an editor's unsaved files), listed and
 *   judged as if they were: the disk wins on a name
 */
export function scanRegister(root: string, cwd: string, unsaved: (dir: string) => readonly FolderEntry[] = () => []): RegisterLayout {
  const files: FileRef[] = [];
  const diagnostics: Diagnostic[] = [];
  const realRoot = realpathSync(root);
  const report = (path: string, messageId: MessageId, params: MessageParams, severity: Severity = 'warning', ruleId = 'layout') =>
    diagnostics.push({ ruleId, severity, file: displayPath(path, cwd), range: START_OF_FILE, messageId, params });

  /** Resolves an entry, refusing links that leave the register. */
  const usable = (path: string, entry: FolderEntry): 'file' | 'dir' | undefined => {
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch (error) {
        // A link to nothing would make its record vanish from a register that validates clean.
        if (!isSystemError(error)) throw error;
        report(path, 'layout.brokenLink', { reason: error.code }, 'error');
        return undefined;
      }
      if (!isInside(target, realRoot)) {
        report(path, 'layout.symlinkOutside', {}, 'error');
        return undefined;
      }
      const stat = lstatSync(target);
      return kindOf(path, stat.isDirectory(), stat.isFile());
    }
    return kindOf(path, entry.isDirectory(), entry.isFile());
  };

  /** A FIFO, socket or device named like a record would block or flood the reader: refused. */
  const kindOf = (path: string, isDir: boolean, isFile: boolean): 'file' | 'dir' | undefined => {
    if (isDir) return 'dir';
    if (isFile) return 'file';
    if (isYamlName(path)) report(path, 'layout.notRegularFile', {}, 'error');
    return undefined;
  };

  /** The entries of a folder by name; a folder that cannot be read is an error, never an empty folder. */
  const sortedEntries = (dir: string): FolderEntry[] => {
    const extra = unsaved(dir);
    let entries: FolderEntry[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (!isSystemError(error)) throw error;
      // A folder holding only unsaved files is not on disk yet: no fault.
      if (error.code !== 'ENOENT' || extra.length === 0) {
        report(dir, 'layout.unreadableDir', { reason: error.code }, 'error');
        return [];
      }
      entries = [];
    }
    const names = new Set(entries.map((e) => e.name));
    return [...entries, ...extra.filter((e) => !names.has(e.name))].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  };

  // registro.yaml and registro.yml are one file written twice: the first (.yaml) is the one read.
  const rootFileNames = new Map<FileKind, string>();
  for (const entry of sortedEntries(root)) {
    const name = entry.name;
    const path = join(root, name);
    if (name.startsWith('.') || IGNORED_DIRS.has(name)) continue;
    const type = usable(path, entry);
    if (type === 'file') {
      if (!isYamlName(name)) continue;
      const kind = ROOT_FILES[name.replace(/\.yml$/, '.yaml')];
      if (kind) {
        const other = rootFileNames.get(kind);
        if (other) report(path, 'layout.duplicateRootFile', { name, other }, 'error');
        else files.push({ kind, path, displayPath: displayPath(path, cwd), id: basename(name, extname(name)) });
        rootFileNames.set(kind, other ?? name);
        continue;
      }
      const suggestion = nearest(name, Object.keys(ROOT_FILES));
      if (suggestion) report(path, 'layout.unknownFileSuggest', { name, suggestion });
      else report(path, 'layout.unknownFile', { name });
    } else if (type === 'dir') {
      const kind = RECORD_DIRS[name];
      if (kind) scanRecordDir(path, name, kind);
      else reportStrayDir(path, name);
    }
  }
  if (!rootFileNames.has('registro')) report(join(root, 'registro.yaml'), 'layout.missingRegistro', {}, 'error');
  return { root, files, diagnostics };

  function scanRecordDir(dir: string, dirName: string, kind: FileKind): void {
    for (const entry of sortedEntries(dir)) {
      const name = entry.name;
      const path = join(dir, name);
      if (name.startsWith('.')) {
        // A hidden record is a draft the register leaves out: said, unless a tool wrote it.
        if (isYamlName(name) && !isToolArtifact(name)) {
          // Beside the record it copies, taking the dot away would overwrite that record.
          const shown = name.slice(1);
          const record = [shown, shown.replace(/\.ya?ml$/i, '.yaml'), shown.replace(/\.ya?ml$/i, '.yml')].find((n) => n !== name && existsSync(join(dir, n)));
          if (record) report(path, 'layout.hiddenCopy', { name, dir: dirName, record });
          else report(path, 'layout.hiddenFile', { name, dir: dirName });
        }
        continue;
      }
      const type = usable(path, entry);
      if (type === 'dir') {
        if (isYamlName(name)) report(path, 'layout.folderNamedLikeRecord', { name, dir: dirName });
        for (const inner of sortedEntries(path)) {
          if (inner.isFile() && isYamlName(inner.name)) report(join(path, inner.name), 'layout.nested', { dir: dirName });
        }
        continue;
      }
      if (type !== 'file') continue;
      if (!isYamlName(name)) {
        if (!/\.(md|txt)$/i.test(name) || /\.ya?ml\.txt$/i.test(name)) report(path, 'layout.notYaml', { name, dir: dirName });
        continue;
      }
      const id = basename(name, extname(name));
      if (!ID_PATTERN.test(id)) {
        report(path, 'layout.badFileName', { name, suggestion: (slugify(id) || 'scheda') + extname(name) }, 'error');
      } else if (isWindowsDeviceName(id)) {
        report(path, 'layout.windowsName', { name, suggestion: `${id}-1${extname(name)}` });
      }
      files.push({ kind, path, displayPath: displayPath(path, cwd), id });
    }
  }

  function reportStrayDir(dir: string, dirName: string): void {
    const suggestion = nearest(dirName, Object.keys(RECORD_DIRS));
    for (const entry of sortedEntries(dir)) {
      if (entry.isFile() && isYamlName(entry.name)) {
        report(join(dir, entry.name), 'layout.unknownDir', { dir: dirName, suggestion: suggestion ?? '' });
      }
    }
  }
}

/**
 * Hidden files other programs leave beside a record: macOS's metadata twin (`._mensa.yaml`, on
 * shares and USB sticks) and an editor's lock (Emacs `.#mensa.yaml`). Neither holds a record.
 */
function isToolArtifact(name: string): boolean {
  return name.startsWith('._') || name.startsWith('.#');
}
