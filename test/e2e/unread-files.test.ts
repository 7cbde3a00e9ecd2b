import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT, registerWith, registro, remove } from '../helpers.js';

/**
 * A file with errors is left out of the model, and its errors are reported at their place. The
 * rules must not read its absence as a fact: the example register, clean, with one file broken,
 * gives that file's errors and nothing else.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

const COMPANY = join(ROOT, 'test/fixtures/publish/ferramenta');

function findingsWith(rel: string, edit: (text: string) => string, from = EXAMPLE): Array<{ rule: string; at: string }> {
  const dir = registerWith({ [rel]: edit(readFileSync(join(from, rel), 'utf8')) }, from);
  dirs.push(dir);
  const run = registro(['validate', dir, '--format', 'json']);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as { diagnostics: Array<{ ruleId: string; file: string; line: number; column: number }> };
  return report.diagnostics.map((d) => ({ rule: d.ruleId, at: `${d.file.split('/').slice(-2).join('/')}:${d.line}:${d.column}` }));
}

describe('a file with errors brings no cascade of findings', () => {
  it('registro.yaml: the controller is not taken for a private one (no "permanente" warning, no 72-hour limit for the cameras of a comune)', () => {
    const found = findingsWith('registro.yaml', (t) => `${t}campo_inventato: 1\n`);
    expect(found).toEqual([{ rule: 'schema', at: expect.stringMatching(/registro\.yaml:\d+:1$/) }]);
  });

  it('soggetti.yaml: a party known by its id alone is not said to lack the DPF certification', () => {
    const found = findingsWith('soggetti.yaml', (t) => `${t}campo_inventato: 1\n`);
    expect(found).toEqual([{ rule: 'schema', at: expect.stringMatching(/soggetti\.yaml:\d+:1$/) }]);
  });

  it('soggetti.yaml that cannot be read as YAML: no finding about its parties either', () => {
    const found = findingsWith('soggetti.yaml', (t) => `${t}rotto: "non chiuso\n`);
    expect(found).toEqual([{ rule: 'yaml-syntax', at: expect.stringMatching(/soggetti\.yaml:\d+:\d+$/) }]);
  });

  it('the record that declares the transfer to a sub-processor abroad: the chain is not said to lack it', () => {
    const found = findingsWith('trattamenti/posta-elettronica.yaml', (t) => t.replace('paese: US', 'paese: USA'));
    expect(found).toEqual([{ rule: 'schema', at: expect.stringMatching(/posta-elettronica\.yaml:\d+:12$/) }]);
  });

  it('the activity that says whether providing the data is mandatory: its service is not said to lack it', () => {
    const found = findingsWith('trattamenti/clienti.yaml', (t) => `${t}campo_inventato: 1\n`, COMPANY);
    expect(found).toEqual([{ rule: 'schema', at: expect.stringMatching(/clienti\.yaml:\d+:1$/) }]);
  });
});
