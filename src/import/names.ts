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

/** Prepositions and articles inside a name stay lower case: "San Martino al Cimino", "Cassano allo Ionio", "Reggio nell'Emilia". */
const SMALL_WORDS = new Set(['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'da', 'dal', 'dalla', 'dai', 'e', 'ed', 'in', 'nel', 'nella', 'nei', 'sul', 'sulla', 'sui', 'per', 'con', 'tra', 'fra']);

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

/** A name longer than this is a sentence, not a title: cut at the last word that fits. */
const NAME_MAX = 90;

/**
 * A name for an activity whose register has no name column (the Garante's model for small
 * businesses opens with "Finalità del trattamento"): its purpose's first clause, up to the
 * first semicolon, colon, dash, line or full stop that ends a sentence (not the one of "art. 6"), "Gestione del personale dipendente" out of
 * "Gestione del personale dipendente: paghe, presenze, formazione". Empty when nothing is left.
 */
export function nameOfPurpose(purpose: string): string {
  const clause = purpose.split(/\n|[;:](?:\s|$)|\.(?=\s+\p{Lu}|\s*$)| [-–—] /u)[0]!.replace(/\s+/g, ' ').trim().replace(/^[-•–*]\s*/u, '');
  if (clause.length <= NAME_MAX) return clause;
  const cut = clause.slice(0, NAME_MAX);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)).replace(/[\s,]+$/, '') || cut;
}
