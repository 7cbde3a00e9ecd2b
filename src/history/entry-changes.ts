import type { Lang } from '../i18n/lang.js';
import { canonical } from './canonical.js';
import { fieldLabel } from './field-labels.js';
import { compactText, isItem } from './value-text.js';

/** One key inside an entry or a map that changed: its path in words, and its old and new text (absent: the key was not there). */
export interface SubChange {
  path: string;
  before?: string;
  after?: string;
}

type Item = Record<string, unknown>;

/**
 * The keys that differ between two maps, deepest first where both sides are maps again
 * ("atto_designazione › data"), each leaf in plain text. A register's label names a key it
 * knows; any other key is shown as written, which is how the DPO wrote it in the file.
 */
export function subChanges(before: Item, after: Item, lang: Lang, prefix = ''): SubChange[] {
  const changes: SubChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[key], after[key]];
    if (canonical(a) === canonical(b)) continue;
    const path = `${prefix}${fieldLabel(key, lang)}`;
    if (isItem(a) && isItem(b)) changes.push(...subChanges(a, b, lang, `${path} › `));
    else changes.push({ path, ...(a === undefined ? {} : { before: compactText(a, lang) }), ...(b === undefined ? {} : { after: compactText(b, lang) }) });
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
export function pairSameWords(removed: readonly unknown[], added: readonly unknown[], words: { before: string[]; after: string[] }, lang: Lang): { before: string[]; after: string[]; changed: ChangedEntry[] } {
  const left = new Set(added.keys());
  const before: string[] = [];
  const changed: ChangedEntry[] = [];
  removed.forEach((old, i) => {
    const text = words.before[i]!;
    const j = [...left].find((k) => words.after[k] === text && isItem(old) && isItem(added[k]));
    if (j === undefined) return void before.push(text);
    left.delete(j);
    changed.push({ entry: text, details: subChanges(old as Item, added[j] as Item, lang) });
  });
  return { before, after: [...left].map((k) => words.after[k]!), changed };
}
