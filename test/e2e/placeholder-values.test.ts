import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRO, cleanup, detailedFindings, mensa } from '../rule-harness.js';
import { placeholderIn, placeholderInProse } from '../../src/text/placeholder.js';
import { registerWith, registro, remove } from '../helpers.js';

afterAll(cleanup);

const found = (value: string) => ({ at: expect.any(String), severity: 'error', messageId: 'rule.placeholder', params: { value } });

describe('placeholder: what registro itself reads is not a value to complete', () => {
  it('passes over the rule id and pointer of an exception, and judges its reason', async () => {
    const record = mensa([
      'aggiornato: 2026-06-01\n',
      'aggiornato: 2026-06-01\neccezioni:\n  - regola: placeholder\n    percorso: /denominazione\n    motivo: da completare con la delibera\n',
    ]);
    const at = await detailedFindings('placeholder', { 'trattamenti/mensa.yaml': record });
    expect(at).toEqual([{ ...found('da completare con la delibera'), at: 'trattamenti/mensa.yaml:23:13' }]);
  });

  it('passes over the rule ids that set severities in registro.yaml', async () => {
    const registro = `${REGISTRO}opzioni:\n  regole:\n    placeholder: warning\n    todo: off\n`;
    expect(await detailedFindings('placeholder', { 'registro.yaml': registro })).toEqual([]);
  });
});

describe('placeholder: the phrases match whatever white space stands between their words', () => {
  it('finds "DA COMPLETARE" and "da completare" written with a non-breaking space or several spaces', async () => {
    const record = mensa(
      ['  - durata: 5 anni\n', '  - durata: "DA\u00a0COMPLETARE"\n'],
      ['    fonte: Piano di conservazione\n', '    fonte: "Norma da  completare"\n'],
    );
    const at = await detailedFindings('placeholder', { 'trattamenti/mensa.yaml': record });
    expect(at).toEqual([
      { ...found('DA\u00a0COMPLETARE'), at: 'trattamenti/mensa.yaml:14:13' },
      { ...found('Norma da  completare'), at: 'trattamenti/mensa.yaml:16:12' },
    ]);
  });

  it('in values, in the samples init writes and in prose', () => {
    expect(placeholderIn('Da\u00a0completare')).toBe('Da\u00a0completare');
    expect(placeholderIn('lorem\u2002ipsum dolor')).toBe('lorem\u2002ipsum dolor');
    expect(placeholderIn('To  be\u00a0confirmed')).toBe('To  be\u00a0confirmed');
    expect(placeholderIn('Comune di\u00a0Esempio')).toBe('Comune di\u00a0Esempio');
    expect(placeholderInProse('Titolare: DA\u00a0COMPLETARE.')).toBe('DA COMPLETARE');
    // Words that only look alike stay silent.
    expect(placeholderIn('Dati completi')).toBeUndefined();
    expect(placeholderIn('Comune di Esempiola')).toBeUndefined();
  });
});

describe("placeholder: a spreadsheet's error left where a value should be", () => {
  it('is a value to complete, in the Italian and English spellings of Excel and in LibreOffice\'s', () => {
    for (const error of ['#N/D', '#N/A', '#VALORE!', '#VALUE!', '#RIF!', '#DIV/0!', '#NOME?', 'Err:502', ' #valore! ']) expect(placeholderIn(error), error).toBe(error.trim());
    // Words and numbers that only look alike are values.
    for (const value of ['Valore', 'Rif. 12/2024', 'Dati #1', 'Err:5', '#1']) expect(placeholderIn(value), value).toBeUndefined();
  });

  it('is reported where it stands in a record', async () => {
    const record = mensa(['  - durata: 5 anni\n', '  - durata: "#VALORE!"\n']);
    expect(await detailedFindings('placeholder', { 'trattamenti/mensa.yaml': record })).toEqual([expect.objectContaining(found('#VALORE!'))]);
  });
});

describe('placeholder: a value still to complete is reported once, not judged again by the rules that read its content', () => {
  it('a purpose, a retention duration, criterion and source "da definire" get only the placeholder error', () => {
    const record = mensa(
      ['  - descrizione: Iscrizione alla mensa scolastica e riscossione delle tariffe\n', '  - descrizione: da definire\n'],
      ["  - durata: 5 anni\n    decorrenza: dalla fine dell'anno scolastico\n    fonte: Piano di conservazione\n", '  - durata: Da definire\n    fonte: DA COMPLETARE\n  - criterio: TBD\n    fonte: da precisare\n'],
    );
    const dir = registerWith({ 'trattamenti/mensa.yaml': record });
    const run = registro(['validate', dir, '--format', 'json']);
    expect(run.status).toBe(1);
    const found = (JSON.parse(run.stdout) as { diagnostics: Array<{ line: number; column: number; ruleId: string }> }).diagnostics;
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId}`).sort()).toEqual(['14:13 placeholder', '15:12 placeholder', '16:15 placeholder', '17:12 placeholder', '3:18 placeholder']);
    remove(dir);
  });
});

describe('placeholder: the blanks of a paper form and the fields other tools leave unfilled', () => {
  const left = ['________', 'Responsabile: ____________', 'Ufficio ........', 'Ufficio . . . .', 'xx:xx - xx:xx', '${orari}', '[[orari]]', '%ORARI%', '$ORARI', 'lunedì $ORARIO_APERTURA'];
  it('is a value to complete', () => {
    for (const value of left) expect(placeholderIn(value), value).toBe(value);
    // Text that only looks alike: an "ecc...", percentages, an amount, an encoded URL, a footnote, a file name.
    for (const value of ['Certificati, attestati ecc...', 'Sconto del 10% e del 20%', 'US$ 100', 'https://www.comune.it/caff%C3%A8', 'Nota [1]', 'modulo_iscrizione.pdf', 'Dal lunedì al venerdì: 8.30-13']) expect(placeholderIn(value), value).toBeUndefined();
  });

  it('is reported at its line in a service, and stops its notice', () => {
    const service = 'denominazione: Mensa scolastica\ntrattamenti: [mensa]\nufficio:\n  nome: Ufficio Scuola\n  orari: "xx:xx - xx:xx"\n  contatti:\n    email: scuola@comune.prova.it\nconferimento:\n  natura: requisito-necessario\n  conseguenze: Senza i dati non è possibile iscrivere l\'alunno.\n';
    const dir = registerWith({ 'servizi/mensa.yaml': service });
    try {
      const run = registro(['validate', dir]);
      expect(run.stdout).toMatch(/servizi\/mensa\.yaml:5:10 {2}errore {2}valore da completare: «xx:xx - xx:xx»/);
      const notice = registro(['informativa', dir, '--tutti', '-f', 'html', '-o', `${dir}/out`]);
      expect(notice.status).toBe(1);
      expect(notice.stderr).toContain('informativa di "mensa" non generata');
    } finally {
      remove(dir);
    }
  });
});
