import { repoPlace } from './git.js';
import { activityTimelines } from './timeline.js';

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

/**
 * The last change on or before `today` of each activity of a register in git, by id; undefined
 * outside git. Creation does not count (an imported register is committed long after its
 * records' dates), nor do commits dated after the day of the check.
 */
export function lastChanges(root: string, today: string): Map<string, LastChange> | undefined {
  const place = repoPlace(root);
  if (!place) return undefined;
  const changes = new Map<string, LastChange>();
  for (const [id, events] of activityTimelines(place)) {
    // The latest by date: commits of merged branches come in the order of the graph, not of the calendar.
    const last = events
      .filter((e) => (e.change === 'modificato' || e.change === 'rinominato') && e.date.slice(0, 10) <= today)
      .reduce<(typeof events)[number] | undefined>((latest, e) => (!latest || e.date.slice(0, 10) >= latest.date.slice(0, 10) ? e : latest), undefined);
    if (!last || last.fields.length === 0) continue;
    const fields = last.fields.map((f) => f.field);
    changes.set(id, { date: last.date.slice(0, 10), commit: last.commit, fields, declared: fields.includes('aggiornato') });
  }
  return changes;
}
