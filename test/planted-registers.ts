import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRegister } from '../src/validate/validate-register.js';
import { ROOT, registerWith, remove } from './helpers.js';

/** A defect planted in a correct register under test/fixtures/law: one text replaced, what it must raise. */
export interface Defect {
  file: string;
  from: string;
  to: string;
  /** `file:line:col severity rule` expected in the register with every defect planted. */
  expect: string[];
}

const dirs: string[] = [];

async function diagnosticsOf(dir: string): Promise<string[]> {
  const { diagnostics } = await validateRegister(dir, dir, '2026-12-03');
  return diagnostics.filter((d) => !d.suppressed).map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.ruleId}`).sort();
}

/**
 * Two tests per register of test/fixtures/law: the correct version gives no finding at all; with
 * its defects planted, each is reported by the right rule at its place, and nothing else is.
 */
export function testPlantedRegisters(title: string, registers: Record<string, Defect[]>): void {
  afterAll(() => dirs.splice(0).forEach(remove));
  describe(title, () => {
    for (const [name, defects] of Object.entries(registers)) {
      const source = join(ROOT, 'test/fixtures/law', name);
      it(`${name}: the correct register gives no finding`, async () => {
        expect(await diagnosticsOf(source)).toEqual([]);
      });
      it(`${name}: every planted defect is reported by the right rule, and nothing else`, async () => {
        const files: Record<string, string> = {};
        for (const d of defects) {
          const text = files[d.file] ?? readFileSync(join(source, d.file), 'utf8');
          if (!text.includes(d.from)) throw new Error(`${name}/${d.file} has no "${d.from}"`);
          files[d.file] = text.replace(d.from, d.to);
        }
        const dir = registerWith(files, source);
        dirs.push(dir);
        expect(await diagnosticsOf(dir)).toEqual(defects.flatMap((d) => d.expect).sort());
      });
    }
  });
}
