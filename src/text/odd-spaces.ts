/**
 * Characters that look like a space, or like nothing, and are not the space YAML indents and
 * separates with: the no-break space Word and web pages put before a colon or at the start of a
 * pasted line, the narrow and ideographic spaces, the zero-width ones, the soft hyphen. In a key
 * they make "note" another key; quoted in a message they look like spaces, or are not seen at all.
 */
const ODD_SPACES = /[\u00A0\u00AD\u1680\u2000-\u200B\u202F\u205F\u2060\u3000\uFEFF]/g;

/** The first such character of a text as "U+00A0", or undefined. */
export function oddSpaceIn(text: string): string | undefined {
  ODD_SPACES.lastIndex = 0;
  const found = ODD_SPACES.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** The text with each such character written as its escape, so that the message shows where it is. */
export function oddSpacesShown(text: string): string {
  return text.replace(ODD_SPACES, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Cyrillic and Greek letters in a word of Latin letters: "cоntatto" with a Cyrillic о, typed on
 * another keyboard or pasted from a document. It is another term, and looks the same in a message.
 */
const LOOK_ALIKES = /[\u0370-\u03FF\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/;

/** The first such letter of a text with Latin letters, as "U+043E" and its alphabet, or undefined. */
export function lookAlikeIn(text: string): { code: string; alphabet: 'cirillico' | 'greco' } | undefined {
  if (!LATIN.test(text)) return undefined;
  LOOK_ALIKES.lastIndex = 0;
  const found = LOOK_ALIKES.exec(text);
  if (!found) return undefined;
  const code = found[0].charCodeAt(0);
  return { code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, alphabet: code < 0x400 ? 'greco' : 'cirillico' };
}

/** A value as a message quotes it: special spaces and, among Latin letters, look-alike letters as their escapes. */
export function oddCharactersShown(text: string): string {
  const spaces = oddSpacesShown(text);
  return LATIN.test(text) ? spaces.replace(LOOK_ALIKES, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : spaces;
}

/** The Latin letter each Cyrillic or Greek look-alike stands for. */
const LATIN_OF: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};

/** A text of Latin letters with its look-alike letters made Latin ("cоntatto" -> "contatto"); any other text as it is. */
export function withLatinLetters(text: string): string {
  return LATIN.test(text) ? text.replace(LOOK_ALIKES, (ch) => LATIN_OF[ch] ?? ch) : text;
}
