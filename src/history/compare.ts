import { canonical, listDifference } from './canonical.js';
import { pairRenamed } from './similar.js';

/** What the history compares: one record of a register (an activity, a service, a party...). */
export type RecordKind = 'registro' | 'soggetto' | 'trattamento' | 'servizio' | 'attivita-responsabile' | 'termine' | 'traduzione';

export interface RecordVersion {
  kind: RecordKind;
  id: string;
  data: Record<string, unknown>;
}

/** One top-level field that changed: the entries it lost and gained (one each for a plain value). */
export interface FieldChange {
  field: string;
  /** The field holds a single value (text, date, flag, map): `removed` is the old value, `added` the new one. */
  single: boolean;
  removed: unknown[];
  added: unknown[];
}

export type ChangeKind = 'aggiunto' | 'rimosso' | 'rinominato' | 'modificato';

export interface RecordChange {
  change: ChangeKind;
  kind: RecordKind;
  id: string;
  /** The id before a rename. */
  oldId?: string;
  before?: RecordVersion;
  after?: RecordVersion;
  /** For an added or removed record: every field, against an empty record (the effects read them). */
  fields: FieldChange[];
}

/** Fields a rename may bump without being more than a rename. */
const DATE_FIELDS = new Set(['creato', 'aggiornato']);
/** Where an imported record came from (file, row, the cells as written): provenance, not content. */
const PROVENANCE = new Set(['importazione']);

/** The fields that differ between two versions of a record, by meaning. */
export function compareFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of keys) {
    if (PROVENANCE.has(field)) continue;
    const a = before[field];
    const b = after[field];
    if (Array.isArray(a) || Array.isArray(b)) {
      if (!Array.isArray(a) || !Array.isArray(b)) {
        // A list that becomes a word ("destinatari: nessuno") or disappears.
        if (canonical(a) === canonical(b)) continue;
        const { added, removed } = listDifference(Array.isArray(a) ? a : a === undefined ? [] : [a], Array.isArray(b) ? b : b === undefined ? [] : [b]);
        changes.push({ field, single: false, removed, added });
        continue;
      }
      const { added, removed } = listDifference(a, b);
      if (added.length || removed.length) changes.push({ field, single: false, removed, added });
    } else if (canonical(a) !== canonical(b)) {
      changes.push({ field, single: true, removed: a === undefined ? [] : [a], added: b === undefined ? [] : [b] });
    }
  }
  return changes.sort((x, y) => order(x.field, after, before) - order(y.field, after, before));
}

/** Fields in the record's own order (new version first), so that a summary reads like the file. */
function order(field: string, after: Record<string, unknown>, before: Record<string, unknown>): number {
  const i = Object.keys(after).indexOf(field);
  return i >= 0 ? i : 1000 + Object.keys(before).indexOf(field);
}

function withoutDates(data: Record<string, unknown>): string {
  return canonical(Object.fromEntries(Object.entries(data).filter(([k]) => !DATE_FIELDS.has(k) && !PROVENANCE.has(k))));
}

/**
 * Two versions of a register, record by record: added, removed, renamed (the same content
 * under a new id, dates aside, or a record that much alike: renamed and edited) and changed,
 * in the order of the records' kinds and ids.
 */
export function compareRecords(before: readonly RecordVersion[], after: readonly RecordVersion[]): RecordChange[] {
  const key = (r: RecordVersion) => `${r.kind}\0${r.id}`;
  const oldByKey = new Map(before.map((r) => [key(r), r]));
  const newByKey = new Map(after.map((r) => [key(r), r]));
  const changes: RecordChange[] = [];
  const added: RecordVersion[] = [];
  for (const r of after) {
    const old = oldByKey.get(key(r));
    if (!old) added.push(r);
    else {
      const fields = compareFields(old.data, r.data);
      if (fields.length) changes.push({ change: 'modificato', kind: r.kind, id: r.id, before: old, after: r, fields });
    }
  }
  const removed = before.filter((r) => !newByKey.has(key(r)));
  // A removed record whose content reappears under another id was renamed.
  const removedByContent = new Map<string, RecordVersion[]>();
  for (const r of removed) {
    const k = `${r.kind}\0${withoutDates(r.data)}`;
    removedByContent.set(k, [...(removedByContent.get(k) ?? []), r]);
  }
  const renamedFrom = new Set<RecordVersion>();
  const unmatched: RecordVersion[] = [];
  for (const r of added) {
    const old = removedByContent.get(`${r.kind}\0${withoutDates(r.data)}`)?.shift();
    if (old) {
      renamedFrom.add(old);
      changes.push({ change: 'rinominato', kind: r.kind, id: r.id, oldId: old.id, before: old, after: r, fields: compareFields(old.data, r.data) });
    } else unmatched.push(r);
  }
  // A record renamed and edited at once (git mv and an edit) is still that record, not a new one.
  const left = removed.filter((r) => !renamedFrom.has(r) && r.kind !== 'registro');
  const renamedTo = new Set<RecordVersion>();
  for (const [old, r] of pairRenamed(left, unmatched, (v) => v.data, (x, y) => x.kind === y.kind)) {
    renamedFrom.add(old);
    renamedTo.add(r);
    changes.push({ change: 'rinominato', kind: r.kind, id: r.id, oldId: old.id, before: old, after: r, fields: compareFields(old.data, r.data) });
  }
  for (const r of unmatched) {
    if (!renamedTo.has(r)) changes.push({ change: 'aggiunto', kind: r.kind, id: r.id, after: r, fields: compareFields({}, r.data) });
  }
  for (const r of removed) {
    if (!renamedFrom.has(r)) changes.push({ change: 'rimosso', kind: r.kind, id: r.id, before: r, fields: compareFields(r.data, {}) });
  }
  return changes.sort(byRecord);
}

const KIND_ORDER: RecordKind[] = ['registro', 'soggetto', 'trattamento', 'servizio', 'attivita-responsabile'];

function byRecord(a: RecordChange, b: RecordChange): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
