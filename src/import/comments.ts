import type { CellProblem } from './read-table.js';
import type { ImportedRecord } from './record.js';
import { columnName } from './plan-notes.js';
import { said, type Said } from './said.js';

/**
 * The comments (notes) a DPO or an office wrote on the cells of the register: "Verificare con
 * l'ufficio legale la norma regionale" on a legal basis is part of what the register says, and
 * the cells' values do not carry it. A comment on an activity's row is kept in its record's
 * originals, beside the cell's value ("Base giuridica (commento)"), and named in the report
 * among that record's lines; any other (on the heading, on the title) is named in the sheet's notes.
 */
export function withComments<T extends ImportedRecord>(record: T, line: number, comments: readonly CellProblem[], labels: ReadonlyMap<number, string>): T {
  const originali = record.data.importazione?.originali;
  if (!originali) return record;
  for (const c of comments.filter((comment) => comment.row === line)) {
    const label = labels.get(c.col - 1) ?? `colonna ${c.col}`;
    originali[`${label} (commento)`] = c.text;
    const cell = `${columnName(c.col)}${c.row}`;
    record.report.push({ campo: 'commento', fate: 'testuale', value: said(`cella ${cell} (${label}): ${oneLine(c.text)}`, `cell ${cell} (${label}): ${oneLine(c.text)}`) });
  }
  return record;
}

/** The comments on rows that are no activity's, for the report: none is left unsaid. */
export function commentsElsewhere(comments: readonly CellProblem[], recordLines: ReadonlySet<number>, cards = false): Said | undefined {
  const other = comments.filter((c) => !recordLines.has(c.row));
  if (other.length === 0) return undefined;
  const list = other.map((c) => `${columnName(c.col)}${c.row} "${oneLine(c.text)}"`).join('; ');
  // Label-value cards: a comment is on a label's row, which the report does not show as a record's.
  if (cards) return said(`Commenti alle celle delle schede (da riportare nelle schede YAML): ${list}.`, `Comments on the cells of the cards (to carry over into the YAML records): ${list}.`);
  return other.length === 1
    ? said(`Commento a una cella fuori dalle righe dei trattamenti: ${list}.`, `A comment on a cell outside the activities' rows: ${list}.`)
    : said(`Commenti a celle fuori dalle righe dei trattamenti: ${list}.`, `Comments on cells outside the activities' rows: ${list}.`);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 200);
