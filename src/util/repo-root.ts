import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { displayPath } from './paths.js';

/**
 * The prefix that makes a cwd-relative path repository-relative: the path from the nearest
 * folder holding .git down to the working directory ('' when they are the same or no repo).
 */
export function repoPrefix(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) {
      const rel = displayPath(cwd, dir);
      return rel === '.' ? '' : rel + '/';
    }
    if (dirname(dir) === dir) return '';
  }
}
