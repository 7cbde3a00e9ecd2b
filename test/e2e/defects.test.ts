import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, registro } from '../helpers.js';
import { RULES } from '../../src/rules/index.js';

const DIR = join(ROOT, 'registers/comune-con-difetti');

describe('the register with defects', () => {
  const run = registro(['validate', '.', '--format', 'json'], { cwd: DIR });
  const found = (JSON.parse(run.stdout).diagnostics as Array<{ file: string; line: number; column: number; severity: string; ruleId: string }>).map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`,
  );

  it('gives exactly the findings listed in attesi.txt', () => {
    const expected = readFileSync(join(DIR, 'attesi.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(run.status).toBe(1);
    expect(found).toEqual(expected);
  });

  it('shows every rule firing', () => {
    const fired = new Set(found.map((l) => l.split(' ').pop()));
    expect(RULES.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});
