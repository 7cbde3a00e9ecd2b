import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseYaml, parseYamlDocument } from '../../src/register/parse-yaml.js';
import { EXAMPLE, locations, registerWith, registro, remove } from '../helpers.js';

const hasError = (text: string, parse: typeof parseYaml) => parse(text).problems.some((p) => p.severity === 'error');

/**
 * js-yaml reads a quoted or flow value on with its next lines at any indentation; YAML 1.2
 * wants them indented past the block collection around the value, and `yaml` (and the editor)
 * refuses them. validate must refuse them too, never pass a file the editor marks red.
 */
describe('multi-line flow values under-indented', () => {
  const cases = [
    'k: "abc\ndef"\n', 'k: "abc\n def"\n', 'a:\n  k: "abc\n  def"\n', 'a:\n  k: "abc\n   def"\n', '- "abc\ndef"\n', '- "abc\n def"\n',
    'a:\n  - "abc\n  def"\n', 'a:\n  - "abc\n   def"\n', 'a:\n  k: [x,\n  y]\n', 'a:\n  k: [x,\n   y]\n', 'a:\n  k: [x #c\n]\n', "k: 'abc\ndef'\n",
    'k:\n- "abc\ndef"\n', 'k:\n- "abc\n def"\n', 'a:\n  - k: "abc\n    def"\n', 'a:\n  - k: "abc\n   def"\n', 'k: {a: 1,\nb: 2}\n', 'k: [\n]\n',
    'k:\n  [a,\n  b]\n', 'k:\n  "abc\n  def"\n', 'a:\n  k: "abc\n\n  def"\n', 'a:\n  k: "abc\n  "\n', 'a:\n  k: "abc\n  # x"\n', 'k: [a, # c\n  b]\n',
    'a:\n  k: abc\n   def\n', '- - "abc\n  def"\n', 'k: "abc\n\tdef"\n', '- k: "a\n  b"\n', 'k: [\n  a,\n]\n', 'a:\n  k: [\n    x,\n  ]\n',
    'a:\n  k: [\n    x,\n ]\n', 'k: {\n  a: 1\n}\n', 'k: [[\n  a\n]]\n', 'a:\n  - k: [\n      x\n    ]\n', 'a:\n  - k: [\n      x\n   ]\n', 'k: "a\n"\n',
    'conservazione:\n  - durata: "\n"misure": [a, b]\n',
  ];

  it('are refused exactly where `yaml` refuses them, with its data elsewhere', () => {
    for (const text of cases) {
      expect(hasError(text, parseYaml), JSON.stringify(text)).toBe(hasError(text, parseYamlDocument));
      if (!hasError(text, parseYamlDocument)) expect(parseYaml(text).data, JSON.stringify(text)).toEqual(parseYamlDocument(text).data);
    }
  });

  it('whatever the nesting and the indentation of the next line', () => {
    const container = fc.constantFrom('map', 'seq', 'seqmap');
    const value = fc.constantFrom(['"abc', 'def"'], ["'abc", "def'"], ['[a,', 'b]'], ['{a: 1,', 'b: 2}'], ['[', ']'], ['"a', '"'], ['abc', 'def']);
    const indent = fc.oneof(fc.integer({ min: 0, max: 9 }).map((n) => ' '.repeat(n)), fc.constantFrom('\t', ' \t', '  \t'));
    fc.assert(
      fc.property(fc.array(container, { maxLength: 3 }), value, indent, fc.boolean(), (chain, [open, close], next, after) => {
        let text = '';
        let column = 0;
        for (const [i, kind] of chain.entries()) {
          text += `${' '.repeat(column)}${kind === 'map' ? `k${i}:` : kind === 'seq' ? '-' : `- k${i}:`}\n`;
          column += kind === 'seqmap' ? 4 : 2;
        }
        text += `${' '.repeat(column)}v: ${open}\n${next}${close}\n${after ? 'z: 1\n' : ''}`;
        expect(hasError(text, parseYaml), JSON.stringify(text)).toBe(hasError(text, parseYamlDocument));
        if (!hasError(text, parseYamlDocument)) expect(JSON.stringify(parseYaml(text).data), JSON.stringify(text)).toBe(JSON.stringify(parseYamlDocument(text).data));
      }),
      { numRuns: 2000 },
    );
  });

  describe('in validate', () => {
    const record = readFileSync(join(EXAMPLE, 'trattamenti/anagrafe.yaml'), 'utf8');
    // A date range copied from a Word table, its second line at the key's own column.
    const broken = record.replace(/\n$/, '') + '\nnote: "dalla data della\nrichiesta"\n';
    const dir = registerWith({ 'trattamenti/anagrafe.yaml': broken }, EXAMPLE);
    afterAll(() => remove(dir));

    it('reports the syntax error where `yaml` places it', () => {
      const run = registro(['validate', dir]);
      expect(run.status).toBe(1);
      const note = broken.split('\n').length - 2;
      const found = locations(run.stdout, 'yaml-syntax').map((l) => l.slice(l.lastIndexOf('/') + 1));
      // `yaml` says the quote is not closed at the end of its line, and that the next line cannot
      // be a key: one mistake, the line that goes on with the text without being indented.
      expect(found).toEqual([`anagrafe.yaml:${note + 1}:1 yaml-syntax`]);
      expect(run.stdout).toContain('questa riga continua il testo tra virgolette di "note" della riga sopra, ma non è rientrata: aggiungi almeno due spazi all\'inizio della riga');
    });
  });
});
