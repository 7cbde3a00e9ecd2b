import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registro, remove, tempDir } from '../helpers.js';
// @ts-expect-error plain JS script shared with the benchmark
import { generateRegister } from '../../scripts/synthetic-register.mjs';

/** Large registers are checked by several threads: the result must not depend on it. */
describe('validate with worker threads', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tempDir(), 'grande');
    generateRegister(dir, 1600, 7);
    // Findings in files that fall in both halves, so positions are recomputed in the main thread.
    appendFileSync(join(dir, 'trattamenti/trattamento-00010.yaml'), 'larga_scala: SI\n');
    appendFileSync(join(dir, 'trattamenti/trattamento-00390.yaml'), 'finalità: []\n');
    writeFileSync(join(dir, 'trattamenti/trattamento-00395.yaml'), 'denominazione: X\ncreato: 2020-01-01\naggiornato: 2020-01-01\ndati: [salut]\n');
    // And in the records a worker checks, where it also runs the record rules.
    writeFileSync(join(dir, 'trattamenti/trattamento-01205.yaml'), 'denominazione: Y\ncreato: 2020-01-01\naggiornato: 2020-01-01\ninteressati: [cittadini]\ndati: [contato]\n');
  });
  afterAll(() => remove(dir));

  it('gives the same diagnostics, at the same positions, with one thread or two', () => {
    const one = registro(['validate', dir, '--format', 'json'], { env: { REGISTRO_THREADS: '1' } });
    const two = registro(['validate', dir, '--format', 'json'], { env: { REGISTRO_THREADS: '2' } });
    expect(one.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const found = JSON.parse(two.stdout)
      .diagnostics.filter((d: { ruleId: string }) => ['schema', 'vocabulary-term'].includes(d.ruleId))
      .map((d: { file: string; line: number; column: number; ruleId: string }) => `${d.file.split('/').pop()}:${d.line}:${d.column} ${d.ruleId}`);
    expect(found).toEqual([
      'trattamento-00010.yaml:27:14 schema',
      'trattamento-00390.yaml:27:1 schema',
      'trattamento-00395.yaml:4:8 vocabulary-term',
      'trattamento-01205.yaml:5:8 vocabulary-term',
    ]);
    const stale = JSON.parse(two.stdout).diagnostics.filter((d: { ruleId: string; file: string }) => d.ruleId === 'stale').map((d: { file: string }) => d.file.split('/').pop());
    expect(stale).toEqual(['trattamento-00395.yaml', 'trattamento-01205.yaml']);
  });
});
