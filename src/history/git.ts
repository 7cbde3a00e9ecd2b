import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isSystemError, UsageError } from '../util/errors.js';

/**
 * Git through the git binary: it is already installed wherever a register lives in git, reads
 * every repository format (packs, worktrees, shallow and partial clones) and `cat-file --batch`
 * reads thousands of blobs in one process. Only plumbing that reads is used, with optional
 * locks off, so that neither the working tree nor the index is ever touched.
 */
const MAX_BUFFER = 1024 * 1024 * 1024;

/**
 * A register may come with someone else's .git/config, and reading must run nothing it names:
 * `log` verifies signatures with gpg.program when log.showSignature is set, and in a partial
 * clone reading a missing blob fetches it through the remote (core.sshCommand,
 * remote.*.uploadpack, a remote helper), which may also hang on the network. The command line
 * wins over every configuration file, and GIT_ALLOW_PROTOCOL over every protocol.*.allow.
 */
const SEALED_CONFIG = ['-c', 'log.showSignature=false', '-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false'];
export const SEALED_GIT_ENV = { GIT_ALLOW_PROTOCOL: '', GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };

export function git(cwd: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', [...SEALED_CONFIG, ...args], {
    cwd,
    input,
    maxBuffer: MAX_BUFFER,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...SEALED_GIT_ENV, LC_ALL: 'C' },
  });
}

/** A register inside a repository: the repository's top folder and the register's path in it. */
export interface RepoPlace {
  top: string;
  /** Forward-slash path of the register from the top, '' when it is the top. */
  prefix: string;
}

/** Where the register folder sits in git, or undefined when it is not inside a repository (or git is missing). */
export function repoPlace(dir: string): RepoPlace | undefined {
  if (!mayBeInRepository(dir)) return undefined;
  let top: string;
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch {
    return undefined;
  }
  const rel = relative(realpathSync(top), realpathSync(dir));
  return { top, prefix: rel.split(sep).join('/') };
}

/**
 * Whether git could find a repository from here: a `.git` (folder, or file of a worktree) in the
 * folder or above it, or one named by the environment. Outside one, no git process is started
 * (it costs a fork of a process that may hold a large register).
 */
function mayBeInRepository(dir: string): boolean {
  if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined) return true;
  // From the real folder, as git walks up from where it runs (a register reached through a link).
  for (let at = realFolder(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return true;
    if (dirname(at) === at) return false;
  }
}

function realFolder(dir: string): string {
  try {
    return realpathSync(resolve(dir));
  } catch (error) {
    // A folder that does not exist is no repository; git would say the same.
    if (isSystemError(error)) return resolve(dir);
    throw error;
  }
}

/** The commit a revision names; a clear usage error when it names none. */
export function resolveCommit(top: string, rev: string): string {
  try {
    return git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).toString('utf8').trim();
  } catch {
    // Why it names none: no commit yet, or a shallow clone (CI) that did not fetch that far back.
    if (!hasCommits(top)) throw new UsageError('history.noCommits', { rev });
    if (isShallow(top)) throw new UsageError('history.badRevisionShallow', { rev });
    throw new UsageError('history.badRevision', { rev });
  }
}

export function mergeBase(top: string, a: string, b: string): string {
  try {
    return git(top, ['merge-base', a, b]).toString('utf8').trim();
  } catch {
    if (isShallow(top)) throw new UsageError('history.noMergeBaseShallow', { a, b });
    throw new UsageError('history.noMergeBase', { a, b });
  }
}

/** Whether HEAD names a commit: a repository just made with git init has none yet. */
export function hasCommits(top: string): boolean {
  try {
    git(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    return true;
  } catch {
    return false;
  }
}

/** Whether the repository is a shallow clone (`git clone --depth`, the default checkout of CI). */
export function isShallow(top: string): boolean {
  try {
    return git(top, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * The register as it stood at the end of a day (YYYY-MM-DD): the last commit of HEAD's
 * first-parent line such that it and every commit before it were made on or before that day, by
 * the author's own calendar day, as `storia` and `validate` date the commits (the same answer in
 * any time zone). A rebased commit keeps its older day but comes after newer ones: it ends the
 * register "as of" that older day there, so nothing done later is ever shown as done by then.
 */
export function commitAtDate(top: string, date: string): string | undefined {
  if (!hasCommits(top)) return undefined;
  let found: string | undefined;
  let latestDay = '';
  for (const line of git(top, ['log', '--first-parent', '--reverse', '--format=%H %aI', 'HEAD']).toString('utf8').split('\n')) {
    const [commit, when] = line.split(' ');
    if (!commit || !when) continue;
    if (when.slice(0, 10) > latestDay) latestDay = when.slice(0, 10);
    if (latestDay > date) break;
    found = commit;
  }
  return found;
}

/** The blobs under a folder of a commit, with paths relative to that folder. */
export function listTree(top: string, commit: string, prefix: string): Array<{ path: string; oid: string }> {
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
  if (prefix) args.push('--', `${prefix}/`);
  const cut = prefix ? prefix.length + 1 : 0;
  const entries: Array<{ path: string; oid: string }> = [];
  for (const line of git(top, args).toString('utf8').split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (m) entries.push({ oid: m[1]!, path: m[2]!.slice(cut) });
  }
  return entries;
}

/** The contents of many blobs, read through one `git cat-file --batch`. */
export function readBlobs(top: string, oids: readonly string[]): Map<string, Buffer> {
  const unique = [...new Set(oids)];
  const blobs = new Map<string, Buffer>();
  if (unique.length === 0) return blobs;
  const out = readBatch(top, unique);
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    const [oid, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    if (type === 'missing' || size === undefined) {
      at = eol + 1;
      continue;
    }
    const start = eol + 1;
    blobs.set(oid!, out.subarray(start, start + Number(size)));
    at = start + Number(size) + 1;
  }
  return blobs;
}

/** `cat-file --batch`; a blob a partial clone left on its remote is a usage error, since registro never fetches. */
function readBatch(top: string, oids: readonly string[]): Buffer {
  try {
    return git(top, ['cat-file', '--batch'], oids.join('\n') + '\n');
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (/promisor remote/.test(stderr)) throw new UsageError('history.partialClone', {});
    throw error;
  }
}
