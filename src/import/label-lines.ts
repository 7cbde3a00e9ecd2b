import { fieldsOf } from './score.js';

/** Fewer lines than this naming a field are prose that happens to hold a colon, not cards. */
const MIN_LABELLED = 3;
/** "Finalità: ...", "**Base giuridica**: ...", "Tempi di conservazione - ...": the label, then its value. */
const LABELLED = /^\s*(?:[*_]{1,2})?([^:\n*_]{2,60}?)(?:[*_]{1,2})?\s*:\s*(\S[\s\S]*)$/u;

/**
 * A document that writes each activity as paragraphs ("Finalità: iscrizione degli alunni",
 * "Base giuridica: art. 6 par. 1 lett. e)") instead of a table: each such line becomes the
 * label | value row of a vertical card, so the cards are read as the tables of one are
 * (vertical.ts), the title above each naming it. Only a line whose label names a field of the
 * register is split, and only when the document has several: one "Nota: ..." stays a note.
 */
export function splitLabelledLines(rows: readonly string[][]): string[][] {
  const split = rows.map((row) => (row.length === 1 ? labelled(row[0]!) : undefined));
  if (split.filter(Boolean).length < MIN_LABELLED) return rows.map((row) => [...row]);
  const start = firstCard(split);
  return rows.map((row, i) => (i >= start && split[i] ? split[i]!.cells : [...row]));
}

/** Fields only an activity has: the first line naming one opens the first card. */
const ACTIVITY_FIELDS = new Set(['denominazione', 'descrizione', 'finalita', 'base', 'interessati', 'dati', 'destinatari', 'conservazione', 'misure']);

/**
 * Where the first card begins: the run of labelled lines holding the first activity's field.
 * What comes before, above the first card's title, is the document's title block ("Data ultimo
 * aggiornamento: 10/09/2025", "RPD: ..."): left as it is written, the register's and not a card's.
 */
function firstCard(split: ReadonlyArray<{ cells: string[]; fields: string[] } | undefined>): number {
  const first = split.findIndex((s) => s?.fields.some((f) => ACTIVITY_FIELDS.has(f)));
  if (first < 0) return split.length;
  let start = first;
  while (start > 0 && split[start - 1]) start--;
  return start;
}

function labelled(line: string): { cells: string[]; fields: string[] } | undefined {
  const m = LABELLED.exec(line);
  if (!m) return undefined;
  const label = m[1]!.trim();
  const fields = fieldsOf(label).map((f) => f.campo);
  return fields.length > 0 ? { cells: [label, withoutFullStop(m[2]!.trim())], fields } : undefined;
}

/**
 * The full stop that ends the paragraph is the sentence's, not the value's: "vedi sopra." is
 * "vedi sopra", "nessuno." is none. An abbreviation keeps its dot ("S.p.A.", "ecc.", "lett.").
 */
function withoutFullStop(value: string): string {
  const last = /(\S+)\.$/u.exec(value)?.[1];
  return last && last.length >= 4 && !last.includes('.') ? value.slice(0, -1) : value;
}
