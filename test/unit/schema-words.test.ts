import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

type Node = Record<string, unknown>;

/** Every schema node of every schema file, with its file and JSON Pointer. */
function nodes(): Array<{ where: string; node: Node }> {
  const found: Array<{ where: string; node: Node }> = [];
  const dir = join(ROOT, 'schemas');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) {
    const walk = (value: unknown, pointer: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${pointer}/${i}`));
      if (!value || typeof value !== 'object') return;
      found.push({ where: `${file}#${pointer}`, node: value as Node });
      for (const [key, child] of Object.entries(value)) if (key !== 'enum' && key !== 'examples' && key !== 'const') walk(child, `${pointer}/${key}`);
    };
    walk(JSON.parse(readFileSync(join(dir, file), 'utf8')), '');
  }
  return found;
}

/** A node that holds a value (not an object or a list): where an editor reports a wrong value. */
const isValue = (n: Node) => ['string', 'boolean', 'integer', 'number'].includes(n.type as string) || 'enum' in n || 'const' in n || 'pattern' in n;

// yaml-language-server shows a node's errorMessage (patternErrorMessage for a pattern) instead of
// its English "Incorrect type", "Value is not accepted" or the raw regex; editor-schema.test.ts
// checks that it does.
describe('the schemas speak Italian in the editor', () => {
  it('every value has its own Italian error message, and every pattern says the shape in words', () => {
    const missing = nodes().filter(({ node }) => isValue(node) && (typeof node.errorMessage !== 'string' || ('pattern' in node && typeof node.patternErrorMessage !== 'string')));
    expect(missing.map((m) => m.where)).toEqual([]);
    for (const { node } of nodes()) {
      for (const text of [node.errorMessage, node.patternErrorMessage].filter((t) => typeof t === 'string') as string[]) {
        expect(text).toMatch(/^[A-Z][^]*\.$/);
        expect(text).not.toMatch(/\^|\$\/|\[a-z|Expected|must /);
      }
    }
  });

  it('every list says in Italian that a list is needed, and no mapping has a message of its own', () => {
    // On a list, errorMessage replaces only the English "Incorrect type. Expected "array"" (a
    // too short list keeps yaml-language-server's own words). On a mapping it would also replace
    // "Missing property" and "Property x is not allowed": one message for three mistakes.
    const lists = nodes().filter(({ node }) => node.type === 'array' && typeof node.errorMessage !== 'string');
    expect(lists.map((l) => l.where)).toEqual([]);
    const mappings = nodes().filter(({ node }) => (node.type === 'object' || 'properties' in node || 'required' in node) && 'errorMessage' in node);
    expect(mappings.map((m) => m.where)).toEqual([]);
  });

  it('every value of a list has its meaning, for the completion', () => {
    const bare = nodes().filter(({ node }) => Array.isArray(node.enum) && (node.markdownEnumDescriptions as unknown[] | undefined)?.length !== node.enum.length);
    expect(bare.map((b) => b.where)).toEqual([]);
  });
});
