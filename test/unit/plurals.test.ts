import { describe, expect, it } from 'vitest';
import { it as italian } from '../../src/i18n/messages-it.js';
import { en as english } from '../../src/i18n/messages-en.js';
import { words } from '../../src/formatters/words.js';
import type { MessageParams } from '../../src/diagnostics/types.js';

/** Every parameter of a message is the number n: the worst case for agreement with a count. */
const allNumbers = (n: number) => new Proxy({}, { get: () => n }) as MessageParams;

/** Nouns (and a verb) that must agree with the number before them. */
const IT_PLURAL = /\b1 (errori|avvisi|registri|criteri|voci|caratteri|mesi|parole|trattamenti|schemi|argomenti|segnalazioni|file del registro hanno)\b/;
const IT_SINGULAR = /\b[02] (errore|avviso|criterio|voce|carattere|mese|parola|trattamento|argomento|segnalazione|file del registro ha)\b/;
const EN_PLURAL = /\b1 (errors|warnings|registers|criteria|items|characters|months|words|bytes|files|processing activities|register files have|WP248 criteria)\b/;
const EN_SINGULAR = /\b[02] (error|warning|register(?! files)|criterion|item|character|month|word|byte|file|register file has|WP248 criterion)\b/;

describe('every message with a count agrees with it', () => {
  for (const [lang, catalog, plural, singular] of [
    ['it', italian, IT_PLURAL, IT_SINGULAR],
    ['en', english, EN_PLURAL, EN_SINGULAR],
  ] as const) {
    it(`${lang}: 0, 1 and 2 in every parameter of every message`, () => {
      const wrong: string[] = [];
      for (const [id, render] of Object.entries(catalog)) {
        const one = render(allNumbers(1));
        if (plural.test(one)) wrong.push(`${id}: ${one}`);
        for (const n of [0, 2]) {
          const text = render(allNumbers(n));
          if (singular.test(text)) wrong.push(`${id}: ${text}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('the messages that print a count, word for word', () => {
    const say = (id: keyof typeof italian, n: number, lang: 'it' | 'en' = 'it') => (lang === 'it' ? italian : english)[id](allNumbers(n));
    expect(say('usage.exportBlocked', 1)).toMatch(/^1 file del registro ha errori di forma \(sopra\): correggilo o usa --force per esportare senza quel file$/);
    expect(say('usage.exportBlocked', 2)).toMatch(/^2 file del registro hanno errori di forma \(sopra\): correggili/);
    expect(say('usage.exportBlocked', 1, 'en')).toMatch(/^1 register file has shape errors \(above\): fix it or use --force to export without it$/);
    expect(say('status.strict', 1)).toBe('--strict: un errore aperto impedisce di scrivere i risultati; nulla è stato scritto');
    expect(say('status.strict', 2)).toBe('--strict: 2 errori aperti impediscono di scrivere i risultati; nulla è stato scritto');
    expect(say('status.open', 1)).toBe('il registro ha 1 errore aperto e 1 avviso (registro validate li elenca)');
    expect(say('status.open', 2, 'en')).toBe('the register has 2 open errors and 2 warnings (registro validate lists them)');
    // A count of zero is not said: what is open is.
    const open = (errors: number, warnings: number, lang: 'it' | 'en' = 'it') => (lang === 'it' ? italian : english)['status.open']({ errors, warnings });
    expect(open(0, 2)).toBe('il registro non ha errori aperti, ma ha 2 avvisi (registro validate li elenca)');
    expect(open(3, 0)).toBe('il registro ha 3 errori aperti (registro validate li elenca)');
    expect(open(0, 1, 'en')).toBe('the register has no open errors, but has 1 warning (registro validate lists them)');
    expect(open(1, 0, 'en')).toBe('the register has 1 open error (registro validate lists them)');
    expect(say('rule.dpiaScreening', 1)).toMatch(/^1 criterio WP248 ricorre nella scheda: .*\. Criterio: /);
    expect(say('rule.dpiaScreening', 2, 'en')).toMatch(/^2 WP248 criteria apply to the record: .*\. Criteria: /);
    expect(say('rule.stale', 1)).toContain('(oltre 1 mese)');
    expect(say('schema.maxLength', 1, 'en')).toBe('the text is longer than 1 character');
  });

  it('the summary under the diagnostics', () => {
    expect(words.it.summary(1, 0, 1, 1)).toBe('1 errore e 0 avvisi in 1 file di 1 registro');
    expect(words.it.summary(2, 1, 2, 2)).toBe('2 errori e 1 avviso in 2 file di 2 registri');
    expect(words.it.clean(0, 0)).toBe('nessun problema in 0 file di 0 registri');
    expect(words.it.suppressed(1)).toMatch(/^1 segnalazione taciuta/);
    expect(words.it.suppressed(2)).toMatch(/^2 segnalazioni taciute/);
    expect(words.en.summary(1, 1, 1, 1)).toBe('1 error and 1 warning in 1 file of 1 register');
    expect(words.en.summary(0, 2, 2, 2)).toBe('0 errors and 2 warnings in 2 files of 2 registers');
    expect(words.en.suppressed(1)).toMatch(/^1 finding silenced/);
  });
});
