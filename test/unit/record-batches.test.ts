import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, remove, tempDir } from '../helpers.js';
import { scanRegister } from '../../src/register/layout.js';
import { checkFile } from '../../src/validate/load-files.js';
import { diagnoseRegister, validateRegister } from '../../src/validate/validate-register.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
// @ts-expect-error: a plain script, without types
import { generateRegister } from '../../scripts/synthetic-register.mjs';

const TODAY = '2026-12-03';
const lines = (found: readonly Diagnostic[]) => found.map((d) => JSON.stringify(d)).sort();

/** validate runs the record rules batch by batch as it reads: the register as a whole must say the same. */
describe('record rules, batch by batch', () => {
  const dir = join(tempDir(), 'lotti');
  // 250 records: two full batches and a part, each record with a finding.
  generateRegister(dir, 250, 11, { findings: true });
  afterAll(() => remove(dir));

  it('give the findings, at the positions, of the rules run on the whole register', async () => {
    const batched = await validateRegister(dir, ROOT, TODAY, { history: true });
    const layout = scanRegister(dir, ROOT);
    const whole = diagnoseRegister(dir, layout.diagnostics, layout.files.map(checkFile), TODAY, { history: true });
    const recordFindings = batched.diagnostics.filter((d) => d.file.includes('/trattamenti/') && d.ruleId !== 'schema');
    expect(recordFindings.length).toBeGreaterThanOrEqual(250);
    expect(lines(batched.diagnostics)).toEqual(lines(whole.diagnostics));
  });
});
