import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRegister } from '../../src/validate/validate-register.js';
import { localize } from '../../src/i18n/localize.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { MINIMAL, registerWith, registro, remove } from '../helpers.js';

const FILES = ['registro.yaml', 'soggetti.yaml', 'trattamenti/mensa.yaml', 'servizi/mensa.yaml'] as const;
const originals = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(MINIMAL, f))]));

let dir: string;
beforeAll(() => {
  dir = registerWith();
});
afterAll(() => remove(dir));

/** Characters that matter to YAML, to make mutations that reach the parser's corners. */
const yamlChars = fc.constantFrom(...':-[]{}&*!|>\'"#\n\t %@`,?~0123456789abcSINO\u00e0\u20ac\r'.split(''));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.array(yamlChars, { minLength: 1, maxLength: 6 }).map((a) => a.join('')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
);

type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'bytes'; at: number; bytes: Uint8Array };

function mutate(source: Buffer, mutations: Mutation[]): Buffer {
  let out = Buffer.from(source);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from(m.text), out.subarray(at)]);
    else if (m.kind === 'delete') out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)]);
    else out = Buffer.concat([out.subarray(0, at), Buffer.from(m.bytes), out.subarray(at)]);
  }
  return out;
}

/** Every diagnostic names a file of the register and a position inside that file's text. */
function assertInside(diagnostics: Diagnostic[], written: Record<string, Buffer>): void {
  for (const d of diagnostics) {
    const rel = d.file.slice(d.file.indexOf('registro/') + 'registro/'.length);
    const bytes = written[rel];
    if (!bytes) continue; // registro.yaml absent etc.
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    // Lines end at LF, or at a CR alone, as YAML and editors count them (CRLF keeps its CR at the end of the line).
    const lines = text.split(/\n|\r(?!\n)/);
    expect(d.range.start.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
    expect(d.range.start.line, JSON.stringify(d)).toBeLessThanOrEqual(lines.length);
    expect(d.range.start.column, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
    expect(d.range.start.column, JSON.stringify(d)).toBeLessThanOrEqual((lines[d.range.start.line - 1] ?? '').length + 1);
    expect(d.range.end.line).toBeGreaterThanOrEqual(d.range.start.line);
  }
}

describe('no input crashes the validator', () => {
  it('mutated YAML in any file: diagnostics only, each inside its file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 5 }), async (file, mutations) => {
        const written: Record<string, Buffer> = { ...originals };
        written[file] = mutate(originals[file]!, mutations);
        for (const f of FILES) writeFileSync(join(dir, f), written[f]!);
        const result = await validateRegister(dir, process.cwd(), '2026-01-15');
        assertInside(result.diagnostics, written);
        for (const d of localize(result.diagnostics, 'it')) expect(d.message).not.toMatch(/undefined|\[object/);
      }),
      { numRuns: 400 },
    );
  });

  it('arbitrary bytes as a record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const written: Record<string, Buffer> = { ...originals, 'trattamenti/mensa.yaml': Buffer.from(bytes) };
        for (const f of FILES) writeFileSync(join(dir, f), written[f]!);
        const result = await validateRegister(dir, process.cwd(), '2026-01-15');
        assertInside(result.diagnostics, written);
      }),
      { numRuns: 300 },
    );
  });

  it('the CLI exits with 0, 1 or 2 and never prints a stack trace', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom('stylish', 'json', 'sarif', 'junit'), (file, mutations, format) => {
        for (const f of FILES) writeFileSync(join(dir, f), f === file ? mutate(originals[f]!, mutations) : originals[f]!);
        const r = registro(['validate', dir, '--format', format]);
        expect([0, 1, 2]).toContain(r.status);
        // Exit 2 is a usage error only: an internal error is a defect, whatever the input.
        expect(r.stderr).not.toMatch(/\n\s+at |errore interno/);
        if (format !== 'stylish') expect(r.stdout.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });
});

describe('export and informativa on mutated registers never crash', () => {
  for (const [command, extra] of [
    ['export', ['-f', 'csv']],
    ['export', ['-f', 'xlsx']],
    ['informativa', ['--tutti', '--format', 'html']],
  ] as const) {
    it(`${command} ${extra.join(' ')}`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, mutations) => {
          for (const f of FILES) writeFileSync(join(dir, f), f === file ? mutate(originals[f]!, mutations) : originals[f]!);
          const out = join(dir, '..', 'out');
          const r = registro([command, dir, ...extra, '-o', command === 'export' ? join(out, 'registro.out') : out]);
          expect([0, 1, 2]).toContain(r.status);
          expect(r.stderr).not.toMatch(/\n\s+at |errore interno/);
        }),
        { numRuns: 12 },
      );
    });
  }
});

describe('the fast YAML path agrees with the full parser', () => {
  it('gives the same data as `yaml` (1.2 core) on every text it accepts', async () => {
    const { parseYaml, parseYamlDocument } = await import('../../src/register/parse-yaml.js');
    const scalar = fc.oneof(
      fc.constantFrom('yes', 'NO', 'SI', '~', 'null', 'True', '0123', '0x1F', '0o17', '1e3', '.inf', '-.Inf', '.NaN', '2019-05-24', '12:30', '+12', '-0', '1_000', '0.1.0', '"q"', "'s'", '', '+0x1F', '+0o17', '1e309', '+.5', '1'.repeat(20), '0x1FFFFFFFFFFFFFFF'),
      fc.string({ maxLength: 8 }),
      fc.integer().map(String),
      fc.double({ noNaN: true }).map(String),
    );
    const doc = fc.array(fc.tuple(fc.oneof(fc.constantFrom('a', 'b', 'c', 'lista', 'x y', '"q"', '? k', '[a]', '{b: 1}', '-', '~', 'null', 'true', '1', ''), fc.string({ maxLength: 4 })), scalar, fc.boolean()), { maxLength: 6 }).map((entries) =>
      entries.map(([k, v, inList]) => (inList ? `${k}:\n  - ${v}\n` : `${k}: ${v}\n`)).join(''),
    );
    fc.assert(
      fc.property(doc, (text) => {
        const fast = parseYaml(text);
        const full = parseYamlDocument(text);
        if (full.problems.some((p) => p.severity === 'error')) return; // reported by the full parser either way
        // Compared as JSON: -0 and 0 are the same number for a register (and print the same).
        expect(JSON.stringify(fast.data)).toBe(JSON.stringify(full.data));
      }),
      { numRuns: 3000 },
    );
  });
});
