import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { isSystemError, UsageError } from './errors.js';
import { LIMITS, readBounded } from './read-bounded.js';
import { dirname, join, relative, resolve } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { isInside } from './paths.js';

/**
 * What `build` wrote into its output folder, so that the next build can remove the outputs of
 * services that no longer exist, and never a file it did not write. Each file is kept with its
 * hash: a file changed by hand since is left where it is.
 */
export const MANIFEST_NAME = '.registro-build.json';

export interface ManifestEntry {
  /** Path relative to the output folder, forward slashes. */
  path: string;
  sha256: string;
  /** The service the file belongs to, for notices. */
  servizio?: string;
}

export function readManifest(outDir: string, name: string = MANIFEST_NAME): ManifestEntry[] {
  const text = readStateFile(join(outDir, name));
  if (text === undefined) return [];
  try {
    const parsed = JSON.parse(text) as { file?: unknown };
    return Array.isArray(parsed.file) ? parsed.file.filter(isEntry) : [];
  } catch (error) {
    // A manifest that is not ours any more: forget it, delete nothing.
    if (error instanceof SyntaxError) return [];
    throw error;
  }
}

function isEntry(value: unknown): value is ManifestEntry {
  const e = value as ManifestEntry;
  return typeof e?.path === 'string' && typeof e.sha256 === 'string' && (e.servizio === undefined || typeof e.servizio === 'string');
}

export function entryFor(outDir: string, file: string, servizio?: string): ManifestEntry {
  return { path: relative(outDir, file).split('\\').join('/'), sha256: hashOf(file) ?? '', ...(servizio ? { servizio } : {}) };
}

export function writeManifest(outDir: string, entries: readonly ManifestEntry[], tool: string, name: string = MANIFEST_NAME): void {
  writeFileAtomic(join(outDir, name), JSON.stringify({ strumento: tool, file: entries }, null, 2) + '\n');
}

/**
 * Removes the files of the previous build that this one did not write again, when they are
 * still as written: inside the folder, regular files, same hash. Returns what was removed, what
 * was kept because it changed since, and what was kept because a symbolic link now leads its
 * folder out of the output folder (a copy elsewhere is not registro's to remove).
 */
export function pruneStale(outDir: string, previous: readonly ManifestEntry[], keep: ReadonlySet<string>): { removed: string[]; changed: string[]; outside: string[] } {
  const removed: string[] = [];
  const changed: string[] = [];
  const outside: string[] = [];
  const root = resolve(outDir);
  const realRoot = existsSync(root) ? realpathSync(root) : root;
  for (const entry of previous) {
    if (keep.has(entry.path)) continue;
    const path = resolve(root, entry.path);
    if (!isInside(path, root) || path === root || !existsSync(path) || !lstatSync(path).isFile()) continue;
    if (!isInside(realpathSync(dirname(path)), realRoot)) {
      outside.push(path);
      continue;
    }
    // A file that cannot be read any more (its permissions changed) is not known to be ours: it stays, and is said.
    if (hashOf(path) !== entry.sha256) {
      changed.push(path);
      continue;
    }
    rmSync(path);
    removed.push(path);
  }
  return { removed, changed, outside };
}

function hashOf(path: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch (error) {
    if (isSystemError(error)) return undefined;
    throw error;
  }
}

/**
 * The text of one of registro's own files in an output folder (what it wrote, which PDFs it
 * printed), or undefined when there is none yet. Found but unreadable (a folder or a FIFO by that
 * name, no permission, far too large), it stops the command before anything is written, with its
 * name: guessing would mean removing files, or never removing them.
 */
export function readStateFile(path: string): string | undefined {
  try {
    return readBounded(path, LIMITS.table).toString('utf8');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.messageId === 'usage.notFound') return undefined;
    const reason = error.messageId === 'usage.unreadable' ? String(error.params.reason) : error.messageId === 'usage.fileTooLarge' ? 'tooLarge' : 'notRegular';
    throw new UsageError('usage.stateFileUnreadable', { path, reason });
  }
}
