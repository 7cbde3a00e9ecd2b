import type { Register } from '../register/model.js';
import { ROOT_FILES } from '../register/layout.js';
import { compareRecords, type RecordChange } from './compare.js';
import { effectsOf } from './effects.js';
import { readBlobs, type RepoPlace } from './git.js';
import { NOTICE_EFFECT } from './last-changes.js';
import { registerLog } from './log.js';
import { recordsOfFile } from './records.js';
import { dataOf } from './timeline.js';

/**
 * A change in git to a file that notices repeat without dating it: the controller and the DPO of
 * registro.yaml, a party of soggetti.yaml, a term or a translation of vocabolario.yaml. None of
 * them has an `aggiornato` of its own that a notice could take as its date.
 */
export interface SharedChange {
  /** Author date, YYYY-MM-DD. */
  date: string;
  commit: string;
  /** The file, as the register names it ("registro.yaml"). */
  file: string;
  change: RecordChange;
}

/** Both spellings of the root files, as the layout reads either. */
const SHARED_PATHS = Object.keys(ROOT_FILES).flatMap((name) => [name, name.replace(/\.yaml$/, '.yml')]);

/**
 * The changes to the register's root files made after `since` and on or before `today`, newest
 * first. Creation does not count (an imported register is committed long after its notices), nor
 * does a version that cannot be read (a file broken and then mended changed nothing).
 */
export function sharedChanges(place: RepoPlace, today: string, since: string): SharedChange[] {
  const steps: Array<{ date: string; commit: string; file: string; before: string; after: string }> = [];
  for (const commit of registerLog(place.top, place.prefix, { newestFirst: true, under: SHARED_PATHS })) {
    const date = commit.date.slice(0, 10);
    if (date > today) continue;
    // Newest first in topological order: a rebased commit may keep an older date, so read on.
    if (date <= since) continue;
    for (const f of commit.files) if (f.before && f.after) steps.push({ date, commit: commit.commit, file: f.path, before: f.before, after: f.after });
  }
  const blobs = readBlobs(place.top, steps.flatMap((s) => [s.before, s.after]));
  return steps.flatMap((step) => {
    const kind = ROOT_FILES[step.file.replace(/\.yml$/, '.yaml')];
    const [before, after] = [dataOf(blobs.get(step.before)), dataOf(blobs.get(step.after))];
    if (!kind || !before || !after) return [];
    const changes = compareRecords(recordsOfFile(kind, kind, before), recordsOfFile(kind, kind, after));
    return changes.map((change) => ({ date: step.date, commit: step.commit, file: step.file, change }));
  });
}

/** A shared change a notice has not followed, and the fields of it that oblige the notice (dotted keys). */
export interface NoticeBehind {
  shared: SharedChange;
  because: string[];
}

/**
 * For each service (by id) whose notice is dated before a shared change it shows, the latest such
 * change: what obliges it is read from effetti-modifiche.json, and which notices show a party or
 * a term from the register as it is now.
 */
export function servicesBehind(changes: readonly SharedChange[], register: Register, noticeDates: ReadonlyMap<string, string>): Map<string, NoticeBehind> {
  const behind = new Map<string, NoticeBehind>();
  for (const shared of changes) {
    const notice = effectsOf(shared.change, undefined, register).find((e) => e.id === NOTICE_EFFECT);
    for (const service of notice?.services ?? []) {
      const date = noticeDates.get(service.id);
      if (date !== undefined && shared.date > date && !behind.has(service.id)) behind.set(service.id, { shared, because: notice!.because });
    }
  }
  return behind;
}
