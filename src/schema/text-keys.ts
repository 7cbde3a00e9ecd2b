import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileKind } from '../register/layout.js';
import { SCHEMAS_DIR } from '../util/package-files.js';

/**
 * The keys that hold free text (the schemas' `testo`) in each kind of file: what a person writes
 * in words, and so what a translation can replace. Ids, codes, dates and vocabulary terms are
 * never among them. Derived from the schemas themselves, so that a new text field is translated
 * without being listed twice.
 */
export function textKeysOf(kind: FileKind): ReadonlySet<string> {
  let keys = byKind.get(kind);
  if (!keys) byKind.set(kind, (keys = collect(`${kind}.schema.json`)));
  return keys;
}

const byKind = new Map<FileKind, ReadonlySet<string>>();
const TEXT_DEF = 'comuni.schema.json#/$defs/testo';
const CODES_FILE = 'codici.schema.json#';

type SchemaNode = { [key: string]: unknown };

const schemas = new Map<string, SchemaNode>();
function schemaFile(name: string): SchemaNode {
  let schema = schemas.get(name);
  if (!schema) schemas.set(name, (schema = JSON.parse(readFileSync(join(SCHEMAS_DIR, name), 'utf8')) as SchemaNode));
  return schema;
}

/** Walks a schema from its root, following $ref across files, and names every key whose value (or list item) is free text. */
function collect(fileName: string): ReadonlySet<string> {
  const keys = new Set<string>();
  const visited = new Set<string>();
  const walk = (node: unknown, file: string, key: string | undefined): void => {
    if (!node || typeof node !== 'object') return;
    const schema = node as SchemaNode;
    if (typeof schema.$ref === 'string') {
      const [target = '', pointer = ''] = schema.$ref.split('#');
      const absolute = `${target || file}#${pointer}`;
      if (absolute === TEXT_DEF) {
        if (key) keys.add(key);
        return;
      }
      // Codes and vocabulary terms are never free text: the large generated file is not read.
      if (absolute.startsWith(CODES_FILE)) return;
      if (visited.has(`${absolute} ${key}`)) return;
      visited.add(`${absolute} ${key}`);
      walk(resolve(target || file, pointer), target || file, key);
    }
    for (const [name, child] of Object.entries((schema.properties as SchemaNode | undefined) ?? {})) walk(child, file, name);
    walk(schema.items, file, key);
    for (const branch of ['anyOf', 'oneOf', 'allOf'] as const) for (const child of (schema[branch] as unknown[] | undefined) ?? []) walk(child, file, key);
    for (const branch of ['then', 'else'] as const) walk(schema[branch], file, key);
  };
  walk(schemaFile(fileName), fileName, undefined);
  return keys;
}

function resolve(file: string, pointer: string): unknown {
  let node: unknown = schemaFile(file);
  for (const part of pointer.split('/').filter(Boolean)) node = (node as SchemaNode | undefined)?.[part];
  return node;
}
