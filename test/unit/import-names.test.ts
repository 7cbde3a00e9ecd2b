import { describe, expect, it } from 'vitest';
import { nameOfPurpose } from '../../src/import/names.js';

describe('an activity without a name column is named by its purpose', () => {
  it("takes the purpose's first clause", () => {
    expect(nameOfPurpose('Gestione del personale dipendente: paghe, presenze, formazione')).toBe('Gestione del personale dipendente');
    expect(nameOfPurpose('Gestione clienti e fatturazione - Art. 6 par. 1 lett. b) GDPR')).toBe('Gestione clienti e fatturazione');
    expect(nameOfPurpose('Videosorveglianza del negozio.\nTutela del patrimonio')).toBe('Videosorveglianza del negozio');
    expect(nameOfPurpose('• Iscrizione ai corsi; rilascio degli attestati')).toBe('Iscrizione ai corsi');
  });

  it('keeps a citation whole ("art. 6") and cuts a long sentence at a word', () => {
    expect(nameOfPurpose('Adempimenti ex art. 6 del contratto')).toBe('Adempimenti ex art. 6 del contratto');
    const long = 'Gestione delle richieste di contributo economico presentate dalle famiglie residenti in condizione di disagio, con verifica';
    const name = nameOfPurpose(long);
    expect(name.length).toBeLessThanOrEqual(90);
    expect(long.startsWith(name)).toBe(true);
    expect(long[name.length]).toMatch(/[\s,]/);
  });

  it('gives nothing for an empty purpose, so the row is named by its line', () => {
    expect(nameOfPurpose('')).toBe('');
    expect(nameOfPurpose('  \n ')).toBe('');
  });
});
