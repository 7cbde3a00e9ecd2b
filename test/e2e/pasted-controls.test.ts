import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, registerWith, registro, remove, tempDir } from '../helpers.js';
import { CSV_EVERY_SHEET, convert, pdfPages } from './soffice.js';

// Text pasted from Word into the YAML carries its control characters raw: a manual line break
// (Shift+Enter) is a vertical tab, a table cell ends with a bell. The YAML parser keeps them.
// The workbook used to drop the vertical tab (XML cannot hold it), gluing the two words around
// it; the notices published the bell and the vertical tab as they were, inside the HTML.
const VT = '\u000B';
const BEL = '\u0007';
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const record = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8')
  .replace('denominazione: Refezione scolastica', `denominazione: Refezione scolastica\nreferente: Responsabile dei Servizi${VT}alla Persona`)
  .replace('Iscrizione alla mensa scolastica e riscossione delle tariffe', `Iscrizione alla mensa scolastica${VT}e riscossione delle tariffe${BEL}`);
const service = readFileSync(join(MINIMAL, 'servizi/mensa.yaml'), 'utf8').replace('  nome: Ufficio Scuola', `  nome: Ufficio Scuola\n  orari: lunedì 9-12${VT}giovedì 15-17${BEL}`);

describe('control characters pasted from a word processor', () => {
  const out = tempDir();
  let dir: string;
  beforeAll(async () => {
    dir = registerWith({ 'trattamenti/mensa.yaml': record, 'servizi/mensa.yaml': service });
    expect(readFileSync(join(dir, 'trattamenti/mensa.yaml'), 'utf8')).toContain(VT);
    expect(registro(['validate', dir]).status).toBe(0);
    expect(registro(['export', dir, '-o', join(out, 'r.xlsx')]).status).toBe(0);
    expect(registro(['informativa', dir, '--tutti', '-o', join(out, 'inf')]).status).toBe(0);
    expect(registro(['sito', dir, '-o', join(out, 'sito')]).status).toBe(0);
    await convert(join(out, 'r.xlsx'), CSV_EVERY_SHEET, join(out, 'calc'));
  }, 300_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('a vertical tab is a line break in the workbook LibreOffice reads, never two words glued together', () => {
    const sheet = readFileSync(join(out, 'calc/r-Registro del titolare.csv'), 'utf8');
    expect(sheet).toContain('"Responsabile dei Servizi\nalla Persona"');
    expect(sheet).not.toContain('Servizialla');
    expect(sheet).toContain('Iscrizione alla mensa scolastica\ne riscossione delle tariffe');
    expect(sheet).not.toMatch(CONTROL);
  });

  it('the notices and the site hold no control character, and the PDF reads as the words', () => {
    for (const file of ['inf/mensa.html', 'inf/mensa-breve.html', 'sito/it/mensa.html', 'sito/it/mensa-breve.html']) {
      expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(CONTROL);
    }
    const text = pdfPages(join(out, 'inf/mensa.pdf')).join('\n');
    expect(text).not.toMatch(CONTROL);
    expect(text.replace(/\s+/g, ' ')).toContain('Iscrizione alla mensa scolastica e riscossione delle tariffe.');
    expect(text.replace(/\s+/g, ' ')).toContain('lunedì 9-12 giovedì 15-17');
  });
});
