import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { FileKind } from '../register/layout.js';
import { readBounded } from '../util/read-bounded.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { UsageError, isSystemError } from '../util/errors.js';

/**
 * `validate --cache FILE`: what the checks found in each record the last time, under the digest
 * of its bytes, so that a record unchanged since is neither parsed nor checked again (as
 * eslint's and ruff's caches do). An entry is used only when everything its results depend on is
 * the same: the record's bytes and path, this build of registro (code, schemas and legal data:
 * dist/build-id.txt), and, for the record rules, the register's single files and the day
 * (`rulesKey`). The file is the user's, named by them: it starts with a signature, and a file
 * without it is never overwritten.
 */
export interface CacheEntry {
  digest: string;
  kind: FileKind;
  displayPath: string;
  id: string;
  data: unknown;
  spans?: Int32Array;
  /** What loading and the schema found in the file. */
  diagnostics: Diagnostic[];
  /** What the record rules found in it, for the single files and the day of `key`. */
  rules?: { key: string; diagnostics: Diagnostic[] };
}

const SIGNATURE = Buffer.from('registro-cache 1\n');
/** Far above any register's cache (10,000 records take about 30 MB). */
const MAX_CACHE_BYTES = 1 << 30;

export class ResultCache {
  /** Whether the file on disk lacks something of this run: only then is it written again. */
  private changed: boolean;

  private constructor(
    private readonly path: string,
    private readonly build: string,
    private readonly entries: Map<string, CacheEntry>,
    stored: boolean,
  ) {
    this.changed = !stored;
  }

  /** The cache at `path`, or an empty one when there is none yet, it is unreadable, or another build wrote it. */
  static open(path: string, shown: string): ResultCache {
    const build = buildId();
    let bytes: Buffer;
    try {
      bytes = readBounded(path, MAX_CACHE_BYTES, shown);
    } catch (error) {
      if (error instanceof UsageError && error.messageId === 'usage.notFound') return new ResultCache(path, build, new Map(), false);
      throw error;
    }
    if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new UsageError('usage.notACache', { path: shown });
    const entries = storedEntries(bytes.subarray(SIGNATURE.length), build);
    return new ResultCache(path, build, entries ?? new Map(), entries !== undefined);
  }

  /** The entry of a file, if its bytes, place and kind are those it was checked with. */
  lookup(path: string, digest: string, kind: FileKind, displayPath: string): CacheEntry | undefined {
    const entry = this.entries.get(path);
    return isEntry(entry) && entry.digest === digest && entry.kind === kind && entry.displayPath === displayPath ? entry : undefined;
  }

  /** Replaces the entries of one register's folder with those of this run (a deleted record leaves). */
  replaceRegister(root: string, entries: ReadonlyMap<string, CacheEntry>): void {
    const inside = root.endsWith(sep) ? root : root + sep;
    for (const path of [...this.entries.keys()]) {
      if (path.startsWith(inside) && !entries.has(path)) {
        this.entries.delete(path);
        this.changed = true;
      }
    }
    for (const [path, entry] of entries) {
      if (this.entries.get(path) === entry) continue;
      this.entries.set(path, entry);
      this.changed = true;
    }
  }

  /** Writes the cache back, unless it already holds all this run found (an unchanged register costs no write). */
  save(): void {
    if (!this.changed) return;
    const payload = serialize({ build: this.build, entries: this.entries });
    writeFileAtomic(this.path, Buffer.concat([SIGNATURE, payload]));
  }
}

/** The entries of a cache written by this build; undefined for another build or a damaged file. */
function storedEntries(payload: Buffer, build: string): Map<string, CacheEntry> | undefined {
  let stored: unknown;
  try {
    stored = deserialize(payload);
  } catch (error) {
    // A cut or damaged cache is rebuilt, as a missing one is: it only costs time.
    if (error instanceof Error) return undefined;
    throw error;
  }
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { build: storedBuild, entries } = stored as { build?: unknown; entries?: unknown };
  if (storedBuild !== build || !(entries instanceof Map)) return undefined;
  return entries as Map<string, CacheEntry>;
}

/** Whether a stored value has the shape of an entry (a cache edited by hand is not trusted to). */
function isEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<CacheEntry>;
  const rulesOk = entry.rules === undefined || (typeof entry.rules.key === 'string' && Array.isArray(entry.rules.diagnostics));
  return typeof entry.digest === 'string' && Array.isArray(entry.diagnostics) && (entry.spans === undefined || entry.spans instanceof Int32Array) && rulesOk;
}

/** This build's id (scripts/build.mjs); a build without one gets a new id each run, so its caches are never read. */
function buildId(): string {
  try {
    return readFileSync(new URL('../build-id.txt', import.meta.url), 'utf8').trim();
  } catch (error) {
    if (!isSystemError(error)) throw error;
    return `unbuilt-${process.pid}-${Date.now()}`;
  }
}
