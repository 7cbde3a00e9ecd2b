import { withLatinLetters } from '../text/odd-spaces.js';
import { plainText } from '../text/plain.js';
import { distance } from 'fastest-levenshtein';

/** Folds case, accents and punctuation, so that "Finalità" meets "finalita" and "6.1 E" meets "6.1.e". */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The candidate nearest to `value`, if near enough to be a plausible typo: by edit distance on
 * folded text, at most a third of the length (and at least 1, at most 4 edits).
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const target = fold(value);
  if (!target) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    if (folded === target) return candidate;
    const d = distance(target, folded);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const limit = Math.min(4, Math.max(1, Math.floor(target.length / 3)));
  return bestDistance <= limit ? best : undefined;
}

/**
 * The key a label stands for, when a key is written as the heading of a column or a form:
 * "Categorie di interessati" -> interessati, "Base Giuridica" -> base, "Dati particolari" ->
 * dati_particolari. Every word of the key must be a word of the label; of several, the one with
 * most words, and none on a tie.
 */
export function keyInLabel(label: string, keys: Iterable<string>): string | undefined {
  const words = new Set(plainText(label).split(/[^a-z0-9]+/).filter(Boolean));
  if (words.size < 2) return undefined;
  let best: string | undefined;
  let bestWords = 0;
  let tie = false;
  for (const key of keys) {
    const parts = key.split('_');
    if (key.length < 4 || !parts.every((w) => words.has(w))) continue;
    if (parts.length === bestWords) tie = true;
    if (parts.length > bestWords) [best, bestWords, tie] = [key, parts.length, false];
  }
  return tie ? undefined : best;
}

/** An id made from free text: "Mensa Scolastica" -> "mensa-scolastica". */
export function slugify(value: string): string {
  // A Cyrillic о among Latin letters is a slip of the keyboard: the id meant the Latin o.
  return withLatinLetters(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * The article code a user meant, when written in words or with the paragraph left out:
 * "art. 6 e", "Art. 6, par. 1, lett. e)", "6 e" -> "6.1.e"; "9.2 g" -> "9.2.g".
 */
export function nearestCode(value: string, codes: readonly string[]): string | undefined {
  const tokens = (value.toLowerCase().match(/\d+|\b[a-z]\b/g) ?? []).join('.');
  if (!tokens) return undefined;
  for (const code of codes) {
    const parts = code.split('.');
    if (tokens === code) return code;
    if (parts.length === 3 && tokens === `${parts[0]}.${parts[2]}`) return code;
  }
  return undefined;
}
