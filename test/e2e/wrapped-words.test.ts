import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, registerWith, registro, remove, tempDir } from '../helpers.js';
import { convert, pdfPages } from './soffice.js';

// Row heights were counted as the text's length over the column's width. A text of words about
// half a line long (PEC addresses, norms, URLs) wraps one word per line, twice the lines that
// count gave: the row was printed too short, and the last addresses were cut off.
const addresses = Array.from({ length: 40 }, (_, i) => `pec${String(i + 1).padStart(2, '0')}.ufficio@pec.it.xx`);
const file = 'trattamenti/contributi-economici.yaml';
const record = readFileSync(join(EXAMPLE, file), 'utf8').replace(
  "descrizione: Verifica dell'ISEE e banca dati delle prestazioni sociali agevolate",
  `descrizione: "Indirizzi: ${addresses.join(' ')} Ultimo-indirizzo-della-nota"`,
);

describe('a cell of long words, one to a line', () => {
  const out = tempDir();
  const dir = registerWith({ [file]: record }, EXAMPLE);
  let printed = '';
  beforeAll(async () => {
    expect(record).toContain('pec40.ufficio');
    expect(registro(['export', dir, '-o', join(out, 'r.xlsx')]).status).toBe(0);
    await convert(join(out, 'r.xlsx'), 'pdf', out);
    printed = pdfPages(join(out, 'r.pdf')).join('\n');
  }, 300_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('is printed whole by LibreOffice: every address, and the word after them', () => {
    const found = new Set(printed.match(/pec\d\d\.ufficio@pec\.it\.xx/g));
    expect([...found].sort()).toEqual(addresses);
    expect(printed).toMatch(/Ultimo-indirizzo-della-nota|Ultimo-indirizzo-\s*della-nota/);
  });
});
