import words from './data/raccolta.json' with { type: 'json' };
import type { TrattamentoFile } from '../types/schema.js';
import { plainText } from '../text/plain.js';

type Raccolta = NonNullable<TrattamentoFile['raccolta']>;

/** Lowercase, no accents, punctuation as spaces: "Presso l'interessato" -> " presso l interessato ". */
function plain(text: string): string {
  return ` ${plainText(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

const has = (text: string, list: readonly string[]) => list.some((w) => text.includes(` ${w}`));

/**
 * Where a "Raccolta e fonte" cell says the data come from (data/raccolta.json): the subject,
 * third parties (with the cell as the source, public when it names a public register) or both.
 * Undefined when the cell names neither: the text stays in importazione.originali.
 */
export function readCollection(cell: string): { raccolta: Raccolta; fonte?: NonNullable<TrattamentoFile['fonte']> } | undefined {
  const text = plain(cell);
  if (!text.trim()) return undefined;
  const subject = has(text, words['presso-interessato']);
  const others = has(text, words['presso-terzi']);
  const raccolta: Raccolta | undefined = has(text, words.entrambi) || (subject && others) ? 'entrambi' : others ? 'presso-terzi' : subject ? 'presso-interessato' : undefined;
  if (!raccolta) return undefined;
  if (raccolta === 'presso-interessato') return { raccolta };
  return { raccolta, fonte: { descrizione: cell.replace(/\s+/g, ' ').trim(), ...(has(text, words.pubbliche) ? { pubblica: true } : {}) } };
}
