import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, registerWith, registro, remove, tempDir } from '../helpers.js';
import { CSV_EVERY_SHEET, convert, csvRows, pdfPages, pdfWords } from './soffice.js';

// A school network's canteen serves 259 schools, listed in the note (17,500 characters). The
// tallest row shows about 11,000 characters at the widest column: the last 35 schools were
// hidden under the row on screen and on paper, and the export said nothing. Over 32,767
// characters (Excel's cell limit) the export stopped. Now the text goes on in the rows below,
// marked, the export names the cell, and import joins the rows back.
const schools = Array.from({ length: 259 }, (_, i) => `Scuola primaria statale «Plesso n. ${i + 1} di via Roma» di Vallechiara;`);
const note = `${schools.join(' ')} Ultima-scuola-dell-elenco.`;
const file = 'trattamenti/mensa-scolastica.yaml';
const record = readFileSync(join(EXAMPLE, file), 'utf8').replace('creato: 2019-05-24', `note: "${note}"\ncreato: 2019-05-24`);
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.each([
  ['it', 'mensa-scolastica (segue)', '[continua nella riga sotto]', '[segue dalla riga sopra]', /foglio "Registro del titolare", "mensa-scolastica", colonna "Note": 17\d{3} caratteri, .* il testo è scritto intero su [2-9] righe/],
  ['en', 'mensa-scolastica (continued)', '[continued in the row below]', '[continued from the row above]', /sheet "Controller register", "mensa-scolastica", column "Notes": 17\d{3} characters, .* the text is written whole over [2-9] rows/],
])('a note longer than a row can show (%s)', (lang, continuation, more, from, notice) => {
  const out = tempDir();
  const dir = registerWith({ [file]: record }, EXAMPLE);
  let stderr = '';
  let printed = '';
  let rows: string[][] = [];
  let idSizes: number[] = [];
  beforeAll(async () => {
    expect(record).toContain('Plesso n. 259');
    const r = registro(['export', dir, '--lang', lang, '-o', join(out, 'r.xlsx')]);
    expect(r.status).toBe(0);
    stderr = r.stderr;
    await convert(join(out, 'r.xlsx'), 'pdf', out);
    printed = flat(pdfPages(join(out, 'r.pdf')).join('\n'));
    idSizes = pdfWords(join(out, 'r.pdf')).flat().filter((w) => w.text === 'mensa-scolastica').map((w) => w.height);
    await convert(join(out, 'r.xlsx'), CSV_EVERY_SHEET, join(out, 'calc'));
    rows = csvRows(readFileSync(join(out, `calc/r-${lang === 'it' ? 'Registro del titolare' : 'Controller register'}.csv`), 'utf8'));
  }, 300_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('is said by the export, naming the sheet, the record and the column', () => {
    expect(stderr).toMatch(notice);
  });

  it('is printed whole by LibreOffice: every school and the last word', () => {
    for (let n = 1; n <= 259; n++) expect(printed, `school ${n}`).toContain(`Plesso n. ${n} di via Roma`);
    expect(printed).toMatch(/Ultima-scuola-\s?dell-\s?elenco\./);
  });

  // Its column was widened to 255 characters, and the whole register printed at half size (4 points).
  it('leaves the register printed at a readable size (at least 6 points)', () => {
    expect(idSizes.length).toBeGreaterThan(0);
    // A word's box is about 1.3 times its font size.
    for (const h of idSizes) expect(h / 1.3).toBeGreaterThanOrEqual(6);
  });

  it('goes on in the rows below, every part marked, the id saying so', () => {
    const first = rows.findIndex((r) => r[0] === 'mensa-scolastica');
    let last = first;
    while (rows[last + 1]?.[0] === continuation) last++;
    expect(last).toBeGreaterThan(first);
    const column = rows[first]!.findIndex((c) => c.includes('Plesso n. 1 di'));
    const parts = rows.slice(first, last + 1).map((r) => r[column]!);
    parts.forEach((part, k) => {
      expect(part.startsWith(`${from}\n`), `part ${k + 1}`).toBe(k > 0);
      expect(part.endsWith(`\n${more}`), `part ${k + 1}`).toBe(k < parts.length - 1);
    });
    const text = parts.map((p) => p.replace(`${from}\n`, '').replace(`\n${more}`, '')).join(' ');
    expect(flat(text)).toBe(note);
  });

  it('comes back from import as the same record, with no cell reported as edited nor row as added', () => {
    const back = join(out, 'back');
    const r = registro(['import', join(out, 'r.xlsx'), '-o', back]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/; 0 con celle modificate in Excel/);
    const report = readFileSync(join(back, 'importazione.md'), 'utf8');
    expect(report).not.toMatch(/aggiunt|modificat/i);
    expect(readFileSync(join(back, file), 'utf8')).toContain('Ultima-scuola-dell-elenco.');
  });

  it('comes back whole from the visible sheet alone, saved as csv: one record, its note joined, no marker', () => {
    const back = join(out, 'back-csv');
    const csv = join(out, `calc/r-${lang === 'it' ? 'Registro del titolare' : 'Controller register'}.csv`);
    const r = registro(['import', csv, '-o', back]);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(r.status).toBe(0);
    const records = readdirSync(join(back, 'trattamenti'));
    expect(records).toHaveLength(readdirSync(join(EXAMPLE, 'trattamenti')).length);
    const canteen = records.map((name) => readFileSync(join(back, 'trattamenti', name), 'utf8')).find((text) => text.includes('Plesso n. 1 di via Roma'))!;
    expect(flat(canteen)).toContain('Plesso n. 259 di via Roma');
    expect(canteen).not.toContain(more);
    expect(canteen).not.toContain(from);
  });
});
