import { describe, expect, it } from 'vitest';
import { englishCountry, italianCountry } from '../../src/i18n/countries.js';
import { message } from '../../src/i18n/localize.js';
import paesi from '../../src/i18n/data/paesi.json' with { type: 'json' };
import { countryName, isEea } from '../../src/law/countries.js';

/** ISO 3166-1 alpha-2: the 249 officially assigned codes (ISO Online Browsing Platform, 2026), the codes the schema's two capitals stand for. */
const ISO_3166_1 = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.trim().split(/\s+/);

describe('country names in sentences', () => {
  it('every ISO 3166-1 code has an Italian name with its article and "in" form, and an English name', () => {
    expect(ISO_3166_1).toHaveLength(249);
    const words = paesi.paesi as Record<string, { it: string; articolo: string; in: string; en: string; en_articolo: string }>;
    const incomplete = ISO_3166_1.filter((code) => {
      const w = words[code];
      return !w || !w.it || !w.en || !['', 'il', 'lo', 'la', "l'", 'i', 'gli', 'le'].includes(w.articolo) || !/^(in|a|ad|nel|nello|nella|nell'|nei|negli|nelle|alle|alla)$/.test(w.in) || !['', 'the'].includes(w.en_articolo);
    });
    expect(incomplete).toEqual([]);
    // Names fit for a sentence: no ICU qualifiers, abbreviations or typographic apostrophes.
    expect(Object.values(words).filter((w) => /SAR|&| - |\bSt\.|’|\(/.test(w.it + w.en) && !w.en.includes('(Keeling)'))).toEqual([]);
    expect(ISO_3166_1.filter(isEea)).toHaveLength(30);
  });

  it('Italian: article, "di" and "in" forms, plural for the verb', () => {
    expect(italianCountry('US')).toEqual({ the: 'gli Stati Uniti', of: 'degli Stati Uniti', in: 'negli Stati Uniti', plural: true });
    expect(italianCountry('IN')).toEqual({ the: "l'India", of: "dell'India", in: 'in India', plural: false });
    expect(italianCountry('IL')).toEqual({ the: 'Israele', of: 'di Israele', in: 'in Israele', plural: false });
    expect(italianCountry('MT').in).toBe('a Malta');
    expect(italianCountry('IM').in).toBe("nell'Isola di Man");
    expect(italianCountry('GB').of).toBe('del Regno Unito');
    // Codes that once fell back to ICU's name, with no article.
    expect(italianCountry('KE').the).toBe('il Kenya');
    expect(italianCountry('FJ').in).toBe('alle Figi');
    expect(italianCountry('LK').of).toBe('dello Sri Lanka');
    expect(italianCountry('CD')).toEqual({ the: 'la Repubblica Democratica del Congo', of: 'della Repubblica Democratica del Congo', in: 'nella Repubblica Democratica del Congo', plural: false });
    expect(italianCountry('HK').in).toBe('a Hong Kong');
    expect(italianCountry('MV')).toEqual({ the: 'le Maldive', of: 'delle Maldive', in: 'alle Maldive', plural: true });
    expect(italianCountry('KY').in).toBe('nelle Isole Cayman');
  });

  it('English: "the" where the name takes it', () => {
    expect(englishCountry('US').in).toBe('in the United States');
    expect(englishCountry('NL').the).toBe('the Netherlands');
    expect(englishCountry('DE').the).toBe('Germany');
    expect(['BS', 'MV', 'GM', 'KY', 'CD', 'CF', 'DO'].map((c) => englishCountry(c).the)).toEqual([
      'the Bahamas', 'the Maldives', 'the Gambia', 'the Cayman Islands', 'the Democratic Republic of the Congo', 'the Central African Republic', 'the Dominican Republic',
    ]);
    expect(['HK', 'MO', 'CG', 'BA', 'KN', 'CZ'].map((c) => englishCountry(c).the)).toEqual(['Hong Kong', 'Macao', 'the Republic of the Congo', 'Bosnia and Herzegovina', 'Saint Kitts and Nevis', 'Czechia']);
  });

  it('a code the standard does not assign is shown as written, in any language', () => {
    expect(italianCountry('UK')).toEqual({ the: 'UK', of: 'di UK', in: 'in UK', plural: false });
    expect(englishCountry('ZZ').in).toBe('in ZZ');
    expect(countryName('constructor', 'en')).toBe('constructor');
    expect(countryName('KE', 'en')).toBe('Kenya');
  });

  it('the messages agree with the country', () => {
    expect(message('it', 'rule.transferInEea', { country: 'NL' })).toMatch(/^I Paesi Bassi sono nello Spazio economico europeo:/);
    expect(message('en', 'rule.transferInEea', { country: 'NL' })).toMatch(/^The Netherlands is in the European Economic Area:/);
    expect(message('it', 'rule.transferNoAdequacy', { country: 'CN' })).toBe('non esiste una decisione di adeguatezza per la Cina: il meccanismo 45 non è applicabile');
    expect(message('it', 'rule.transferConditional', { country: 'CA' })).toMatch(/^l'adeguatezza del Canada vale solo per alcuni destinatari/);
    expect(message('it', 'rule.transferMechanism', { country: 'KE' })).toBe("trasferimento verso il Kenya, paese senza decisione di adeguatezza: indica il meccanismo (46.2.a ... 46.3.b, 47 o una deroga dell'art. 49)");
    expect(message('en', 'rule.transferMechanism', { country: 'BS' })).toBe('transfer to the Bahamas, a country without an adequacy decision: state the mechanism (46.2.a ... 46.3.b, 47 or an Art. 49 derogation)');
    expect(message('en', 'rule.transferNoAdequacy', { country: 'CD' })).toMatch(/ for the Democratic Republic of the Congo: /);
    expect(message('en', 'rule.transferMechanism', { organisation: 'UNICEF' })).toMatch(/^transfer to the international organisation "UNICEF", which has no adequacy decision:/);
  });
});
