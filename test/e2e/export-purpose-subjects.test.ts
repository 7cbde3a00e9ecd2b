import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, registro, remove, tempDir } from '../helpers.js';
import { CSV_EVERY_SHEET, convert, csvRows } from './soffice.js';

/**
 * A purpose that names its own data subjects (finalita[].interessati: the soft spam of Codice,
 * art. 130, c. 4, to customers only) keeps them in the workbook the Garante is shown, in the
 * language of the workbook, as LibreOffice reads it.
 */
const SHOP = join(ROOT, 'test/fixtures/law/ecommerce');

describe("a purpose's own data subjects in the workbook", () => {
  const out = tempDir();
  const rowOf = (lang: string, sheet: string, record: string) => {
    const rows = csvRows(readFileSync(join(out, `${lang}-${sheet}.csv`), 'utf8'));
    return rows.find((row) => row.includes(record))!;
  };
  beforeAll(async () => {
    expect(registro(['export', SHOP, '-o', join(out, 'it.xlsx')]).status).toBe(0);
    expect(registro(['export', SHOP, '--lang', 'en', '-o', join(out, 'en.xlsx')]).status).toBe(0);
    await convert(join(out, 'it.xlsx'), CSV_EVERY_SHEET, out);
    await convert(join(out, 'en.xlsx'), CSV_EVERY_SHEET, out);
  }, 300_000);
  afterAll(() => remove(out));

  it('Italian: the soft-spam purpose says it addresses the customers; the newsletter, for everyone in the record, says nothing', () => {
    const cells = rowOf('it', 'Registro del titolare', 'Newsletter, offerte ai clienti e pubblicità personalizzata').join('\n');
    expect(cells).toContain('Invio via email ai clienti di offerte su prodotti analoghi a quelli acquistati (interessati: Clienti)');
    expect(cells).toContain('Invio della newsletter con novità e promozioni a chi si è iscritto dal sito\n');
    expect(cells).not.toContain('iscritto dal sito (interessati');
  });

  it('English: the same purpose with its subjects in English', () => {
    const cells = rowOf('en', 'Controller register', 'Newsletter, offerte ai clienti e pubblicità personalizzata').join('\n');
    expect(cells).toContain('prodotti analoghi a quelli acquistati (data subjects: Customers)');
  });
});
