import { hash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/types.js';
import { decode } from '../register/encoding.js';
import { MAX_FILE_BYTES, type FileRef } from '../register/source-file.js';
import { isRecordFile } from '../rules/scope.js';
import { readBounded } from '../util/read-bounded.js';
import { UsageError } from '../util/errors.js';
import { BATCH, checkFiles, fromMessage, type CheckedFile, type CheckedRegisterFiles, type RecordRulesJob } from './load-files.js';
import { recordRulesOf } from './record-rules.js';
import type { CacheEntry, ResultCache } from './result-cache.js';

/** A file with the bytes read for its digest (undefined when it could not be read: it is then checked as usual, and reports why). */
interface ReadRef {
  ref: FileRef;
  digest?: string;
}

/**
 * checkFiles, with the results of unchanged records taken from the cache: only the other files
 * are read by the parser and checked, and the record rules run only where the cache has no
 * result for today's single files. The cache then holds this run's results for the register.
 */
export async function checkFilesCached(refs: readonly FileRef[], rules: RecordRulesJob | undefined, cache: ResultCache, root: string): Promise<CheckedRegisterFiles> {
  const read = refs.map(withDigest);
  const rulesKey = rules ? rulesKeyOf(read, rules) : undefined;
  const hits: { checked: CheckedFile; entry: CacheEntry }[] = [];
  const misses: FileRef[] = [];
  for (const { ref, digest } of read) {
    const entry = digest && isRecordFile(ref) ? cache.lookup(ref.path, digest, ref.kind, ref.displayPath) : undefined;
    const checked = entry && fromEntry(ref, entry);
    if (checked && entry) hits.push({ checked, entry });
    else misses.push(ref);
  }

  const loaded = await checkFiles(misses, rules);
  const ruleDiagnostics = [...loaded.ruleDiagnostics];
  const rulesDone = new Set(loaded.rulesDone);
  if (rules) {
    const stale = hits.filter((h) => h.entry.rules?.key !== rulesKey).map((h) => h.checked);
    const shared = loaded.checked.filter((c) => !isRecordFile(c.file) && c.file.kind !== 'servizio');
    for (let start = 0; start < stale.length; start += BATCH) ruleDiagnostics.push(...recordRulesOf(stale.slice(start, start + BATCH), shared, rules));
    for (const h of hits) {
      const cached = h.entry.rules;
      if (cached && cached.key === rulesKey) ruleDiagnostics.push(...cached.diagnostics);
      rulesDone.add(h.checked.file.path);
    }
  }

  const order = new Map(refs.map((r, i) => [r.path, i]));
  const checked = [...loaded.checked, ...hits.map((h) => h.checked)].sort((a, b) => order.get(a.file.path)! - order.get(b.file.path)!);
  const digests = new Map(read.flatMap((r) => (r.digest ? [[r.ref.path, r.digest] as const] : [])));
  const kept = new Map(hits.filter((h) => !rules || h.entry.rules?.key === rulesKey).map((h) => [h.checked.file.path, h.entry]));
  cache.replaceRegister(root, entriesOf(checked, digests, kept, rules ? { key: rulesKey!, found: ruleDiagnostics } : undefined));
  return { checked, ruleDiagnostics, rulesDone };
}

/** Reads a file's bytes once: for its digest, and then for the parser (as `contents`). */
function withDigest(ref: FileRef): ReadRef {
  if (ref.contents) return { ref, digest: hash('sha256', ref.contents, 'base64') };
  try {
    const bytes = readBounded(ref.path, MAX_FILE_BYTES);
    return { ref: { ...ref, contents: bytes }, digest: hash('sha256', bytes, 'base64') };
  } catch (error) {
    // The loader reads it again and reports why it cannot (too large, not a file, gone).
    if (error instanceof UsageError) return { ref };
    throw error;
  }
}

/** What the record rules read besides the record: the register's single files (bytes and place) and the day. */
function rulesKeyOf(read: readonly ReadRef[], rules: RecordRulesJob): string {
  const single = read.filter((r) => !isRecordFile(r.ref) && r.ref.kind !== 'servizio').map((r) => `${r.ref.kind}\0${r.ref.displayPath}\0${r.digest ?? 'unread'}`);
  return hash('sha256', [rules.today, rules.root, ...single.sort()].join('\n'), 'base64');
}

/** A record from its cache entry: its text decoded from today's bytes (the same as the digest's), data and spans as stored. */
function fromEntry(ref: FileRef, entry: CacheEntry): CheckedFile | undefined {
  const decoded = decode(ref.contents!);
  if (!decoded.ok) return undefined;
  const { contents: _bytes, ...where } = ref;
  return fromMessage({ ref: where, text: decoded.text, data: entry.data, diagnostics: entry.diagnostics, spans: entry.spans ? { packed: entry.spans } : undefined });
}

/** This run's entries: every record that was read and parsed, with its record rules' findings (an entry still right is kept as it is). */
function entriesOf(checked: readonly CheckedFile[], digests: ReadonlyMap<string, string>, kept: ReadonlyMap<string, CacheEntry>, rules: { key: string; found: readonly Diagnostic[] } | undefined): Map<string, CacheEntry> {
  const foundIn = new Map<string, Diagnostic[]>();
  for (const d of rules?.found ?? []) {
    const list = foundIn.get(d.file);
    if (list) list.push(d);
    else foundIn.set(d.file, [d]);
  }
  const entries = new Map<string, CacheEntry>();
  for (const { file, diagnostics } of checked) {
    const unchanged = kept.get(file.path);
    if (unchanged) {
      entries.set(file.path, unchanged);
      continue;
    }
    const digest = digests.get(file.path);
    if (!digest || !isRecordFile(file) || file.data === undefined) continue;
    const ruleResults = rules ? { key: rules.key, diagnostics: foundIn.get(file.displayPath) ?? [] } : undefined;
    entries.set(file.path, { digest, kind: file.kind, displayPath: file.displayPath, id: file.id, data: file.data, spans: file.spans?.packed, diagnostics, ...(ruleResults ? { rules: ruleResults } : {}) });
  }
  return entries;
}
