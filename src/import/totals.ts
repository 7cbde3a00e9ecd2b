import campi from './data/campi.json' with { type: 'json' };
import { words } from './score.js';

const PHRASES = campi.totali.map((w) => w.split(' '));

/**
 * Whether a row is a totals row ("Totale trattamenti | | 4", "TOT."): its first filled cell opens
 * with a word of the totals list (data/campi.json) and every other filled cell is a number, or
 * a formula left without a result. Such a row counts the activities: it is not one.
 */
export function isTotalsRow(row: readonly string[]): boolean {
  const filled = row.map((c) => c.trim()).filter(Boolean);
  if (filled.length === 0) return false;
  const first = words(filled[0]!);
  if (!PHRASES.some((p) => p.every((w, i) => first[i] === w))) return false;
  return filled.slice(1).every((c) => /^[-+]?[\d.,\s€%]+$/.test(c) || c.startsWith('='));
}
