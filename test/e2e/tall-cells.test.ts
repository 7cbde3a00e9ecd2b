import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, registerWith, registro, remove, tempDir } from '../helpers.js';
import { convert, pdfPages } from './soffice.js';

// A row of a spreadsheet is at most 409 points high: about 35 lines of the register's 9-point
// text. A note listing the sixty school buildings of a comune, one per line, was printed up to
// the thirty-ninth and cut there, in LibreOffice as in Excel, with nothing to say so.
const schools = Array.from({ length: 60 }, (_, i) => `Plesso ${i + 1} di via Roma`);
const record = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8').replace('creato: 2020-01-01', `note: |\n${schools.map((s) => `  ${s}\n`).join('')}\n  Ultima riga delle note\ncreato: 2020-01-01`);

describe('a cell with more lines than a row can hold', () => {
  const out = tempDir();
  const dir = registerWith({ 'trattamenti/mensa.yaml': record });
  let printed = '';
  beforeAll(async () => {
    expect(registro(['export', dir, '-o', join(out, 'r.xlsx')]).status).toBe(0);
    await convert(join(out, 'r.xlsx'), 'pdf', out);
    printed = pdfPages(join(out, 'r.pdf')).join('\n');
  }, 300_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('is printed whole by LibreOffice: every line of the note, the last one included', () => {
    const found = new Set([...printed.matchAll(/Plesso (\d+) di via Roma/g)].map((m) => Number(m[1])));
    expect([...found].sort((a, b) => a - b)).toEqual(schools.map((_, i) => i + 1));
    expect(printed).toContain('Ultima riga delle note');
  });

  it('imported back unedited, is no edit', () => {
    const r = registro(['import', join(out, 'r.xlsx'), '-o', join(out, 'back')]);
    expect(r.stdout).toMatch(/; 0 con celle modificate in Excel: vedi /);
  });
});
