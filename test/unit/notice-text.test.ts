import { describe, expect, it } from 'vitest';
import { agreeingDuration } from '../../src/text/duration-agreement.js';
import { lowerFirst } from '../../src/informativa/model-purposes.js';

describe('a duration agrees with its number', () => {
  it('singular for one, plural otherwise, the rest as typed', () => {
    expect(agreeingDuration('1 anni')).toBe('1 anno');
    expect(agreeingDuration('un mesi')).toBe('un mese');
    expect(agreeingDuration('5 anno')).toBe('5 anni');
    expect(agreeingDuration('1 anno e 6 mese')).toBe('1 anno e 6 mesi');
    expect(agreeingDuration('72 ore')).toBe('72 ore');
    expect(agreeingDuration('1 Anni')).toBe('1 Anno');
    expect(agreeingDuration('10 anni dalla chiusura')).toBe('10 anni dalla chiusura');
    expect(agreeingDuration('art. 1 anni')).toBe('art. 1 anno');
    expect(agreeingDuration('permanente')).toBe('permanente');
  });
});

describe('a sentence continued after a colon', () => {
  it('lower case for a common word, the capital kept for an acronym or an organisation', () => {
    expect(lowerFirst('Verifica dell\'ISEE')).toBe("verifica dell'ISEE");
    expect(lowerFirst('INPS')).toBe('INPS');
    expect(lowerFirst("Ministero dell'istruzione e del merito")).toBe("Ministero dell'istruzione e del merito");
    expect(lowerFirst('Agenzia delle entrate')).toBe('Agenzia delle entrate');
    expect(lowerFirst('Regione Lazio, flussi sanitari')).toBe('Regione Lazio, flussi sanitari');
  });
});
