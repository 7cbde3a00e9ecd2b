import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, registerWith, registro, remove, tempDir } from '../helpers.js';
import { CSV_EVERY_SHEET, convert, pdfPages } from './soffice.js';

// Long text is written as a YAML block ("orari: |" and the lines below). The block's value ends
// with a line break, which is syntax, not text: the notices printed it as a space before the
// punctuation that follows ("giovedì 15-17 )", "delle tariffe ;"), the workbook as a blank last
// line in the cell.
const record = readFileSync(join(EXAMPLE, 'trattamenti/mensa-scolastica.yaml'), 'utf8')
  .replace('  - descrizione: Iscrizione alla mensa scolastica, rilevazione dei pasti e riscossione delle tariffe', '  - descrizione: |\n      Iscrizione alla mensa scolastica,\n      rilevazione dei pasti e riscossione delle tariffe')
  .replace('creato: 2019-05-24', 'note: |\n  Prima riga delle note\n  Seconda riga delle note\ncreato: 2019-05-24');
const service = readFileSync(join(EXAMPLE, 'servizi/mensa-scolastica.yaml'), 'utf8').replace('  orari: lunedì, mercoledì e venerdì, 9-12; giovedì 15-17', '  orari: |\n    lunedì, mercoledì e venerdì, 9-12;\n    giovedì 15-17');

describe('values written as YAML blocks', () => {
  const out = tempDir();
  const dir = registerWith({ 'trattamenti/mensa-scolastica.yaml': record, 'servizi/mensa-scolastica.yaml': service }, EXAMPLE);
  let notice = '';
  beforeAll(async () => {
    expect(registro(['informativa', dir, '--servizio', 'mensa-scolastica', '-o', join(out, 'inf'), '-f', 'pdf']).status).toBe(0);
    notice = pdfPages(join(out, 'inf/mensa-scolastica.pdf')).join('\n').replace(/\s+/g, ' ');
    expect(registro(['export', dir, '-o', join(out, 'r.xlsx')]).status).toBe(0);
    await convert(join(out, 'r.xlsx'), CSV_EVERY_SHEET, join(out, 'calc'));
  }, 300_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('read in the notice as the sentence, with no space before the punctuation', () => {
    expect(notice).toContain('(lunedì, mercoledì e venerdì, 9-12; giovedì 15-17)');
    expect(notice).toContain('Orari: lunedì, mercoledì e venerdì, 9-12; giovedì 15-17.');
    expect(notice).toContain('rilevazione dei pasti e riscossione delle tariffe; preparazione di diete speciali');
    expect(notice).not.toMatch(/ [;:,)]/);
  });

  it('end where their text ends in the cell LibreOffice shows', () => {
    const sheet = readFileSync(join(out, 'calc/r-Registro del titolare.csv'), 'utf8');

    expect(sheet).toContain(',"Prima riga delle note\nSeconda riga delle note"\n');
    expect(sheet).toContain('"Iscrizione alla mensa scolastica,\nrilevazione dei pasti e riscossione delle tariffe\nPreparazione di diete speciali');
  });
});
