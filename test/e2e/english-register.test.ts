import { describe, expect, it } from 'vitest';
import { EXAMPLE, registro } from '../helpers.js';

/**
 * The English register reads as the English notices do: the records' own texts in the
 * translations of vocabolario.yaml (`traduzioni`), the rest as written.
 */
const csvOf = (args: string[]) => registro(['export', '.', '--lang', 'en', '-f', 'csv', '-o', '-', ...args], { cwd: EXAMPLE });

describe('registro export --lang en', () => {
  it('writes the translated purposes and names, and leaves untranslated texts as written', () => {
    const run = csvOf(['--colonne', 'id,denominazione,finalita,referente']);
    expect(run.status).toBe(0);
    // Rows end with CRLF, as Excel writes them; a line break inside a cell is LF.
    expect(run.stdout.split('\r\n').find((row) => row.startsWith('mensa-scolastica;'))).toBe(
      'mensa-scolastica;School meals and special diets;"Enrolment in school meals, recording of meals taken and collection of fees\nPreparing special diets for allergies, intolerances or religious reasons";Responsabile dei Servizi alla Persona',
    );
  });

  it('keeps --area in the words the register uses', () => {
    const run = csvOf(['--colonne', 'id,denominazione', '--area', 'Servizi Sociali']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\r\n').slice(1)).toEqual(['assistenza-domiciliare;Home care for older people and people with disabilities', 'contributi-economici;Financial support to people and families in hardship']);
  });
});
