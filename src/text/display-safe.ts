/**
 * What a published page, PDF or spreadsheet cell shows must be what the YAML says, in the order
 * it says it. Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069,
 * the Arabic letter mark U+061C) reorder the characters around them when drawn: in a notice,
 * "\u202Eti.liam@ofni" is seen as "info@mail.it" but is another address. Zero-width spaces,
 * the word joiner and a stray byte order mark hide inside words and addresses, and in a cell
 * they hide a leading "=" from the check that keeps formulas out. All of them are dropped from
 * what registro publishes; the YAML keeps them, and the workbook's hidden data sheet too.
 * Joiners (U+200C, U+200D) and the left-to-right and right-to-left marks stay: scripts and
 * emoji need them and they move nothing but neutral punctuation.
 */
const HIDDEN = /[\u061C\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export function displaySafe(text: string): string {
  return text.replace(HIDDEN, '');
}

/** Every string inside plain data (objects and arrays), made display-safe; anything else as it is. */
export function displaySafeDeep<T>(value: T): T {
  if (typeof value === 'string') return displaySafe(value) as T;
  if (Array.isArray(value)) return value.map((v) => displaySafeDeep(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, displaySafeDeep(v)])) as T;
  }
  return value;
}
