import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { EXAMPLE, ROOT, tempDir } from '../helpers.js';
import { validateRegister } from '../../src/validate/validate-register.js';
import { RULES } from '../../src/rules/index.js';
import { RECORD_SCOPED, SERVICE_SCOPED, isRecordFile, withOnlyRecord, withOnlyServices } from '../../src/rules/scope.js';
import type { Register } from '../../src/register/model.js';
import type { Rule } from '../../src/rules/types.js';
// @ts-expect-error: a plain script, without types
import { generateRegister } from '../../scripts/synthetic-register.mjs';

const TODAY = '2026-12-03';
const run = (rule: Rule, register: Register) =>
  [...rule.check({ register, today: TODAY })].map((f) => ({ file: f.file.path, line: `${f.file.displayPath}#${f.pointer}#${f.messageId}#${JSON.stringify(f.params)}#${f.severity ?? ''}` }));
const lines = (list: ReturnType<typeof run>, keep: (file: string) => boolean) => list.filter((f) => keep(f.file)).map((f) => f.line).sort();

const synthetic = join(tempDir(), 'sintetico');
generateRegister(synthetic, 60, 7, { findings: true });
const LAW = join(ROOT, 'test/fixtures/law');
const registers = [EXAMPLE, join(ROOT, 'registers/comune-con-difetti'), synthetic, ...readdirSync(LAW).map((d) => join(LAW, d))];

/** The language server re-runs a scoped rule on a part of the register: the part must say the same. */
describe('rule scopes: what an edit can change', () => {
  it('lists only rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const id of [...RECORD_SCOPED, ...SERVICE_SCOPED]) expect(ids.has(id), id).toBe(true);
  });

  it('record rules never read the git history: validate runs them batch by batch, without it', async () => {
    const { register } = await validateRegister(EXAMPLE, ROOT, TODAY, { rules: false });
    for (const rule of RULES.filter((r) => RECORD_SCOPED.has(r.id))) {
      const context = { register, today: TODAY, get history(): never { throw new Error(`${rule.id} reads the history`); } };
      expect(() => [...rule.check(context)], rule.id).not.toThrow();
    }
  });

  for (const root of registers) {
    it(`record and service rules give on their part what they give on the whole: ${root.slice(ROOT.length)}`, async () => {
      const { register } = await validateRegister(root, ROOT, TODAY, { rules: false });
      const records = register.files.filter(isRecordFile);
      const recordPaths = new Set(records.map((f) => f.path));
      for (const rule of RULES.filter((r) => RECORD_SCOPED.has(r.id))) {
        const full = run(rule, register);
        for (const file of records) {
          // Without the services too: a worker thread runs these rules on its records and the single files only.
          const alone = withOnlyServices(withOnlyRecord(register, file), []);
          expect(lines(run(rule, alone), (p) => p === file.path), `${rule.id} in ${file.displayPath}`).toEqual(lines(full, (p) => p === file.path));
        }
        expect(lines(run(rule, withOnlyRecord(register, undefined)), (p) => !recordPaths.has(p)), `${rule.id} outside records`).toEqual(lines(full, (p) => !recordPaths.has(p)));
      }
      for (const rule of RULES.filter((r) => SERVICE_SCOPED.has(r.id))) {
        const full = run(rule, register);
        const servicePaths = new Set(register.servizi.map((s) => s.file.path));
        expect(full.filter((f) => !servicePaths.has(f.file)), `${rule.id} outside services`).toEqual([]);
        for (const service of register.servizi) {
          expect(lines(run(rule, withOnlyServices(register, [service])), (p) => p === service.file.path), `${rule.id} in ${service.id}`).toEqual(lines(full, (p) => p === service.file.path));
        }
      }
    });
  }
});
