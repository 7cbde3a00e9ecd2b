/** Text as lists of words and phrases are compared with it: lower case, accents dropped ("Finalità" -> "finalita"). */
export function plainText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A literal piece of a regular expression built from data (a label, a phrase, a name). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A text without the full stop that ends its sentence; one that ends an abbreviation ("c.c.", "S.p.A.", "ecc.") stays. */
export function withoutFinalStop(text: string): string {
  return text.replace(/(?<!(?:^|[\s.])\p{L}{1,3})\.$/u, '');
}
