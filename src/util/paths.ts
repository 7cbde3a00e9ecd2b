import { extname, relative, sep, resolve } from 'node:path';

/** A path as shown to users and CI systems: relative to `from`, with forward slashes. */
export function displayPath(path: string, from: string = process.cwd()): string {
  const rel = relative(from, path) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** True when `child` is `parent` or lies below it (both absolute, already resolved). */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** Whether a path names a YAML file, as every file of a register is: no report or export goes there. */
export function isYamlPath(path: string): boolean {
  return /^\.ya?ml$/i.test(extname(path));
}
