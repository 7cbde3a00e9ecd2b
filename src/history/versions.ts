import type { Register } from '../register/model.js';
import { layoutOfList } from '../register/layout-list.js';
import { today } from '../util/today.js';
import { validateRegister, type RegisterResult } from '../validate/validate-register.js';
import { commitAtDate, listTree, readBlobs, resolveCommit, type RepoPlace } from './git.js';
import { UsageError } from '../util/errors.js';
import { isCalendarDate } from '../rules/dates.js';

/**
 * A register as it stood at a commit, read from git objects (never from the working tree),
 * through the same loader, schema and model as the files on disk. The paths are the working
 * tree's, so that what the rules say about that version points where the user would look.
 */
export async function resultAtCommit(place: RepoPlace, commit: string, root: string, cwd: string, options: { rules?: boolean; today?: string } = {}): Promise<RegisterResult> {
  const entries = listTree(place.top, commit, place.prefix);
  const blobs = readBlobs(place.top, entries.map((e) => e.oid));
  const listed = entries.flatMap((e) => {
    const contents = blobs.get(e.oid);
    return contents ? [{ path: e.path, contents }] : [];
  });
  const layout = layoutOfList(root, listed, cwd);
  return validateRegister(root, cwd, options.today ?? today(), { rules: options.rules ?? false, layout });
}

export async function registerAtCommit(place: RepoPlace, commit: string, root: string, cwd: string): Promise<Register> {
  return (await resultAtCommit(place, commit, root, cwd)).register;
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
  if (!commit) throw new UsageError('history.beforeHistory', { date });
  return commit;
}
