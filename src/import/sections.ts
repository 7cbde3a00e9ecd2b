import sezioni from './data/sezioni.json' with { type: 'json' };
import { words } from './score.js';

const OPENINGS = new Set(sezioni.parole);

/** "1", "1.2", "A.", "(b)", "IV": how a register numbers its rows and sections. */
const NUMBERING = /^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,6})[.)]?$/i;

/** A one-cell row that titles a section ("AREA TRIBUTI", "Servizi demografici"): short, not a note. */
export function sectionTitle(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 60 && !/[:.;]$|^\W|^(note?|n\.\s?b|legenda|fonte|compilat|aggiornat|data|firma|il |la |totale)/i.test(t) ? t : undefined;
}

/**
 * The title of a numbered section row ("1 | AREA SERVIZI SOCIALI", "B. | Settore tributi"): a
 * numbering first and one title after it. Read as a row of two cells, it would be an activity
 * with no purpose. Only a title written as one (in capitals, or opening with a word of
 * data/sezioni.json) is taken: "3 | Protocollo" stays an activity, whose name is all it says.
 */
export function numberedSection(filled: readonly string[]): string | undefined {
  if (filled.length !== 2 || !NUMBERING.test(filled[0]!.trim())) return undefined;
  const title = sectionTitle(filled[1]!);
  if (!title) return undefined;
  // Five capitals at least: "IMU" alone may be the name of an activity; "TRIBUTI" titles a section.
  const capitals = title === title.toUpperCase() && (title.match(/\p{Lu}/gu) ?? []).length >= 5;
  return capitals || OPENINGS.has(words(title)[0] ?? '') ? title : undefined;
}
