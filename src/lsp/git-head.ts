import { execFileSync } from 'node:child_process';
import { SEALED_GIT_ENV } from '../history/git.js';
import { isSystemError } from '../util/errors.js';

/**
 * The commit HEAD names in the repository around `dir`, or undefined (no commit yet, no
 * repository, no git). One short git process: cheap enough to look once a minute whether a
 * commit, checkout or reset made outside the editor moved it.
 */
export function gitHead(dir: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, ...SEALED_GIT_ENV },
    }).trim();
  } catch (error) {
    if (isSystemError(error) || exitedWithError(error)) return undefined;
    throw error;
  }
}

/** git ran and said no (exit status 1 for an unborn HEAD, 128 outside a repository). */
function exitedWithError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}
