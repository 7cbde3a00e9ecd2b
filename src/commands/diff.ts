import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { message } from '../i18n/localize.js';
import { discoverRegisters } from '../register/discover.js';
import type { Register } from '../register/model.js';
import { diffRegisters } from '../history/diff-view.js';
import { diffJson, diffMarkdown, diffStylish } from '../history/format-diff.js';
import { mergeBase, repoPlace, type RepoPlace } from '../history/git.js';
import { changedPaths, registerAtCommit, registerOnDisk, resolveCommit, revisionLabel } from '../history/versions.js';
import { WORDS } from '../history/words.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { toolVersion } from '../util/version.js';

export const DIFF_FORMATS = ['stylish', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOptions {
  format: DiffFormat;
  lang: Lang;
  /** The register folder, for revisions (default: the current folder). */
  cartella?: string;
}

interface Side {
  label: string;
  register: Register;
}

/**
 * `registro diff`: two versions of a register compared by meaning. With two folders, those;
 * otherwise git revisions of the register (`A`, `A..B`, `A...B` as in git; none is HEAD against
 * the working tree). Always exits 0 when it could compare: changes are news, not failures.
 */
export async function runDiff(args: readonly string[], options: DiffOptions): Promise<number> {
  const cwd = process.cwd();
  const [before, after] = args.length === 2 && args.every((a) => isDir(resolve(cwd, a))) ? await folders(args, cwd) : await revisions(args, options, cwd);
  for (const side of [before, after]) warnUnreadable(side, options.lang);
  const view = diffRegisters(before.register, after.register, options.lang, before.label, after.label);
  const text = options.format === 'json' ? diffJson(view, toolVersion()) : options.format === 'markdown' ? diffMarkdown(view) : diffStylish(view);
  process.stdout.write(text);
  return 0;
}

/** A file that cannot be parsed takes no part in the comparison: say so rather than report it as removed silently. */
function warnUnreadable(side: Side, lang: Lang): void {
  for (const file of side.register.files) {
    if (file.data === undefined) process.stderr.write(`registro: ${message(lang, 'history.unreadable', { path: file.displayPath, side: side.label })}\n`);
  }
}

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function oneRegisterHere(cwd: string): string {
  const targets = discoverRegisters(['.'], cwd);
  if (targets.length > 1) throw new UsageError('usage.chooseRegister', { count: targets.length });
  return oneRegister('.', cwd);
}

function oneRegister(dir: string, cwd: string): string {
  const targets = discoverRegisters([dir], cwd);
  if (targets.length !== 1) throw new UsageError('usage.oneRegister', { path: dir, count: targets.length });
  return targets[0]!.root;
}

async function folders(args: readonly string[], cwd: string): Promise<[Side, Side]> {
  const sides = await Promise.all(
    args.map(async (a) => {
      const root = oneRegister(a, cwd);
      return { label: displayPath(root, cwd), register: await registerOnDisk(root, cwd) };
    }),
  );
  return [sides[0]!, sides[1]!];
}

async function revisions(given: readonly string[], options: DiffOptions, cwd: string): Promise<[Side, Side]> {
  // The folder may come beside the revision, as with the other commands: `diff HEAD~1 registri/comune`.
  const folder = options.cartella ?? given.find((a) => isDir(resolve(cwd, a)));
  const args = options.cartella ? given : given.filter((a) => a !== folder);
  if (args.length > 1 || (folder !== undefined && given.length > args.length + 1)) throw new UsageError('history.diffArgs', { args: given.join(' ') });
  // Revisions name no folder: with several registers here, the user must say which one.
  const root = folder ? oneRegister(folder, cwd) : oneRegisterHere(cwd);
  const place = repoPlace(root);
  if (!place) throw new UsageError('history.needsGitDiff', { path: displayPath(root, cwd) });
  const spec = args[0] ?? 'HEAD';
  if (spec.includes('..')) return rangeRevisions(place, spec, root, cwd);
  const commit = resolveCommit(place.top, spec);
  const working = { label: WORDS[options.lang].workingTree, register: await registerOnDisk(root, cwd) };
  return [{ label: revisionLabel(spec, commit), register: await registerAtCommit(place, commit, root, cwd) }, working];
}

/** `A..B` and `A...B` (from their merge base), as in git; a side that names no commit is quoted with its range. */
async function rangeRevisions(place: RepoPlace, spec: string, root: string, cwd: string): Promise<[Side, Side]> {
  try {
    const triple = /^(.*?)\.\.\.(.*)$/.exec(spec);
    if (triple) {
      const to = triple[2] || 'HEAD';
      const base = mergeBase(place.top, resolveCommit(place.top, triple[1] || 'HEAD'), resolveCommit(place.top, to));
      return await pair(place, base, to, root, cwd);
    }
    const [, from, to] = /^(.*?)\.\.(.*)$/.exec(spec)!;
    return await pair(place, from || 'HEAD', to || 'HEAD', root, cwd);
  } catch (error) {
    if (error instanceof UsageError && error.messageId === 'history.badRevision') throw new UsageError('history.badRevision', { ...error.params, range: spec });
    throw error;
  }
}

/** Two commits: only the files that differ between them are loaded (and those every comparison reads). */
async function pair(place: RepoPlace, a: string, b: string, root: string, cwd: string): Promise<[Side, Side]> {
  const [ca, cb] = [resolveCommit(place.top, a), resolveCommit(place.top, b)];
  const keep = changedPaths(place, ca, cb);
  return [
    { label: revisionLabel(a, ca), register: await registerAtCommit(place, ca, root, cwd, keep) },
    { label: revisionLabel(b, cb), register: await registerAtCommit(place, cb, root, cwd, keep) },
  ];
}
