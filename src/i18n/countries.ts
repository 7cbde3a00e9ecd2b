import paesi from './data/paesi.json' with { type: 'json' };
import type { Lang } from './lang.js';

/**
 * A country as a sentence needs it. Rules give the ISO code; the message says "negli Stati
 * Uniti", "verso l'India", "degli Stati Uniti", "la Germania è" or "the United States", from
 * the name, article and preposition of each code in src/i18n/data/paesi.json, which lists every
 * ISO 3166-1 code (and XK).
 */
export interface CountryWords {
  /** With its article: "la Germania", "gli Stati Uniti", "Israele"; in English "the Netherlands". */
  the: string;
  /** "della Germania", "degli Stati Uniti", "di Israele" (Italian only). */
  of: string;
  /** "in Germania", "negli Stati Uniti", "a Malta"; in English "in the Netherlands". */
  in: string;
  /** For the verb: "i Paesi Bassi sono", "la Germania è". */
  plural: boolean;
}

interface Country {
  it: string;
  articolo: string;
  in: string;
  en: string;
  en_articolo: string;
}
const countries: Readonly<Record<string, Country>> = paesi.paesi;

/** Article + "di": the contracted forms of Italian grammar. */
const OF: Readonly<Record<string, string>> = { '': 'di', il: 'del', lo: 'dello', la: 'della', "l'": "dell'", i: 'dei', gli: 'degli', le: 'delle' };
const PLURAL = new Set(['i', 'gli', 'le']);

/**
 * The data cover every code the standard assigns; what else a register may hold (a typo, a
 * retired code such as "UK") has no name and is shown as written, with no article.
 */
function countryOf(code: string): Country {
  return Object.hasOwn(countries, code) ? countries[code]! : { it: code, articolo: '', in: 'in', en: code, en_articolo: '' };
}

/** Name of a country code in the language asked (Italian by default), or the code itself. */
export function countryName(code: string, lang: Lang = 'it'): string {
  const country = countryOf(code);
  return lang === 'en' ? country.en : country.it;
}

/** "l'" + "India" = "l'India", "gli" + "Stati Uniti" = "gli Stati Uniti". */
function join(word: string, name: string): string {
  if (word === '') return name;
  return word.endsWith("'") ? `${word}${name}` : `${word} ${name}`;
}

export function italianCountry(code: string): CountryWords {
  const { it: name, articolo, in: at } = countryOf(code);
  return { the: join(articolo, name), of: join(OF[articolo] ?? 'di', name), in: join(at, name), plural: PLURAL.has(articolo) };
}

export function englishCountry(code: string): CountryWords {
  const { en: name, en_articolo: article } = countryOf(code);
  const the = join(article, name);
  return { the, of: `of ${the}`, in: `in ${the}`, plural: false };
}

/** The first letter in upper case, for a country that opens the sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
