import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { extname, join } from 'node:path';
import { UsageError } from '../util/errors.js';
import { isInside } from '../util/paths.js';

const LOGO_TYPES = new Set(['.png', '.jpg', '.jpeg', '.svg']);

/** What is wrong with the logo named in opzioni.sito.logo: not an image file, or a link out of the register's folder. */
export function logoProblem(root: string, relativePath: string): 'missing' | 'outside' | null {
  const path = join(root, relativePath);
  if (!LOGO_TYPES.has(extname(path).toLowerCase()) || !existsSync(path) || !lstatSync(realpathSync(path)).isFile()) return 'missing';
  if (!isInside(realpathSync(path), realpathSync(root))) return 'outside';
  return null;
}

/**
 * The logo to copy into the site: an image file that really lives inside the register's folder
 * (a link out of it is refused, as for the templates).
 */
export function logoOf(root: string, relativePath: string | undefined): { source: string; name: string } | null {
  if (!relativePath) return null;
  const problem = logoProblem(root, relativePath);
  if (problem === 'missing') throw new UsageError('usage.siteLogo', { path: relativePath });
  if (problem === 'outside') throw new UsageError('usage.templateOutside', { path: relativePath });
  const path = join(root, relativePath);
  return { source: path, name: `logo${extname(path).toLowerCase()}` };
}
