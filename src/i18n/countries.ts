import paesi from '../law/data/paesi.json' with { type: 'json' };
import { countryName } from '../law/countries.js';

/**
 * A country as a sentence needs it. Rules give the ISO code; the message says "negli Stati
 * Uniti", "verso l'India", "degli Stati Uniti", "la Germania è" or "the United States", from
 * the article and preposition of each name in src/law/data/paesi.json.
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

type Form = { articolo: string; in: string };
const forms: Record<string, Form> = paesi.forme;
const withThe = new Set<string>(paesi.inglese_con_articolo);

/** Article + "di": the contracted forms of Italian grammar. */
const OF: Readonly<Record<string, string>> = { '': 'di', il: 'del', lo: 'dello', la: 'della', "l'": "dell'", i: 'dei', gli: 'degli', le: 'delle' };
const PLURAL = new Set(['i', 'gli', 'le']);

const italianNames = new Intl.DisplayNames(['it'], { type: 'region' });

/** "l'" + "India" = "l'India", "gli" + "Stati Uniti" = "gli Stati Uniti". */
function join(word: string, name: string): string {
  if (word === '') return name;
  return word.endsWith("'") ? `${word}${name}` : `${word} ${name}`;
}

/** A name paesi.json does not list (a code that is valid but rare): ICU's, with no article. */
function italianName(code: string): string {
  const listed = countryName(code, 'it');
  if (listed !== code) return listed;
  try {
    return italianNames.of(code) ?? code;
  } catch {
    // Not a region code at all (the schema's finding): shown as written.
    return code;
  }
}

export function italianCountry(code: string): CountryWords {
  const name = italianName(code);
  const form = forms[code] ?? { articolo: '', in: 'in' };
  return { the: join(form.articolo, name), of: join(OF[form.articolo] ?? 'di', name), in: join(form.in, name), plural: PLURAL.has(form.articolo) };
}

export function englishCountry(code: string): CountryWords {
  const name = countryName(code, 'en');
  const the = withThe.has(code) ? `the ${name}` : name;
  return { the, of: `of ${the}`, in: `in ${the}`, plural: false };
}

/** The first letter in upper case, for a country that opens the sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
