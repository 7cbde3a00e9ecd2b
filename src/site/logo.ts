import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { extname, join } from 'node:path';
import { UsageError } from '../util/errors.js';
import { isInside } from '../util/paths.js';
import { LIMITS, readBounded } from '../util/read-bounded.js';
import { activeSvgContent } from './svg-active.js';

const LOGO_TYPES = new Set(['.png', '.jpg', '.jpeg', '.svg']);

export type LogoProblem = { kind: 'missing' | 'outside' } | { kind: 'active'; what: string };

/**
 * What is wrong with the logo named in opzioni.sito.logo: not an image file, a link out of the
 * register's folder, or an SVG that would run or fetch something once published.
 */
export function logoProblem(root: string, relativePath: string): LogoProblem | null {
  const path = join(root, relativePath);
  if (!LOGO_TYPES.has(extname(path).toLowerCase()) || !existsSync(path) || !lstatSync(realpathSync(path)).isFile()) return { kind: 'missing' };
  if (!isInside(realpathSync(path), realpathSync(root))) return { kind: 'outside' };
  if (extname(path).toLowerCase() === '.svg') {
    const what = activeSvgContent(readLogo(path, relativePath).toString('utf8'));
    if (what) return { kind: 'active', what };
  }
  return null;
}

/** The logo's bytes, refused by its size before reading (a logo is never tens of megabytes). */
function readLogo(path: string, shown: string): Buffer {
  return readBounded(path, LIMITS.table, shown);
}

/**
 * The logo to copy into the site: an image file that really lives inside the register's folder
 * (a link out of it is refused, as for the templates).
 */
export function logoOf(root: string, relativePath: string | undefined): { data: Buffer; name: string } | null {
  if (!relativePath) return null;
  const problem = logoProblem(root, relativePath);
  if (problem?.kind === 'missing') throw new UsageError('usage.siteLogo', { path: relativePath });
  if (problem?.kind === 'outside') throw new UsageError('usage.templateOutside', { path: relativePath });
  if (problem?.kind === 'active') throw new UsageError('usage.siteLogoActive', { path: relativePath, what: problem.what });
  const path = join(root, relativePath);
  // Read now, before any page is written: a logo that cannot be read stops the site whole.
  return { data: readLogo(path, relativePath), name: `logo${extname(path).toLowerCase()}` };
}
