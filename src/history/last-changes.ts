import { compareFields } from './compare.js';
import { readBlobs, registerLog, repoPlace, type CommitChanges } from './git.js';
import { dataOf } from './timeline.js';

/** The last change to an activity in git, as `validate` checks it against the record's own date. */
export interface LastChange {
  /** Author date, YYYY-MM-DD in the author's time zone. */
  date: string;
  commit: string;
  /** The fields it changed. */
  fields: string[];
  /** The change set `aggiornato` itself: the record declared it. */
  declared: boolean;
}

const ID = /^trattamenti\/([^/]+)\.ya?ml$/;

interface Step {
  commit: CommitChanges;
  before?: string;
  after?: string;
}

/**
 * The last change on or before `today` of each activity of a register in git, by id; undefined
 * outside git. Creation does not count (an imported register is committed long after its
 * records' dates), nor do commits dated after the day of the check. Cheap enough for every
 * validate: one log of trattamenti/, then only the newest versions of each file are read, a
 * further round only for files whose newest commit merely reformatted them.
 */
export function lastChanges(root: string, today: string): Map<string, LastChange> | undefined {
  const place = repoPlace(root);
  if (!place) return undefined;
  const steps = new Map<string, Step[]>();
  for (const commit of registerLog(place.top, place.prefix, { newestFirst: true, under: 'trattamenti/' })) {
    if (commit.date.slice(0, 10) > today) continue;
    for (const f of commit.files) {
      const id = ID.exec(f.path)?.[1];
      if (id) steps.set(id, [...(steps.get(id) ?? []), { commit, before: f.before, after: f.after }]);
    }
  }
  const changes = new Map<string, LastChange>();
  // Each round reads, in one batch, the next candidate of every file still undecided.
  let pending = [...steps.entries()].map(([id, list]) => ({ id, list, at: 0 }));
  while (pending.length > 0) {
    const current = pending.filter((p) => p.list[p.at]?.before && p.list[p.at]?.after);
    const blobs = readBlobs(place.top, current.flatMap((p) => [p.list[p.at]!.before!, p.list[p.at]!.after!]));
    const next: typeof pending = [];
    for (const p of current) {
      const step = p.list[p.at]!;
      const fields = compareFields(dataOf(blobs.get(step.before!)) ?? {}, dataOf(blobs.get(step.after!)) ?? {}).map((f) => f.field);
      if (fields.length === 0) {
        next.push({ ...p, at: p.at + 1 });
        continue;
      }
      changes.set(p.id, { date: step.commit.date.slice(0, 10), commit: step.commit.commit, fields, declared: fields.includes('aggiornato') });
    }
    pending = next;
  }
  return changes;
}
