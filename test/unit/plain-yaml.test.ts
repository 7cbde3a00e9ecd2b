import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readPlainYaml } from '../../src/register/plain-yaml.js';
import { parseYamlDocument } from '../../src/register/parse-yaml.js';
import { EXAMPLE, remove, tempDir } from '../helpers.js';
// @ts-expect-error: a plain script, without types
import { generateRegister } from '../../scripts/synthetic-register.mjs';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** What js-yaml reads (the parser the plain reader stands in for), or undefined when it refuses the text. */
function jsYaml(text: string): unknown {
  try {
    return jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
  } catch (error) {
    if (error instanceof jsyaml.YAMLException) return undefined;
    throw error;
  }
}

/** A text the reader takes gives js-yaml's data, and `yaml`'s (1.2 core) too. */
function agrees(text: string): 'read' | 'refused' {
  const plain = readPlainYaml(text);
  if (!plain) return 'refused';
  const expected = jsYaml(text);
  expect(expected, `js-yaml refuses what the plain reader took:\n${text}`).toBeDefined();
  expect(plain.data, text).toStrictEqual(expected);
  const full = parseYamlDocument(text);
  expect(full.problems.filter((p) => p.severity === 'error'), text).toEqual([]);
  expect(JSON.stringify(plain.data), text).toBe(JSON.stringify(full.data));
  return 'read';
}

let synthetic: string;
beforeAll(() => {
  synthetic = tempDir('registro-plain-');
  generateRegister(synthetic, 60, 7);
});
afterAll(() => remove(synthetic));

describe('the plain YAML reader', () => {
  it('reads every file of the example and of a generated register, as js-yaml and `yaml` do', () => {
    for (const file of [...yamlFiles(EXAMPLE), ...yamlFiles(synthetic)]) expect(agrees(readFileSync(file, 'utf8')), file).toBe('read');
  });

  it('agrees with js-yaml on every register and fixture file it takes', () => {
    const results = [...yamlFiles('registers'), ...yamlFiles('test/fixtures')].map((file) => agrees(readFileSync(file, 'utf8')));
    expect(results.filter((r) => r === 'read').length).toBeGreaterThan(50);
  });

  it('reads the forms registers are written in', () => {
    const cases: [string, unknown][] = [
      ['a: 1\nb: true\nc: ~\nd: 6.1.e\ne: 2019-05-24\nf: SI\n', { a: 1, b: true, c: null, d: '6.1.e', e: '2019-05-24', f: 'SI' }],
      ["a: 'l''ente'\nb: \"x: y # z\"\nc: dell'ente # nota\n", { a: "l'ente", b: 'x: y # z', c: "dell'ente" }],
      ['a: [x, "y z", 3]\nb: []\nc: {}\nd: { e: 1, f: "g" }\n', { a: ['x', 'y z', 3], b: [], c: {}, d: { e: 1, f: 'g' } }],
      ['a:\n- x\n- y\nb:\n  - c: 1\n    d: 2\n  -\n    e: 3\n', { a: ['x', 'y'], b: [{ c: 1, d: 2 }, { e: 3 }] }],
      ['# testa\na: # nota\n  # dentro\n  b: 1\n\nc:\n', { a: { b: 1 }, c: null }],
      ['a: |\n  uno\n\n    due\nb: |-\n  tre\nc: >\n  quattro\n  cinque\n\n  sei\n', { a: 'uno\n\n  due\n', b: 'tre', c: 'quattro cinque\nsei\n' }],
      ['- a: |\n    x\n', undefined],
      // Both parsers read these as text.
      ['a: 1_000\nb: 6.1.e\nc: 12:30\n', { a: '1_000', b: '6.1.e', c: '12:30' }],
    ];
    for (const [text, data] of cases) {
      if (data === undefined) expect(readPlainYaml(text), text).toBeUndefined();
      else expect(readPlainYaml(text)?.data, text).toStrictEqual(data);
      agrees(text);
    }
  });

  it('leaves every other form to js-yaml and `yaml`', () => {
    const texts = [
      '',
      '# solo commenti\n',
      '- a\n',
      'testo\n',
      'a: b\n  c\n',
      'a: b: c\n',
      'a: 1\na: 2\n',
      '"a": 1\n',
      'a b: 1\n',
      '1: a\n',
      'true: a\n',
      '__proto__: a\n',
      'a:\tb\n',
      'a: b\r\n',
      '\uFEFFa: b\n',
      'a: "x\\ny"\n',
      'a: "x\n  y"\n',
      'a: [x, [y]]\n',
      'a: [x,\n  y]\n',
      'a: [x, ]\n',
      'a: {b: [1]}\n',
      'a: |+\n  x\n',
      'a: |2\n  x\n',
      'a: |\n\n  x\n',
      'a: |\n  x',
      'a: >\n  x\n   y\n',
      'a: -1\n',
      'a: x\n---\nb: y\n',
      'a: \u0007\n',
      // Scalars js-yaml and `yaml` read apart, or that only one of them takes for a number.
      'a: +0x1F\n',
      'a: [+0o17]\n',
      'a: 1e309\n',
      'a: { b: 1e309 }\n',
      'a: +.5\n',
      'a: 0b1\n',
      'a: 012\n',
      'a: .inf\n',
      `a: ${'9'.repeat(400)}\n`,
      // `yaml` refuses a key over 1024 characters.
      `${'k'.repeat(1025)}: 1\n`,
      `x:\n- ${'k'.repeat(1025)}: 1\n`,
    ];
    for (const text of texts) expect(readPlainYaml(text), JSON.stringify(text)).toBeUndefined();
    expect(readPlainYaml(`${'k'.repeat(1024)}: 1\n`)?.data).toStrictEqual({ ['k'.repeat(1024)]: 1 });
  });

  it('gives up on nesting deeper than a register has, without spending the stack', () => {
    const deep = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:\n`).join('');
    const deepList = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * i)}- k:\n`).join('');
    expect(readPlainYaml(deep)).toBeUndefined();
    expect(readPlainYaml(`k:\n${deepList}`)).toBeUndefined();
  });

  it('never reads a mutated file otherwise than js-yaml and `yaml`', () => {
    const sources = [join(EXAMPLE, 'trattamenti/mensa-scolastica.yaml'), join(EXAMPLE, 'servizi/mensa-scolastica.yaml'), join(EXAMPLE, 'soggetti.yaml')].map((f) => readFileSync(f, 'utf8'));
    const chars = fc.constantFrom(...':-[]{}#|>\'"\n ,~0123456789abTN.\\'.split(''), '  ', '- ', ': ', ' #', '\n  ', '\n- ', '|-', '{}', '[]', "''");
    const edit = fc.record({ at: fc.nat(), cut: fc.integer({ min: 0, max: 6 }), insert: fc.array(chars, { maxLength: 4 }).map((a) => a.join('')) });
    let read = 0;
    fc.assert(
      fc.property(fc.nat(sources.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        let text = sources[which]!;
        for (const { at, cut, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        if (agrees(text) === 'read') read++;
      }),
      { numRuns: 4000 },
    );
    // The mutations must reach the reader's own paths, not only its refusals.
    expect(read).toBeGreaterThan(1000);
  });
});
