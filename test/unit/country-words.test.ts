import { describe, expect, it } from 'vitest';
import { englishCountry, italianCountry } from '../../src/i18n/countries.js';
import { message } from '../../src/i18n/localize.js';
import paesi from '../../src/law/data/paesi.json' with { type: 'json' };

describe('country names in sentences', () => {
  it('every named country has its Italian article and preposition', () => {
    expect(Object.keys(paesi.forme).sort()).toEqual(Object.keys(paesi.nomi).sort());
  });

  it('Italian: article, "di" and "in" forms, plural for the verb', () => {
    expect(italianCountry('US')).toEqual({ the: 'gli Stati Uniti', of: 'degli Stati Uniti', in: 'negli Stati Uniti', plural: true });
    expect(italianCountry('IN')).toEqual({ the: "l'India", of: "dell'India", in: 'in India', plural: false });
    expect(italianCountry('IL')).toEqual({ the: 'Israele', of: 'di Israele', in: 'in Israele', plural: false });
    expect(italianCountry('MT').in).toBe('a Malta');
    expect(italianCountry('IM').in).toBe("nell'Isola di Man");
    expect(italianCountry('GB').of).toBe('del Regno Unito');
    // A valid code paesi.json does not list is still named in Italian.
    expect(italianCountry('FJ').in).toBe('in Figi');
  });

  it('English: "the" where the name takes it', () => {
    expect(englishCountry('US').in).toBe('in the United States');
    expect(englishCountry('NL').the).toBe('the Netherlands');
    expect(englishCountry('DE').the).toBe('Germany');
  });

  it('the messages agree with the country', () => {
    expect(message('it', 'rule.transferInEea', { country: 'NL' })).toMatch(/^I Paesi Bassi sono nello Spazio economico europeo:/);
    expect(message('en', 'rule.transferInEea', { country: 'NL' })).toMatch(/^The Netherlands is in the European Economic Area:/);
    expect(message('it', 'rule.transferNoAdequacy', { country: 'CN' })).toBe('non esiste una decisione di adeguatezza per la Cina: il meccanismo 45 non è applicabile');
    expect(message('it', 'rule.transferConditional', { country: 'CA' })).toMatch(/^l'adeguatezza del Canada vale solo per alcuni destinatari/);
    expect(message('en', 'rule.transferMechanism', { organisation: 'UNICEF' })).toMatch(/^transfer to the international organisation "UNICEF", which has no adequacy decision:/);
  });
});
