import type { Cell } from 'exceljs';
import { displaySafe } from '../text/display-safe.js';

/**
 * Cell values and row heights for the workbook, written so that Excel and LibreOffice Calc show
 * the same thing.
 */

/** Shown as 24/05/2018, the way Italian readers (and filters) expect a date. */
export const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * A text cell, display-safe (src/text/display-safe.ts). Never a formula: exceljs writes a string as text whatever it starts with. The
 * workbook keeps its texts as shared strings (see xlsx.ts), as Excel itself does: LibreOffice
 * Calc drops the line breaks of the formula-result strings (`t="str"`) that exceljs writes
 * otherwise, and prints "Dipendenti\nFamiliari" as "DipendentiFamiliari".
 */
export function setText(cell: Cell, value: string): void {
  const shown = displaySafe(value);
  if (shown !== '') cell.value = shown;
}

/** A YYYY-MM-DD value as a real date (midnight UTC, as Excel counts days); anything else as text. */
export function setDateOrText(cell: Cell, value: string): void {
  const date = isoDate(value);
  if (!date) return setText(cell, value);
  cell.value = date;
  cell.numFmt = DATE_FORMAT;
}

/** The date a YYYY-MM-DD text names, or undefined when it is not one (2023-02-30 is not). */
export function isoDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? date : undefined;
}

/**
 * Characters per unit of column width, measured on the narrowest common substitute: LibreOffice
 * without Calibri draws with DejaVu Sans, wider than Calibri, so estimates made for Calibri clip.
 */
const CHARS_PER_UNIT = { data: 1.3, heading: 0.95, title: 0.75 };
/** Points per line: 9 pt data text, 11 pt bold headings, the 14 pt bold title, with leading. */
const LINE_POINTS = { data: 11.5, heading: 15, title: 19 };
/** Excel's limit on a row's height, in points. */
const MAX_ROW_POINTS = 409;

export type TextStyle = keyof typeof CHARS_PER_UNIT;

/** The most lines of data text a row can show. */
export const MAX_DATA_LINES = Math.floor((MAX_ROW_POINTS - 4) / LINE_POINTS.data);

/**
 * The text a data cell shows. A value with more lines than the tallest row holds (sixty schools
 * in a note, one per line) was cut after the thirty-fifth line on screen and in print: no width
 * brings back the lines below. Its blank lines go first; then consecutive lines share a line,
 * joined by " · ", so that every word is printed. Any other value is shown as it is.
 */
export function shownText(value: string): string {
  const shown = displaySafe(value);
  const lines = shown.split('\n');
  if (lines.length <= MAX_DATA_LINES) return shown;
  const kept = lines.filter((l) => l.trim() !== '');
  const per = Math.ceil(kept.length / MAX_DATA_LINES);
  const out: string[] = [];
  for (let i = 0; i < kept.length; i += per) out.push(kept.slice(i, i + per).join(' · '));
  return out.join('\n');
}

/** Characters of 9-point text a line of a column of this width holds. */
export function dataCharsPerLine(width: number): number {
  return Math.floor(Math.max(4, width * CHARS_PER_UNIT.data));
}

/** Lines a value takes in a column of the given width: its own lines, each wrapped at the width. */
export function lineCount(value: string, width: number, style: TextStyle): number {
  const chars = Math.max(4, width * CHARS_PER_UNIT[style]);
  return value.split('\n').reduce((n, line) => n + wrappedLines(line, chars), 0);
}

/** How wide a tab is drawn, in characters. */
const TAB_CHARS = 4;

/**
 * Lines one line of text takes wrapped as Calc and Excel wrap it: whole words, a word moved to
 * the next line when it does not fit, a word longer than the line broken. Dividing the length by
 * the width counted forty PEC addresses, one word each, as half the lines they take, and the
 * row cut the last ones off. Calc also breaks after a hyphen or a slash (URLs, "2-sexies").
 */
export function wrappedLines(line: string, chars: number): number {
  let lines = 1;
  let used = 0;
  for (const word of line.replace(/\t/g, ' '.repeat(TAB_CHARS)).split(' ')) {
    (word.match(/[^/-]*[/-]|[^/-]+/g) ?? ['']).forEach((piece, i) => {
      const need = used + (i === 0 && used > 0 ? 1 : 0) + piece.length;
      if (need <= chars) return void (used = need);
      if (used > 0) lines++;
      let rest = piece.length;
      for (; rest > chars; rest -= chars) lines++;
      used = rest;
    });
  }
  return lines;
}

/**
 * Height in points for the tallest cell of a row. Set explicitly because spreadsheet programs
 * do not grow wrapped rows on opening (LibreOffice keeps the default height for stored rows).
 */
export function rowHeight(values: readonly string[], widths: readonly number[], style: TextStyle): number {
  let lines = 1;
  values.forEach((value, i) => (lines = Math.max(lines, lineCount(value, widths[i] ?? 10, style))));
  return heightOf(lines, style);
}

/** Excel's widest column, in character units. */
const MAX_COLUMN_WIDTH = 255;

/**
 * Column widths with which every data cell shows whole. A row is at most 409 points high, so a
 * cell that would need more lines (fourteen purposes in one record) would be cut on screen and
 * in print; its column is widened until the cell fits, up to `widest`; a cell that still does
 * not fit goes on in the rows below (xlsx-continued.ts). (A cell with more explicit lines than a
 * row can hold is first joined by shownText.)
 */
export function fittingWidths(rows: readonly (readonly string[])[], widths: readonly number[], widest = MAX_COLUMN_WIDTH): number[] {
  return widths.map((base, col) => {
    let width = base;
    for (const row of rows) {
      const value = row[col] ?? '';
      const lines = value.split('\n');
      const longest = Math.ceil(Math.max(...lines.map((l) => l.length)) / CHARS_PER_UNIT.data);
      const cap = Math.min(MAX_COLUMN_WIDTH, Math.max(base, Math.min(widest, longest)));
      while (width < cap && lineCount(value, width, 'data') > MAX_DATA_LINES) width = Math.min(cap, Math.ceil(width * 1.2));
    }
    return width;
  });
}

export function heightOf(lines: number, style: TextStyle): number {
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS[style] + 4);
}
