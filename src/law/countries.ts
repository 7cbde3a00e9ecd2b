import paesi from './data/paesi.json' with { type: 'json' };
import names from '../i18n/data/paesi.json' with { type: 'json' };
import { fold } from '../util/suggest.js';

const eea = new Set<string>(paesi.see);
const CODES = new Set(Object.keys(names.paesi));
/** The code of each name (Italian and English) and alias, folded as a user may write it: built on the first wrong code, not at start. */
let codeOfWords: Map<string, string> | undefined;
function codesOfWords(): Map<string, string> {
  codeOfWords ??= new Map([
    ...Object.entries(names.paesi).flatMap(([code, n]): Array<[string, string]> => [[fold(n.it), code], [fold(n.en), code]]),
    ...Object.entries(names.alias).map(([alias, code]): [string, string] => [fold(alias), code]),
  ]);
  return codeOfWords;
}

/**
 * Name of a country code in the language asked (Italian by default), or the code itself. The
 * names are language data (src/i18n/countries.ts); exported here too for the callers that
 * name a country with its legal facts (tables, notices, the public register).
 */
export { countryName } from '../i18n/countries.js';

export function isEea(code: string): boolean {
  return eea.has(code);
}

/**
 * The ISO code for what a user wrote: "it" -> "IT", "Stati Uniti" -> "US", "UK" -> "GB"
 * (the names and aliases of src/i18n/data/paesi.json). A code ISO does not assign has none.
 */
export function countryCodeOf(value: string): string | undefined {
  const trimmed = value.trim();
  if (CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const folded = fold(trimmed);
  // A code with a blank or dots inside ("U S", "I.T."), once they are gone.
  return codesOfWords().get(folded) ?? (CODES.has(folded.toUpperCase()) ? folded.toUpperCase() : undefined);
}
