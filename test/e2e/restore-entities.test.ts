import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MINIMAL, registerWith, registro, remove, tempDir } from '../helpers.js';

// Text copied from a web page keeps its entities as letters ("R&amp;S", "&lt;ufficio&gt;"), and
// text pasted from Word its hidden and control characters. Exported and imported back unedited,
// the register must come back as it was, with no cell reported as edited in Excel.
const record = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8')
  .replace('denominazione: Refezione scolastica', 'denominazione: "Refezione scolastica &amp; diete (&lt;ufficio&gt;) &egrave;"\nreferente: "Responsabile\\u200B dei Servizi\\valla Persona"')
  .replace('Iscrizione alla mensa scolastica e riscossione delle tariffe', 'Iscrizione alla mensa &quot;Il Girasole&quot; e riscossione delle tariffe');

describe('export then import, unedited, with entities and pasted characters in the values', () => {
  const out = tempDir();
  const dir = registerWith({ 'trattamenti/mensa.yaml': record });
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('gives back every value as written, and reports no cell as edited', () => {
    expect(registro(['export', dir, '-o', join(out, 'r.xlsx')]).status).toBe(0);
    const r = registro(['import', join(out, 'r.xlsx'), '-o', join(out, 'back')]);
    expect(r.stdout).toMatch(/^1 trattamento ripristinato in .*; 0 con celle modificate in Excel: vedi /);
    const back = parse(readFileSync(join(out, 'back/trattamenti/mensa.yaml'), 'utf8'));
    const original = parse(record);
    expect(back.denominazione).toBe('Refezione scolastica &amp; diete (&lt;ufficio&gt;) &egrave;');
    expect(back.finalita[0].descrizione).toBe('Iscrizione alla mensa &quot;Il Girasole&quot; e riscossione delle tariffe');
    expect(back.referente).toBe('Responsabile\u200B dei Servizi\u000Balla Persona');
    expect(back).toEqual(original);
  });
});
