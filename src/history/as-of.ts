import type { Lang } from '../i18n/lang.js';
import { message } from '../i18n/localize.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import type { RegisterResult } from '../validate/validate-register.js';
import { hasCommits, repoPlace } from './git.js';
import { commitAsOf, resultAtCommit } from './versions.js';

/**
 * `export --al` and `informativa --al`: the register of the last commit on or before that day,
 * read from git objects, with the rules judged as of that day. The working tree is not read
 * for the register's files, nor touched; stderr says which commit the output comes from.
 */
export async function registerAsOf(root: string, cwd: string, date: string, lang: Lang): Promise<RegisterResult> {
  const place = repoPlace(root);
  if (!place) throw new UsageError('history.needsGit', { path: displayPath(root, cwd), command: '--al' });
  if (!hasCommits(place.top)) throw new UsageError('history.noCommitsYet', { path: displayPath(root, cwd), command: '--al' });
  const commit = commitAsOf(place, date);
  const result = await resultAtCommit(place, commit, root, cwd, { rules: true, today: date });
  if (!result.register.registro && result.register.trattamenti.length === 0) throw new UsageError('history.notInRevision', { date, commit: commit.slice(0, 7) });
  process.stderr.write(`registro: ${message(lang, 'history.asOf', { date, commit: commit.slice(0, 7) })}\n`);
  return result;
}
