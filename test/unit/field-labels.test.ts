import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { fieldLabel } from '../../src/history/field-labels.js';

// `registro diff`, `registro storia` and the workbook's change log name a changed key by its
// label: a key without one would show as the YAML key ("durata_pubblicazione"). This reads every
// key every schema declares, so a key added to a schema without a label fails here.
function keysOf(node: unknown, keys: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => keysOf(n, keys));
  else if (node !== null && typeof node === 'object') {
    const { properties } = node as { properties?: unknown };
    if (properties && typeof properties === 'object' && !Array.isArray(properties)) Object.keys(properties).forEach((k) => keys.add(k));
    Object.values(node).forEach((n) => keysOf(n, keys));
  }
  return keys;
}

const schemaKeys = new Set<string>();
for (const name of readdirSync(join(ROOT, 'schemas')).filter((n) => n.endsWith('.schema.json'))) {
  keysOf(JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')), schemaKeys);
}

describe('labels of the schemas’ keys', () => {
  it('reads the keys of every schema', () => {
    expect(schemaKeys).toContain('durata_pubblicazione');
    expect(schemaKeys.size).toBeGreaterThan(140);
  });

  it('names every key in Italian and in English, never by the key itself', () => {
    const unnamed = [...schemaKeys].filter((k) => fieldLabel(k, 'it') === k || fieldLabel(k, 'en') === k);
    expect(unnamed).toEqual([]);
  });
});
