import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, registerWith, registro, remove, tempDir } from '../helpers.js';
import { CSV_EVERY_SHEET, convert } from './soffice.js';
import { displaySafe } from '../../src/text/display-safe.js';

// A value pasted from a web page or a chat carries characters nobody sees: a right-to-left
// override makes "\u202Eti.liam@ofni\u202C" look like "info@mail.it" in a notice, a zero-width
// space before "=" hides a formula from the check that keeps formulas out of a CSV cell.
// What registro publishes shows the text in the order the YAML holds it, and nothing hidden.
const RLO = '\u202E';
const PDF = '\u202C';
const ZWSP = '\u200B';
const HIDDEN = /[\u061C\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

const record = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8')
  .replace('denominazione: Refezione scolastica', `denominazione: "${ZWSP}=1+1 Refezione scolastica"`)
  .replace('Iscrizione alla mensa scolastica e riscossione delle tariffe', `Iscrizione alla mensa scolastica e riscossione delle tariffe; per le diete scrivi a ${RLO}ti.liam@ofni${PDF}\u2066 oggi\u2069`);

describe('hidden and reordering characters never reach what registro publishes', () => {
  const out = tempDir();
  let dir: string;
  beforeAll(async () => {
    dir = registerWith({ 'trattamenti/mensa.yaml': record });
    expect(readFileSync(join(dir, 'trattamenti/mensa.yaml'), 'utf8')).toContain(RLO);
    expect(registro(['informativa', dir, '--tutti', '-o', join(out, 'inf')]).status).toBe(0);
    expect(registro(['export', dir, '-o', join(out, 'r.xlsx')]).status).toBe(0);
    expect(registro(['export', dir, '-f', 'csv', '-o', join(out, 'r.csv')]).status).toBe(0);
    expect(registro(['sito', dir, '-o', join(out, 'sito')]).status).toBe(0);
    await convert(join(out, 'r.xlsx'), CSV_EVERY_SHEET, join(out, 'calc'));
  }, 300_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('the notice shows the address in the order the YAML holds it', () => {
    const html = readFileSync(join(out, 'inf/mensa.html'), 'utf8');
    expect(html).not.toMatch(HIDDEN);
    const text = execFileSync('pdftotext', [join(out, 'inf/mensa.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('per le diete scrivi a ti.liam@ofni oggi.');
    expect(text).not.toContain('info@mail.it');
    expect(readFileSync(join(out, 'sito/it/mensa.html'), 'utf8')).not.toMatch(HIDDEN);
  });

  it('a cell with a hidden character before "=" is text in the workbook and neutralised in the CSV', () => {
    // The byte order mark that opens the file is Excel's cue for UTF-8, not a value.
    const cells = readFileSync(join(out, 'r.csv'), 'utf8').replace(/^\uFEFF/, '');
    expect(cells).not.toMatch(HIDDEN);
    expect(cells).toContain(";'=1+1 Refezione scolastica;");
  });

  it('LibreOffice reads the workbook cell as the text, without the hidden character and not computed', () => {
    const sheet = readFileSync(join(out, 'calc/r-Registro del titolare.csv'), 'utf8');
    expect(sheet).toContain('=1+1 Refezione scolastica');
    expect(sheet).not.toMatch(/(^|,)2 Refezione/m);
    expect(sheet).not.toMatch(HIDDEN);
  });

  it('joiners and direction marks that scripts need are kept', () => {
    expect(displaySafe('👩\u200D💻 ‏שלום‎')).toBe('👩\u200D💻 ‏שלום‎');
    expect(displaySafe(`${RLO}abc${PDF}${ZWSP}`)).toBe('abc');
  });
});
