import paesi from './data/paesi.json' with { type: 'json' };
import names from '../i18n/data/paesi.json' with { type: 'json' };
import { fold } from '../util/suggest.js';

const eea = new Set<string>(paesi.see);
const italianNames: ReadonlyArray<[string, string]> = Object.entries(names.paesi).map(([code, n]) => [code, n.it]);

/**
 * Name of a country code in the language asked (Italian by default), or the code itself. The
 * names are language data (src/i18n/countries.ts); exported here too for the callers that
 * name a country with its legal facts (tables, notices, the public register).
 */
export { countryName } from '../i18n/countries.js';

export function isEea(code: string): boolean {
  return eea.has(code);
}

/** The ISO code for what a user wrote: "it" -> "IT", "Stati Uniti" -> "US". */
export function countryCodeOf(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^[a-zA-Z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  const folded = fold(trimmed);
  for (const [code, name] of italianNames) if (fold(name) === folded) return code;
  if (['usa', 'statiunitidamerica', 'unitedstates'].includes(folded)) return 'US';
  return undefined;
}
