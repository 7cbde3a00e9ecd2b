import { compareFields } from './compare.js';
import { effectsOf } from './effects.js';
import { readBlobs, type RepoPlace } from './git.js';
import { registerLog, type CommitChanges } from './log.js';
import { dataOf } from './timeline.js';

/** The last change to an activity or a service in git, as `validate` checks it against the record's own date. */
export interface LastChange {
  /** Author date, YYYY-MM-DD in the author's time zone. */
  date: string;
  commit: string;
  /** The fields it changed. */
  fields: string[];
  /** The change set `aggiornato` itself: the record declared it. */
  declared: boolean;
  /**
   * The latest change after the record's own date (`updated`: an activity's `aggiornato`, a
   * service's notice date) that obliges the notices to be republished.
   */
  notice?: { date: string; commit: string; fields: string[] };
}

/** The folders whose records carry an `aggiornato` the history is checked against. */
const FOLDERS = ['trattamenti', 'servizi'] as const;
const RECORD = new RegExp(`^(${FOLDERS.join('|')})/([^/]+)\\.ya?ml$`);

/** How the history names a record: its folder and id ("servizi/mensa"), as an activity and a service may share an id. */
export const historyKey = (folder: (typeof FOLDERS)[number], id: string): string => `${folder}/${id}`;

interface Step {
  commit: CommitChanges;
  before?: string;
  after?: string;
}

/**
 * The last change on or before `today` of each activity and service of a register in git, by
 * historyKey. Creation does not count (an imported register is committed long after its
 * records' dates), nor do commits dated after the day of the check. Cheap enough for every
 * validate: one log of trattamenti/, then only the newest versions of each file are read, a
 * further round only for files whose newest commit merely reformatted them.
 */
export function lastChanges(place: RepoPlace, today: string, updated: ReadonlyMap<string, string> = new Map()): Map<string, LastChange> {
  const steps = new Map<string, Step[]>();
  for (const commit of registerLog(place.top, place.prefix, { newestFirst: true, under: FOLDERS.map((f) => `${f}/`) })) {
    if (commit.date.slice(0, 10) > today) continue;
    for (const f of commit.files) {
      const m = RECORD.exec(f.path);
      const key = m ? historyKey(m[1] as (typeof FOLDERS)[number], m[2]!) : undefined;
      if (key) steps.set(key, [...(steps.get(key) ?? []), { commit, before: f.before, after: f.after }]);
    }
  }
  const changes = new Map<string, LastChange>();
  // Each round reads, in one batch, the next version of every file still undecided: a file is
  // decided at its last change of content, or, for the notices, at its own `aggiornato`.
  let pending = [...steps.entries()].map(([id, list]) => ({ id, list, at: 0 }));
  while (pending.length > 0) {
    const current = pending.filter((p) => p.list[p.at]?.before && p.list[p.at]?.after);
    const blobs = readBlobs(place.top, current.flatMap((p) => [p.list[p.at]!.before!, p.list[p.at]!.after!]));
    const next: typeof pending = [];
    for (const p of current) {
      const step = p.list[p.at]!;
      const date = step.commit.date.slice(0, 10);
      const [read, wrote] = [dataOf(blobs.get(step.before!)), dataOf(blobs.get(step.after!))];
      // A version that cannot be read (broken YAML, binary) tells nothing of what changed: not a
      // change of content (a file broken and then repaired changed nothing), look further back.
      if (!read || !wrote) {
        next.push({ ...p, at: p.at + 1 });
        continue;
      }
      const [before, after] = [read, wrote];
      const fields = compareFields(before, after);
      const names = fields.map((f) => f.field);
      let found = changes.get(p.id);
      if (!found && names.length > 0) changes.set(p.id, (found = { date, commit: step.commit.commit, fields: names, declared: names.includes('aggiornato') }));
      const since = updated.get(p.id);
      const afterOwnDate = since === undefined || date > since;
      if (found && !found.notice && afterOwnDate && affectsNotices(p.id, before, after, fields)) found.notice = { date, commit: step.commit.commit, fields: names };
      const more = !found || (!found.notice && since !== undefined && date > since);
      if (more) next.push({ ...p, at: p.at + 1 });
    }
    pending = next;
  }
  return changes;
}

function affectsNotices(key: string, before: Record<string, unknown>, after: Record<string, unknown>, fields: ReturnType<typeof compareFields>): boolean {
  if (fields.length === 0) return false;
  const kind = key.startsWith('servizi/') ? ('servizio' as const) : ('trattamento' as const);
  const id = key.slice(key.indexOf('/') + 1);
  const change = { change: 'modificato' as const, kind, id, before: { kind, id, data: before }, after: { kind, id, data: after }, fields };
  return effectsOf(change, undefined, undefined).some((e) => e.id === NOTICE_EFFECT);
}

/** The effect of src/law/data/effetti-modifiche.json that concerns the notices. */
export const NOTICE_EFFECT = 'ripubblicare-informative';
