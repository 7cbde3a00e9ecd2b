import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { git, hasCommits, isShallow } from './git.js';

/** One commit touching the register, and the files it changed (paths relative to the register). */
export interface CommitChanges {
  commit: string;
  date: string;
  author: string;
  subject: string;
  /** The oldest commit of a shallow clone: what it "adds" was there before, in commits not fetched. */
  boundary?: boolean;
  files: Array<{ path: string; before?: string; after?: string }>;
}

const ZERO = /^0+$/;

/**
 * Every commit that touched the register (or some folders of it), oldest first unless asked, with
 * the blobs before and after; none in a repository without commits. Names are read NUL-separated
 * (`-z`), never quoted, whatever characters the folders hold. A merge counts with what it changed
 * against all its parents (`--cc`: a conflict resolved by hand), against its first parent.
 */
export function registerLog(top: string, prefix: string, options: { newestFirst?: boolean; under?: readonly string[] } = {}): CommitChanges[] {
  if (!hasCommits(top)) return [];
  // A commit message or an author name may hold any separator byte: ones that end in a nonce of
  // this run cannot be written in advance to forge a commit, an author or a date.
  const nonce = randomBytes(12).toString('hex');
  const [record, field] = [`\x1e${nonce}\x1e`, `\x1f${nonce}\x1f`];
  const format = `--format=%x1e${nonce}%x1e%H%x1f${nonce}%x1f%aI%x1f${nonce}%x1f%an%x1f${nonce}%x1f%s`;
  const args = ['log', '-z', ...(options.newestFirst ? [] : ['--reverse']), '--topo-order', '--no-renames', '--raw', '--cc', '--no-abbrev', format, 'HEAD', '--'];
  const base = prefix ? `${prefix}/` : '';
  args.push(...(options.under ? options.under.map((folder) => `${base}${folder}`) : [base || '.']));
  const cut = prefix ? prefix.length + 1 : 0;
  const boundaries = shallowBoundaries(top);
  const commits: CommitChanges[] = [];
  for (const chunk of git(top, args).toString('utf8').split(record)) {
    if (!chunk.trim()) continue;
    const [head = '', ...fields] = chunk.split('\0');
    const [commit = '', date = '', author = '', subject = ''] = head.split(field);
    const files: CommitChanges['files'] = [];
    for (let i = 0; i < fields.length; i++) {
      // ":100644 100644 <before> <after> M", or for a merge "::100644 100644 100644 <p1> <p2> <after> MM"; then the path.
      const status = /^\n?(:+)([^\0]*)$/.exec(fields[i]!);
      if (!status) continue;
      const parts = status[2]!.trim().split(' ');
      const parents = status[1]!.length;
      const [before, after] = [parts[parents + 1], parts[2 * parents + 1]];
      const path = fields[++i] ?? '';
      if (!before || !after || !path.startsWith(base)) continue;
      files.push({ path: path.slice(cut), before: ZERO.test(before) ? undefined : before, after: ZERO.test(after) ? undefined : after });
    }
    commits.push({ commit, date, author, subject, ...(boundaries.has(commit) ? { boundary: true } : {}), files });
  }
  return commits;
}

/** The commits where a shallow clone's history was cut (listed in the repository's `shallow` file). */
function shallowBoundaries(top: string): Set<string> {
  if (!isShallow(top)) return new Set();
  try {
    const file = git(top, ['rev-parse', '--git-path', 'shallow']).toString('utf8').trim();
    return new Set(readFileSync(isAbsolute(file) ? file : join(top, file), 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}
