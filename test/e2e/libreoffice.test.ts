import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { EXAMPLE, registro, remove, tempDir } from '../helpers.js';
import { HAS_SOFFICE, convert, pdfPages } from './soffice.js';

// LibreOffice is what users open the workbook with: without it these tests fail, never skip.
if (!HAS_SOFFICE) throw new Error('LibreOffice is not installed: .ci/run installs it (apt-get install libreoffice-calc)');

/**
 * The exported workbook opened by the real client Italian public bodies use: LibreOffice Calc,
 * printed to PDF and saved as .ods. In CI these tests run, and fail when LibreOffice is missing.
 */
const work = tempDir('registro-lo-');
afterAll(() => remove(work));

const unzip = (file: string, entry: string) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 1 << 26 });
const words = (text: string) => text.split(/[\s-]+/).filter(Boolean);
const tally = (list: string[]) => list.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());

/** Every text cell of the visible sheets, as exceljs reads it back. */
async function visibleTexts(xlsx: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const texts: string[] = [];
  for (const sheet of wb.worksheets.filter((s) => s.state === 'visible')) {
    sheet.eachRow((row) => row.eachCell((c) => {
      if (typeof c.value === 'string' && !(c.isMerged && c.master !== c)) texts.push(c.value);
    }));
  }
  return texts;
}

describe('the exported workbook in LibreOffice Calc', () => {
  const xlsx = join(work, 'registro.xlsx');
  let pages: string[];
  let texts: string[];
  beforeAll(async () => {
    expect(registro(['export', EXAMPLE, '-o', xlsx]).status).toBe(0);
    await convert(xlsx, 'pdf', work);
    await convert(xlsx, 'ods', work);
    pages = pdfPages(join(work, 'registro.pdf'));
    texts = await visibleTexts(xlsx);
  }, 300_000);

  it('prints every multi-line value on its own lines: "Dipendenti" above "Familiari", never "DipendentiFamiliari"', () => {
    const text = pages.join('\n');
    expect(text).not.toContain('DipendentiFamiliari');
    const lines = text.split('\n');
    // On the page across that holds the data subjects' column.
    const i = lines.findIndex((l) => l.startsWith('personale ') && l.includes('Dipendenti'));
    const column = lines[i]!.indexOf('Dipendenti');
    expect(column).toBeGreaterThan(0);
    expect(lines[i + 1]!.indexOf('Familiari')).toBe(column);
    // No two lines of any cell run together.
    const glued = texts.flatMap((t) => t.split('\n').slice(1).map((line, k) => `${words(t.split('\n')[k]!).pop()}${words(line)[0]}`));
    for (const g of glued) expect(text).not.toContain(g);
  });

  it('clips nothing: every word of every cell and heading is in the printed text', () => {
    const printed = tally(words(pages.join('\n')));
    const missing = [...tally(texts.flatMap(words))].filter(([w, n]) => (printed.get(w) ?? 0) < n);
    expect(missing).toEqual([]);
  });

  it('prints the register over pages across, each with the two heading rows, the id and the name, and dates as dd/mm/yyyy', () => {
    // Each page's footer names its sheet.
    const register = pages.filter((p) => p.includes('Registro del titolare'));
    expect(register.length).toBeGreaterThanOrEqual(4);
    for (const page of register) {
      expect(page).toContain('Trattamento');
      expect(page).toMatch(/\bID\s+Trattamento\b/);
    }
    // The last record's id is on each of its pages across, one after the other.
    const across = register.flatMap((p, i) => (p.includes('videosorveglianza') ? [i] : []));
    expect(across.length).toBeGreaterThanOrEqual(2);
    expect(across).toEqual(across.map((_, k) => across[0]! + k));
    // The left pages hold the art. 30 items from the purposes, the right ones the rest to the notes.
    expect(register.filter((p) => p.includes('Finalità e basi giuridiche (art. 30.1.b)')).length).toBeGreaterThanOrEqual(1);
    expect(register.filter((p) => p.includes('Termini ultimi di cancellazione')).length).toBeGreaterThanOrEqual(1);
    expect(register.filter((p) => p.includes('Altre informazioni')).length).toBeGreaterThanOrEqual(1);
    expect(pages[0]).toMatch(/Registro istituito il\s+24\/05\/2018/);
    expect(pages[0]).toMatch(/Ultimo aggiornamento\s+02\/12\/2026/);
    expect(pages[0]).not.toContain('2018-05-24');
  });

  it('keeps the autofilter of each sheet and real dates in the .ods', () => {
    const content = unzip(join(work, 'registro.ods'), 'content.xml');
    const ranges = [...content.matchAll(/<table:database-range [^>]*>/g)].map((m) => m[0]);
    expect(ranges.find((r) => r.includes("&apos;Registro del titolare&apos;.A9:&apos;Registro del titolare&apos;.Y27"))).toContain('table:display-filter-buttons="true"');
    expect(ranges.some((r) => r.includes('Soggetti.A3:'))).toBe(true);
    expect(content).toMatch(/office:value-type="date" office:date-value="2018-05-24"/);
    // A record's dates too, not only the heading's.
    expect(content).toMatch(/office:value-type="date" office:date-value="2026-09-30"/);
  });

  it('export -> .ods -> import gives back the same records, none reported as edited', () => {
    const out = join(work, 'from-ods');
    const r = registro(['import', join(work, 'registro.ods'), '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^18 trattamenti ripristinati in .*; 0 con celle modificate in Excel: vedi /);
    for (const f of readdirSync(join(EXAMPLE, 'trattamenti'))) {
      expect(parse(readFileSync(join(out, 'trattamenti', f), 'utf8'))).toEqual(parse(readFileSync(join(EXAMPLE, 'trattamenti', f), 'utf8')));
    }
  });

  it('an English export of an area and a column set, edited, then saved as .ods, is matched by id', async () => {
    const subset = join(work, 'subset.xlsx');
    expect(registro(['export', EXAMPLE, '-o', subset, '--area', 'polizia', '--insieme', 'garante', '--lang', 'en']).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(subset);
    const sheet = wb.worksheets[0]!;
    // The garante set shows no id: the workbook carries it in a hidden column after the table.
    expect(sheet.getColumn(11).hidden).toBe(true);
    let row = 1;
    while (row < 100 && sheet.getCell(row, 11).value !== 'videosorveglianza') row++;
    sheet.getCell(row, 2).value = 'Sicurezza urbana e tutela del patrimonio comunale';
    const edited = join(work, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    await convert(edited, 'ods', work);
    const r = registro(['import', join(work, 'edited.ods'), '-o', join(work, 'edited')]);
    expect(r.stdout).toMatch(/^18 trattamenti ripristinati in .*; 1 con celle modificate in Excel: vedi /);
    const record = parse(readFileSync(join(work, 'edited/trattamenti/videosorveglianza.yaml'), 'utf8'));
    expect(record.importazione.originali).toEqual({ 'Purposes and legal bases of the processing (modificato in Excel)': 'Sicurezza urbana e tutela del patrimonio comunale' });
    expect(readFileSync(join(work, 'edited/importazione.md'), 'utf8')).not.toMatch(/aggiunte|eliminate|non si trova/);
  }, 180_000);
});
