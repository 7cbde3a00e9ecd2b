import { basename, extname, relative, sep, resolve } from 'node:path';

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

/** Names of the standard output that `-o` accepts (`-o -`, as CI scripts write): written as it is, never through a temporary file. */
const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

export function isStdout(output: string | undefined): boolean {
  return output !== undefined && STDOUT_NAMES.has(output);
}

/**
 * Whether a path names a YAML file, as every file of a register is: no report or export goes
 * there. As Windows reads the name: it drops trailing dots and spaces ("mensa.yaml." is
 * mensa.yaml) and "mensa.yaml::$DATA" or "mensa.yaml:x" is a stream of mensa.yaml.
 */
export function isYamlPath(path: string): boolean {
  const name = basename(path).replace(/:.*$/s, '').replace(/[. ]+$/, '');
  return /^\.ya?ml$/i.test(extname(name));
}
