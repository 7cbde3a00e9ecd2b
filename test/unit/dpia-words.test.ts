import { describe, expect, it } from 'vitest';
import { message } from '../../src/i18n/localize.js';

/**
 * dpia-required and dpia-screening pass ids (art. 35(3) letters, Garante list items, WP248
 * criteria); the catalog names them from src/law/data and cites them in each language's style.
 */
describe('DPIA cases and criteria, named from their ids', () => {
  const cases = { art35: 'b,c', garante: '3' };

  it('Italian: a colon-led list, each letter cited "lett. b)" and never inside a parenthesis', () => {
    expect(message('it', 'rule.dpiaRequired', cases)).toBe(
      "serve una valutazione d'impatto e la scheda non ne richiama una: indica dpia.necessaria: true e il riferimento. Casi che la richiedono: " +
        'art. 35, par. 3, lett. b), trattamento su larga scala di dati particolari o giudiziari; ' +
        'art. 35, par. 3, lett. c), sorveglianza sistematica su larga scala di una zona accessibile al pubblico; ' +
        'elenco del Garante, n. 3, osservazione, monitoraggio o controllo sistematico degli interessati',
    );
  });

  it('English: "Art. 35(3)(b)", the Garante\'s list by item', () => {
    expect(message('en', 'rule.dpiaRequired', cases)).toBe(
      'a DPIA is required and the record references none: set dpia.necessaria: true and its reference. Cases that require it: ' +
        'Art. 35(3)(b), large-scale processing of special or criminal data; ' +
        'Art. 35(3)(c), large-scale systematic monitoring of a publicly accessible area; ' +
        "the Garante's list, no. 3, systematic observation, monitoring or control of data subjects",
    );
  });

  it('a Garante item alone', () => {
    expect(message('it', 'rule.dpiaRequired', { art35: '', garante: '5' })).toBe(
      "serve una valutazione d'impatto e la scheda non ne richiama una: indica dpia.necessaria: true e il riferimento. Casi che la richiedono: " +
        'elenco del Garante, n. 5, controllo a distanza dei lavoratori (videosorveglianza, geolocalizzazione)',
    );
  });

  it('WP248 criteria in the order of the guidelines, whatever the order of the ids', () => {
    const criteria = { criteria: 'vulnerabili,larga-scala,valutazione', count: 3 };
    expect(message('it', 'rule.dpiaScreening', criteria)).toBe(
      "3 criteri WP248 ricorrono nella scheda: fai la valutazione d'impatto o motiva l'esclusione in dpia.motivazione. " +
        'Criteri: n. 1, valutazione o assegnazione di un punteggio, compresa la profilazione; n. 5, trattamento su larga scala; n. 7, dati relativi a interessati vulnerabili',
    );
    expect(message('en', 'rule.dpiaScreening', criteria)).toBe(
      '3 WP248 criteria apply to the record: carry out a DPIA or give the reasons for not doing so in dpia.motivazione. ' +
        'Criteria: no. 1, evaluation or scoring, including profiling; no. 5, large-scale processing; no. 7, data concerning vulnerable data subjects',
    );
  });
});
