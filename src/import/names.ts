import sigle from './data/sigle.json' with { type: 'json' };

// Names a register writes in capitals ("COMUNE DI VERCELLI", "VIDEOSORVEGLIANZA CCTV"), as they
// read in lower case; a name in mixed case is kept as written.

/** ALL CAPS names read better in sentence case; mixed case is kept as written. */
export function readableName(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text.toLowerCase().replace(/\p{L}+/gu, (word) => (isAcronym(word) ? word.toUpperCase() : word));
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** A sigla that stays in capitals when a name in capitals is written in lower case (data/sigle.json). */
export function isAcronym(word: string): boolean {
  return ACRONYMS.has(word.toUpperCase());
}
const ACRONYMS = new Set(sigle.sigle);

/** A proper name (the controller's) written all in capitals, in title case; else as written. */
export function properName(text: string): string {
  return text === text.toUpperCase() ? titleCase(text) : text;
}

const SMALL_WORDS = new Set(['di', 'del', 'della', 'dei', 'delle', 'e', 'ed', 'in', 'sul', 'per']);

/** "COMUNE DI VERCELLI" -> "Comune di Vercelli"; "COMUNE DI L'AQUILA" -> "Comune di L'Aquila"; "VALLE D'AOSTA" -> "Valle d'Aosta". */
export function titleCase(text: string): string {
  const written = text.split(/\s+/);
  return text
    .toLowerCase()
    .split(/\s+/)
    // A code with digits stays as written (ASL TO5); a quoted name opens with its capital ("G. Mazzini").
    .map((w, i) => (/\d/.test(w) || isAcronym(w) ? written[i]! : i > 0 && SMALL_WORDS.has(w) ? w : withCapital(w, i === 0)))
    .join(' ');
}

/**
 * A word with its first letter in capitals, and the word after an elision too ("l'aquila" ->
 * "L'Aquila"); an elided preposition stays lower case inside a name ("d'Aosta").
 */
function withCapital(word: string, first: boolean): string {
  const upper = (w: string) => w.replace(/\p{L}/u, (c) => c.toUpperCase());
  const elision = /^(\p{L}{1,4}['’])(\p{L}.*)$/u.exec(word);
  if (!elision) return upper(word);
  return (first || !SMALL_ELISIONS.has(elision[1]!.slice(0, -1)) ? upper(elision[1]!) : elision[1]!) + upper(elision[2]!);
}

/** Elided prepositions stay lower case inside a name ("d'Aosta", "dell'Annunziata"); an article is part of it ("L'Aquila"). */
const SMALL_ELISIONS = new Set(['d', 'dell', 'all', 'nell', 'sull', 'dall']);
