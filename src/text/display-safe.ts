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

/**
 * Control characters pasted from a word processor: Word's manual line break is a vertical tab
 * (U+000B), its page break a form feed; U+0085, U+2028 and U+2029 are line and paragraph
 * separators. They are line breaks, and are shown as such: a workbook drops the vertical tab
 * (XML cannot hold it) and glued "Servizi\valla" into "Servizialla". The other C0 and C1 controls
 * (a bell, an escape, a NUL) draw nothing and are not text in an HTML page: dropped. Tab and
 * line feed stay.
 */
const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/**
 * The line break that ends a YAML block scalar ("orari: |", the style people write long text in)
 * belongs to the syntax, not to the value: shown, it was a blank last line in a cell and a space
 * before the punctuation of a notice ("giovedì 15-17 )", "delle tariffe ;").
 */
const FINAL_BREAKS = /[ \t]*(?:\n[ \t]*)+$/;
/** The same break left inside a sentence that joins such a value to the next: "tariffe\n; diete". */
const BREAKS_BEFORE_PUNCTUATION = /[ \t]*\n[ \t\n]*(?=[;:,)])/g;

/** A value without the line break that ends its YAML block, for joining it to others. */
export function withoutFinalBreaks(text: string): string {
  return text.replace(FINAL_BREAKS, '');
}

export function displaySafe(text: string): string {
  return text.replace(HIDDEN, '').replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(FINAL_BREAKS, '').replace(BREAKS_BEFORE_PUNCTUATION, '');
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
