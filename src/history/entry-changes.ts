import type { Lang } from '../i18n/lang.js';
import { canonical } from './canonical.js';
import { fieldLabel } from './field-labels.js';
import { isItem } from './value-text.js';

/** One key inside an entry or a map that changed: its path in words, and its old and new text (absent: the key was not there). */
export interface SubChange {
  path: string;
  before?: string;
  after?: string;
}

type Item = Record<string, unknown>;

/** A leaf's value in words, from the version it belongs to. */
export type LeafText = (key: string, value: unknown, side: 'before' | 'after') => string;

/**
 * The keys that differ between two maps, deepest first where both sides are maps again
 * ("Atto di designazione › Data"), each key by its label and each leaf in the words `text` gives.
 */
export function subChanges(before: Item, after: Item, lang: Lang, text: LeafText, prefix = ''): SubChange[] {
  const changes: SubChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[key], after[key]];
    if (canonical(a) === canonical(b)) continue;
    const path = `${prefix}${fieldLabel(key, lang)}`;
    if (isItem(a) && isItem(b)) changes.push(...subChanges(a, b, lang, text, `${path} › `));
    else changes.push({ path, ...(a === undefined ? {} : { before: text(key, a, 'before') }), ...(b === undefined ? {} : { after: text(key, b, 'after') }) });
  }
  return changes;
}

/** An entry of a list that changed only where its words do not show (a norm, a date added to a recipient). */
export interface ChangedEntry {
  /** The entry in words, the same before and after. */
  entry: string;
  details: SubChange[];
}

/**
 * The entries a list lost and gained, with those that read the same in words on both sides
 * paired and told apart by the keys that changed. Without this a norm added to a recipient
 * shows as the same line taken out and put back.
 */
export function pairSameWords(removed: readonly unknown[], added: readonly unknown[], words: { before: string[]; after: string[] }, lang: Lang, text: LeafText): { before: string[]; after: string[]; changed: ChangedEntry[] } {
  const left = new Set(added.keys());
  const before: string[] = [];
  const changed: ChangedEntry[] = [];
  removed.forEach((old, i) => {
    const entry = words.before[i]!;
    const j = [...left].find((k) => words.after[k] === entry && isItem(old) && isItem(added[k]));
    if (j === undefined) return void before.push(entry);
    left.delete(j);
    changed.push({ entry, details: subChanges(old as Item, added[j] as Item, lang, text) });
  });
  return { before, after: [...left].map((k) => words.after[k]!), changed };
}
