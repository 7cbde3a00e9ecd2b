import calce from './data/calce.json' with { type: 'json' };
import { plainText } from '../text/plain.js';

/** Folded as calce.json compares: lowercase, no accents, punctuation as spaces. */
function folded(text: string): string {
  return plainText(text).replace(/[^a-z0-9:]+/g, ' ').trim();
}

const OPENINGS = new Set(calce.parole.map(folded));

/** A legend or a block of notes is narrow: a code and its meaning, a label and a sentence. */
const FOOTER_WIDTH = 3;

/**
 * Whether a row is a legend, notes or signature line at the foot of the register ("Legenda |
 * 6.1.c = obbligo di legge", "Note: | aggiornato dal Segretario", "Il Titolare | Mario Rossi"):
 * its first filled cell is one of calce.json's words alone, or followed by a colon.
 */
export function isFooterRow(row: readonly string[]): boolean {
  const first = row.find((c) => c.trim());
  if (first === undefined) return false;
  const t = folded(first);
  const colon = t.indexOf(':');
  const opening = (colon < 0 ? t : t.slice(0, colon)).trim();
  return OPENINGS.has(opening) && (colon >= 0 || opening === t);
}

/**
 * Where the foot of the register starts: the first footer row from which every row to the end
 * is narrow (the legend's codes, the notes' lines) and one at least has two cells, which would
 * otherwise be read as an activity ("6.1.c | obbligo di legge"); one-cell lines are left out
 * one by one anyway, each named in the report. A notes row with activities after it is not
 * the foot: that row alone is left out, and the activities are read.
 */
export function footerStart(rows: readonly string[][], from: number): number {
  for (let i = from; i < rows.length; i++) {
    if (!isFooterRow(rows[i]!)) continue;
    const widths = rows.slice(i).map((r) => r.filter((c) => c.trim()).length);
    if (widths.every((w) => w <= FOOTER_WIDTH) && widths.some((w) => w >= 2)) return i;
  }
  return -1;
}
