import type { Lang } from '../i18n/lang.js';
import { dataCharsPerLine, lineCount, MAX_DATA_LINES } from './xlsx-cells.js';

/**
 * A cell longer than the tallest row shows (409 points: about 35 lines, some 11,000 characters at
 * the widest column) was cut under its row on screen and in print, and one over 32,767 characters
 * stopped the export: a list of three hundred schools lost its last schools without a word. Such
 * a cell is written over as many rows as it needs, each part ending "[continua nella riga
 * sotto]" and the next beginning "[segue dalla riga sopra]", the id cell of each added row
 * saying "(segue)"; `registro export` names every cell so continued, and import joins them back.
 */

const MARKS = {
  it: { more: '[continua nella riga sotto]', from: '[segue dalla riga sopra]', id: 'segue' },
  en: { more: '[continued in the row below]', from: '[continued from the row above]', id: 'continued' },
};

/** A row as written in the sheet: a record's own row, or one that continues its long cells. */
export interface SheetRow {
  values: string[];
  /** The record id (or, on a continuation row, "id (segue)"), for the hidden id column. */
  id?: string;
}

/** A cell written over several rows, as the export reports it. */
export interface ContinuedCell {
  sheet: string;
  id: string;
  column: string;
  length: number;
  rows: number;
}

/** The id cell of a row that continues a record's: "mensa-scolastica (segue)". */
function continuationId(id: string, lang: Lang): string {
  return `${id} (${MARKS[lang].id})`;
}

/** The record id a continuation row's id cell names, in either language; undefined for any other row. */
export function continuedId(cell: string): string | undefined {
  return /^(.+) \((?:segue|continued)\)$/.exec(cell.trim())?.[1];
}

/** A part of a continued cell without its markers, in either language. */
export function withoutMarks(part: string): string {
  let text = part;
  for (const m of Object.values(MARKS)) {
    if (text.startsWith(`${m.from}\n`)) text = text.slice(m.from.length + 1);
    if (text.endsWith(`\n${m.more}`)) text = text.slice(0, -(m.more.length + 1));
  }
  return text;
}

/**
 * The rows a table's records are written in, and the cells continued over more than one. Every
 * part fits, with its markers, in the tallest row at its column's width.
 */
export function sheetRows(table: { sheet: string; headers: readonly string[]; rows: readonly string[][]; widths: readonly number[]; rowIds?: readonly string[]; idColumn?: number }, lang: Lang): { rows: SheetRow[]; continued: ContinuedCell[] } {
  const rows: SheetRow[] = [];
  const continued: ContinuedCell[] = [];
  const marks = MARKS[lang];
  table.rows.forEach((values, i) => {
    const id = table.rowIds?.[i];
    const parts = values.map((v, col) => cellParts(v, table.widths[col] ?? 10, lang));
    const count = Math.max(...parts.map((p) => p.length));
    parts.forEach((p, col) => {
      if (p.length > 1) continued.push({ sheet: table.sheet, id: id ?? String(i + 1), column: table.headers[col] ?? String(col + 1), length: values[col]!.length, rows: p.length });
    });
    for (let k = 0; k < count; k++) {
      const row = parts.map((p, col) => {
        if (p.length === 1) return k === 0 ? values[col]! : '';
        if (k >= p.length) return '';
        return [...(k > 0 ? [marks.from] : []), p[k]!, ...(k < p.length - 1 ? [marks.more] : [])].join('\n');
      });
      const rowId = id === undefined ? undefined : k === 0 ? id : continuationId(id, lang);
      if (k > 0 && rowId && table.idColumn !== undefined) row[table.idColumn] = rowId;
      rows.push({ values: row, ...(rowId ? { id: rowId } : {}) });
    }
  });
  return { rows, continued };
}

/**
 * A text cut, between words where it can, into parts that each fit in the tallest row at this
 * width together with the two marker lines. A text that fits is its one part.
 */
function cellParts(value: string, width: number, lang: Lang): string[] {
  if (lineCount(value, width, 'data') <= MAX_DATA_LINES) return [value];
  const room = Math.max(1, MAX_DATA_LINES - lineCount(MARKS[lang].from, width, 'data') - lineCount(MARKS[lang].more, width, 'data'));
  const longest = room * dataCharsPerLine(width);
  const parts: string[] = [];
  let part = '';
  const flush = () => {
    if (part.trim() !== '') parts.push(part.replace(/\s+$/, ''));
    part = '';
  };
  // Words with the spaces or line breaks after them, so that each part keeps its own lines.
  for (const token of value.match(/\S+\s*/g) ?? []) {
    if (fits(part + token, width, room)) {
      part += token;
      continue;
    }
    flush();
    // A word longer than a whole part (a run of characters with no space) is cut in pieces.
    let rest = token;
    for (; !fits(rest, width, room); rest = rest.slice(longest)) parts.push(rest.slice(0, longest));
    part = rest;
  }
  flush();
  return parts;
}

function fits(text: string, width: number, room: number): boolean {
  return lineCount(text.replace(/\s+$/, ''), width, 'data') <= room;
}
