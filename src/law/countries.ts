import paesi from './data/paesi.json' with { type: 'json' };
import { fold } from '../util/suggest.js';

const names: Record<string, string> = paesi.nomi;
const eea = new Set<string>(paesi.see);

const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Name of a country code in the language asked (Italian by default), or the code itself. */
export function countryName(code: string, lang: 'it' | 'en' = 'it'): string {
  if (lang === 'en') {
    try {
      return englishNames.of(code) ?? code;
    } catch (error) {
      // Not a region code ICU knows (an organisation, a typo): show it as written.
      if (error instanceof RangeError) return code;
      throw error;
    }
  }
  return names[code] ?? code;
}

export function isEea(code: string): boolean {
  return eea.has(code);
}

/** The ISO code for what a user wrote: "it" -> "IT", "Stati Uniti" -> "US". */
export function countryCodeOf(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^[a-zA-Z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  const folded = fold(trimmed);
  for (const [code, name] of Object.entries(names)) if (fold(name) === folded) return code;
  if (['usa', 'statiunitidamerica', 'unitedstates'].includes(folded)) return 'US';
  return undefined;
}
