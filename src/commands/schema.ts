import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { count } from '../i18n/plural.js';
import { UsageError } from '../util/errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { SCHEMAS_DIR } from '../util/package-files.js';

export function schemaFileNames(): string[] {
  return readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.schema.json')).sort();
}

/** Copies every schema into `dir` (they reference each other by relative $id). */
export function writeSchemas(dir: string): string[] {
  const names = schemaFileNames();
  for (const name of names) writeFileAtomic(join(dir, name), readFileSync(join(SCHEMAS_DIR, name)));
  return names;
}

/** `registro schema [nome] [-o cartella]`: prints one schema, or writes them all. */
export function runSchema(name: string | undefined, options: { output?: string; lang: Lang }): number {
  if (options.output) {
    const dir = resolve(options.output);
    const names = writeSchemas(dir);
    process.stderr.write(`${options.lang === 'it' ? count(names.length, 'schema scritto', 'schemi scritti') : count(names.length, 'schema written', 'schemas written')} ${options.lang === 'it' ? 'in' : 'to'} ${options.output}\n`);
    return 0;
  }
  const names = schemaFileNames().map((f) => f.replace(/\.schema\.json$/, ''));
  if (!name) {
    process.stdout.write(names.join('\n') + '\n');
    return 0;
  }
  if (!names.includes(name)) throw new UsageError('usage.unknownSchema', { value: name, allowed: names.join(', ') });
  process.stdout.write(readFileSync(join(SCHEMAS_DIR, `${name}.schema.json`), 'utf8'));
  return 0;
}
