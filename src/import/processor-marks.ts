import marks from './data/nomina-responsabile.json' with { type: 'json' };
import { escapeRegExp, plainText } from '../text/plain.js';

/** The marks, longest first, so that "responsabile esterno del trattamento" is not read as "responsabile esterno". */
const MARKS = [...marks.segni].sort((a, b) => b.length - a.length).map((m) => escapeRegExp(plainText(m)).replace(/\\\.\s*/g, '\\.?\\s*').replace(/\s+/g, '\\s*'));
/** "(resp. esterno)" in brackets, or "- responsabile ex art. 28" after a dash or a comma, at the end of the name. */
const MARKED = new RegExp(`^(.*?\\S)\\s*(?:\\(\\s*(?:${MARKS.join('|')})\\s*\\)|[-–—,]\\s*(?:${MARKS.join('|')}))\\s*\\.?$`, 'i');

/** A piece of a list that is only the mark ("responsabile ex art. 28" after "Axios S.r.l., "). */
const ONLY_MARK = new RegExp(`^\\(?\\s*(?:${MARKS.join('|')})\\s*\\)?\\s*\\.?$`, 'i');

/**
 * The processors a column of processors names, without the mark each may carry ("Axios Italia
 * Service S.r.l. (responsabile ex art. 28)" is Axios Italia Service S.r.l.): the list cut at ";",
 * ",", line breaks and " - ", a mark cut off on its own joined back to its name.
 */
export function processorNames(cell: string): string[] {
  const names: string[] = [];
  for (const piece of bracketedMarks(cell).split(/\s+-\s+|[;,\n]+/).map((s) => s.trim()).filter(Boolean)) {
    if (ONLY_MARK.test(plainText(piece))) continue;
    names.push(markedProcessor(piece) ?? piece);
  }
  return names;
}

/**
 * The name of a recipient the register marks as a processor appointed under art. 28
 * ("Cooperativa Il Girasole (resp. esterno)" -> "Cooperativa Il Girasole"), as written;
 * undefined for any other recipient (data/nomina-responsabile.json).
 */
export function markedProcessor(written: string): string | undefined {
  const text = written.normalize('NFC').trim();
  const m = MARKED.exec(plainText(text));
  // plainText keeps the length: the name is cut out of the text as written.
  return m ? text.slice(0, m[1]!.length).trim() : undefined;
}

/** " - responsabile ex art. 28" at the end of an item of a list. */
const DASHED = new RegExp(`\\s+[-–—]\\s+(${MARKS.join('|')})(?=\\s*\\.?\\s*(?:[;,\\n]|$))`, 'gi');

/**
 * "Maggioli S.p.A. - responsabile ex art. 28; INPS": the mark after a dash put in brackets, so
 * that the list is not cut at that dash (a list on one line also divides at " - ").
 */
export function bracketedMarks(cell: string): string {
  const plain = plainText(cell.normalize('NFC'));
  const text = cell.normalize('NFC');
  let out = '';
  let last = 0;
  for (const m of plain.matchAll(DASHED)) {
    out += `${text.slice(last, m.index)} (${text.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length)})`;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}
