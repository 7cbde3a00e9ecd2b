import type { Register } from '../register/model.js';
import { layoutOfList } from '../register/layout-list.js';
import { today } from '../util/today.js';
import { validateRegister, type RegisterResult } from '../validate/validate-register.js';
import { commitAtDate, isShallow, listTree, readBlobs, resolveCommit, type RepoPlace } from './git.js';
import { dataOf } from './timeline.js';
import { UsageError } from '../util/errors.js';
import { isCalendarDate } from '../util/calendar-date.js';

/**
 * A register as it stood at a commit, read from git objects (never from the working tree),
 * through the same loader, schema and model as the files on disk. The paths are the working
 * tree's, so that what the rules say about that version points where the user would look.
 */
export async function resultAtCommit(
  place: RepoPlace,
  commit: string,
  root: string,
  cwd: string,
  options: { rules?: boolean; today?: string; keep?: (path: string) => boolean } = {},
): Promise<RegisterResult> {
  const entries = listTree(place.top, commit, place.prefix).filter((e) => !options.keep || options.keep(e.path));
  const blobs = readBlobs(place.top, entries.map((e) => e.oid));
  const listed = entries.flatMap((e) => {
    const contents = blobs.get(e.oid);
    return contents ? [{ path: e.path, contents }] : [];
  });
  const layout = layoutOfList(root, listed, cwd);
  return validateRegister(root, cwd, options.today ?? today(), { rules: options.rules ?? false, layout });
}

export async function registerAtCommit(place: RepoPlace, commit: string, root: string, cwd: string, keep?: (path: string) => boolean): Promise<Register> {
  return (await resultAtCommit(place, commit, root, cwd, { keep })).register;
}

/**
 * The paths worth loading to compare two commits: the files that differ between them (a blob
 * id is its content), those the comparison reads whole (registro.yaml, soggetti.yaml, the terms
 * and the services), and the activities a changed service names, for their names. An unchanged
 * activity is otherwise never parsed: a diff of a large register costs what its changes cost.
 * A changed vocabolario.yaml or soggetti.yaml needs them all: which services show a term, a
 * translation or a party is read from the activities.
 */
export function changedPaths(place: RepoPlace, a: string, b: string): (path: string) => boolean {
  const [before, after] = [a, b].map((c) => new Map(listTree(place.top, c, place.prefix).map((e) => [e.path, e.oid])));
  const differ = new Set<string>();
  const services: string[] = [];
  for (const [x, y] of [[before!, after!], [after!, before!]] as const) {
    for (const [path, oid] of x) {
      if (y.get(path) === oid) continue;
      differ.add(path);
      if (path.startsWith('servizi/')) services.push(oid);
    }
  }
  for (const text of readBlobs(place.top, services).values()) {
    const named = dataOf(text)?.trattamenti;
    for (const id of Array.isArray(named) ? named : []) {
      if (typeof id === 'string') ['yaml', 'yml'].forEach((ext) => differ.add(`trattamenti/${id}.${ext}`));
    }
  }
  if (differ.has('vocabolario.yaml') || differ.has('soggetti.yaml')) return () => true;
  return (path) => !path.includes('/') || path.startsWith('servizi/') || differ.has(path);
}

export async function registerOnDisk(root: string, cwd: string): Promise<Register> {
  return (await validateRegister(root, cwd, today(), { rules: false })).register;
}

/** "origin/main (1a2b3c4)": the name the user gave and the commit it names. */
export function revisionLabel(rev: string, commit: string): string {
  const short = commit.slice(0, 7);
  return rev === commit || commit.startsWith(rev) ? short : `${rev} (${short})`;
}

export { resolveCommit };

/** The commit of HEAD's line as it stood at the end of a day; a usage error when the history starts later. */
export function commitAsOf(place: RepoPlace, date: string): string {
  if (!isCalendarDate(date)) throw new UsageError('history.badDate', { value: date });
  const commit = commitAtDate(place.top, date);
  if (!commit) throw new UsageError(isShallow(place.top) ? 'history.beforeHistoryShallow' : 'history.beforeHistory', { date });
  return commit;
}
