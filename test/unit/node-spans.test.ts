import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml, parseYamlDocument } from '../../src/register/parse-yaml.js';
import { spanEntries } from '../../src/register/span-entries.js';
import { entriesOfDocument } from '../../src/register/positions.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/**
 * The entries read from the spans answer every pointer as the full `yaml` index does: the same
 * ranges for each entry it has, nothing for pointers it lacks (a missing key, an index past the
 * end or written "01", an escape that names no key).
 */
function compare(text: string, mustFollow = true): 'fast' | 'full' {
  const fast = parseYaml(text);
  if (!fast.spans) return 'full';
  const fromSpans = spanEntries(fast.spans, text, fast.data);
  // A form the reader does not follow falls back to the full parser: allowed, but not for real files.
  if (!mustFollow && !fromSpans) return 'full';
  expect(fromSpans, 'the span reader follows this file').toBeDefined();
  const full = entriesOfDocument(parseYamlDocument(text).doc);
  const answered = Object.fromEntries([...full.keys()].map((pointer) => [pointer, fromSpans!.get(pointer)]));
  expect(answered).toEqual(Object.fromEntries(full));
  for (const pointer of full.keys()) expect(fromSpans!.has(pointer), pointer).toBe(true);
  const absent = [...full.keys()].flatMap((p) => [`${p}/nessuna`, `${p}/999`, `${p}/01`, `${p}/~2`, `${p}x`]).filter((p) => !full.has(p));
  for (const pointer of [...absent, 'senza-barra']) {
    expect(fromSpans!.get(pointer), pointer).toBeUndefined();
    expect(fromSpans!.has(pointer), pointer).toBe(false);
  }
  return 'fast';
}

/** Positions recorded by the fast parse are exactly those the full `yaml` parse gives. */
describe('positions from the same parse', () => {
  it('equal the `yaml` ranges on every register and fixture file', () => {
    const files = [...yamlFiles('registers'), ...yamlFiles('test/fixtures')];
    const paths = files.filter((f) => compare(readFileSync(f, 'utf8')) === 'fast');
    expect(paths.length).toBeGreaterThan(30);
  });

  it('equal the `yaml` ranges where the spans alone would point elsewhere: the reader refuses those forms', () => {
    const texts = [
      // Two keys this reader would read alike ("true" and "True", "1" and "0x1").
      'True: a\n"True": b\n',
      '"True": b\nTrue: a\n',
      '0x1: a\n"0x1": b\n',
      '1e1: a\n"1e1": b\n',
      'x:\n  1.0: [1]\n  "1.0": {a: 1}\n',
      '{True: s, \'True\': []}\n',
      // Block scalars that keep their trailing blank lines, or hold nothing.
      'a: |+\n  x\n\nb: 1\n',
      'a: >2+\n  x\n\nb: 1\n',
      'a: |\n\nb: 1\n',
      // Only comments, no final line break, a directive, document markers.
      '#\n',
      '\n\n',
      'b: y\n #',
      't ',
      '%YAML 1.2\n---\na: 1\n',
      '---\na: 1\n...\n',
      // A comment line that trails a collection, indented: `yaml` stretches the collection over it.
      'a: 1\n # c\n',
      'k:\n- a\n # c\nb: 1\n',
      'a:\n  b: x\n  # c\n',
      'a: x\n\n # c\n\n',
      'k:\n k:\n  a:\n   - e\n   #\n a: x\n',
      'a: [x]\n # c\n',
      'a: "x"\n # c\n',
    ];
    for (const text of texts) compare(text, false);
    expect(texts.map((text) => compare(text, false))).toEqual(texts.map(() => 'full'));
    // A comment that leads the next entry changes no range: those files keep the spans.
    expect(compare('a:\n  # nota\n  b: 1\n  # altra\n  c: [x]\nd: 2\n')).toBe('fast');
  });

  it('equal the `yaml` ranges on generated block and flow forms', () => {
    const scalar = fc.constantFrom('x', 'due parole', '"q: x"', "'s'", '12', 'SI', '2019-05-24', 'a # commento', '');
    const key = fc.constantFrom('a', 'b', 'lista', 'x y', '"q"', 'k-1', '"a/b"', "'t~1'", '"~"', 'True', '"True"', '1', '"1"');
    const value: fc.Arbitrary<string> = fc.oneof(
      scalar.map((s) => ` ${s}`),
      fc.array(scalar.filter((s) => s !== '' && !s.includes('#')), { maxLength: 3 }).map((items) => ` [${items.join(', ')}]`),
      fc.array(scalar, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `\n  - ${i}`).join('')),
      fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 }).map((pairs) => `\n  - ${pairs.map(([k, v], i) => `${i ? '    ' : ''}${k}: ${v}`).join('\n')}`),
      fc.constant(' |\n  riga uno\n  riga due\n'),
      fc.constant(' |+\n  riga\n\n'),
      fc.constant(' |\n\n'),
    );
    const doc = fc.array(fc.tuple(key, value, fc.boolean()), { maxLength: 6 }).map((pairs) =>
      pairs.map(([k, v, comment]) => `${comment ? '# nota\n' : ''}${k}:${v}\n`).join(''),
    );
    fc.assert(
      fc.property(doc, (text) => {
        if (parseYamlDocument(text).problems.length > 0) return;
        compare(text, false);
      }),
      { numRuns: 1500 },
    );
  });
});
