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
