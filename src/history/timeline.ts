import { parseYaml } from '../register/parse-yaml.js';
import { canonical } from './canonical.js';
import { compareFields, type ChangeKind, type FieldChange } from './compare.js';
import { readBlobs, type RepoPlace } from './git.js';
import { registerLog } from './log.js';
import { pairRenamed } from './similar.js';

/** One step in the life of an activity: the commit, and what it changed by meaning. */
export interface TimelineEvent {
  commit: string;
  /** Author date, ISO 8601 (when the change was made, kept by rebases). */
  date: string;
  author: string;
  subject: string;
  change: ChangeKind;
  id: string;
  oldId?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  fields: FieldChange[];
  /** The version this commit left cannot be read (not YAML, binary): its content is unknown. */
  unreadable?: boolean;
  /** Added in the oldest commit of a shallow clone: it existed already, in commits not fetched. */
  boundary?: boolean;
}

const DIR = 'trattamenti/';
const ID = /^trattamenti\/([^/]+)\.ya?ml$/;

export function dataOf(bytes: Buffer | undefined): Record<string, unknown> | undefined {
  if (!bytes) return undefined;
  try {
    const data = parseYaml(new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '')).data;
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const withoutDates = (d: Record<string, unknown>) => canonical({ ...d, creato: undefined, aggiornato: undefined });

/**
 * The history of every activity of a register from git, by activity id (the id it has now, or
 * had last when it was removed): one `git log` and one `cat-file --batch` for the whole run.
 * Commits that only reformat a file leave no event; a file removed and another added with the
 * same content in one commit is a rename (or with most of it: renamed and edited), and the
 * history follows the activity to its new id.
 */
export function activityTimelines(place: RepoPlace): Map<string, TimelineEvent[]> {
  const commits = registerLog(place.top, place.prefix);
  const oids = commits.flatMap((c) => c.files.filter((f) => f.path.startsWith(DIR)).flatMap((f) => [f.before, f.after])).filter((o): o is string => Boolean(o));
  const blobs = readBlobs(place.top, oids);
  const parsed = new Map<string, Record<string, unknown> | undefined>();
  const data = (oid: string | undefined) => {
    if (!oid) return undefined;
    if (!parsed.has(oid)) parsed.set(oid, dataOf(blobs.get(oid)));
    return parsed.get(oid);
  };

  const timelines = new Map<string, TimelineEvent[]>();
  // The last readable version of each activity: a version that cannot be read is an event of its
  // own, and the next readable one is compared with the one before it, not with nothing.
  const good = new Map<string, Record<string, unknown>>();
  for (const c of commits) {
    const base = { commit: c.commit, date: c.date, author: c.author, subject: c.subject };
    const steps = c.files.flatMap((f) => {
      const m = ID.exec(f.path);
      return m ? [{ id: m[1]!, before: data(f.before), after: data(f.after), hadBefore: Boolean(f.before), hasAfter: Boolean(f.after) }] : [];
    });
    const gone = steps.filter((s) => s.hadBefore && !s.hasAfter);
    // Renamed and edited in one commit (git mv and an edit): paired by likeness, after the exact renames.
    const exact = (s: (typeof steps)[number]) => gone.find((g) => g.before && s.after && withoutDates(g.before) === withoutDates(s.after));
    const born = steps.filter((s) => !s.hadBefore && s.hasAfter);
    const alike = new Map(pairRenamed(gone.filter((g) => !born.some((s) => exact(s) === g)), born.filter((s) => !exact(s)), (x) => x.before ?? x.after).map(([g, s]) => [s, g]));
    for (const s of steps) {
      const unreadable = s.hasAfter && !s.after ? { unreadable: true } : {};
      if (!s.hadBefore && s.hasAfter) {
        const from = exact(s) ?? alike.get(s);
        if (from) {
          gone.splice(gone.indexOf(from), 1);
          const past = timelines.get(from.id) ?? [];
          timelines.delete(from.id);
          good.delete(from.id);
          timelines.set(s.id, [...past, { ...base, change: 'rinominato', id: s.id, oldId: from.id, before: from.before, after: s.after, fields: compareFields(from.before ?? {}, s.after ?? {}) }]);
        } else push(timelines, { ...base, change: 'aggiunto', id: s.id, after: s.after, fields: compareFields({}, s.after ?? {}), ...unreadable, ...(c.boundary ? { boundary: true } : {}) });
      } else if (s.hadBefore && s.hasAfter) {
        const before = s.before ?? good.get(s.id);
        if (!s.after) push(timelines, { ...base, change: 'modificato', id: s.id, before, fields: [], unreadable: true });
        else {
          const fields = compareFields(before ?? {}, s.after);
          if (fields.length) push(timelines, { ...base, change: 'modificato', id: s.id, before, after: s.after, fields });
        }
      }
      if (s.after) good.set(s.id, s.after);
    }
    for (const g of gone) {
      const before = g.before ?? good.get(g.id);
      good.delete(g.id);
      push(timelines, { ...base, change: 'rimosso', id: g.id, before, fields: compareFields(before ?? {}, {}) });
    }
  }
  return timelines;
}

function push(timelines: Map<string, TimelineEvent[]>, event: TimelineEvent): void {
  const list = timelines.get(event.id);
  if (list) list.push(event);
  else timelines.set(event.id, [event]);
}
