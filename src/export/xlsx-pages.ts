/**
 * How a wide sheet is printed across pages. Fitted to N pages wide (fitToWidth), Excel and
 * LibreOffice choose the column breaks themselves and ignore manual ones: a group label merged
 * over several columns ("Interessati e dati personali (art. 30.1.c)") was cut at the break, the
 * second page showing its columns under "30.1.c)". Here the breaks are chosen at the groups'
 * edges and written as manual column breaks, with a fixed print scale at which every page holds
 * its columns; a group wider than a page is split, and each part carries the label.
 */

/**
 * Units of column width one A3 landscape page (0.4" margins) holds at 100%, as LibreOffice draws
 * them with DejaVu Sans, the widest common substitute for Calibri: 150 fit on a page, 166 did
 * not. Excel, with Calibri, draws them narrower: its pages keep some room to the right.
 */
const UNITS_AT_FULL_SIZE = 145;

/** The smallest scale a page is printed at: 9-point cells at about 6.3 points, still read on A3. */
const SMALLEST_SCALE = 70;

/** The most column units a page across holds, the repeated columns included. */
export const PAGE_UNITS = Math.floor((UNITS_AT_FULL_SIZE * 100) / SMALLEST_SCALE);

/** One printed page across: its columns, 0-based and inclusive (the repeated ones not counted). */
export interface PageColumns {
  from: number;
  to: number;
}

export interface PrintLayout {
  pages: PageColumns[];
  /** The print scale, in percent, when the table is printed over several pages across. */
  scale?: number;
}

/** A group of columns, 0-based and inclusive, as Table['groups'] holds them. */
type Span = readonly [number, number];

const sum = (widths: readonly number[], from: number, to: number) => widths.slice(from, to + 1).reduce((a, b) => a + b, 0);

/**
 * The pages across for columns of these widths: each page after the first repeats the first
 * `repeated` columns; a page ends before a group that does not fit in what is left of it, or
 * inside a group too wide for any page.
 */
export function printLayout(widths: readonly number[], groups: readonly Span[] | undefined, repeated: number): PrintLayout {
  const spans: Span[] = groups?.length ? [...groups] : widths.map((_, i) => [i, i] as const);
  const repeatedWidth = sum(widths, 0, repeated - 1);
  const pages: PageColumns[] = [];
  let page: PageColumns | undefined;
  let used = 0;
  const startAt = (col: number) => {
    page = { from: col, to: col - 1 };
    pages.push(page);
    used = pages.length > 1 ? repeatedWidth : 0;
  };
  const add = (col: number) => {
    page!.to = col;
    used += widths[col]!;
  };
  startAt(0);
  for (const [from, to] of spans) {
    const width = sum(widths, from, to);
    if (used + width <= PAGE_UNITS) {
      for (let col = from; col <= to; col++) add(col);
      continue;
    }
    if (page!.to >= page!.from && repeatedWidth + width <= PAGE_UNITS) {
      startAt(from);
      for (let col = from; col <= to; col++) add(col);
      continue;
    }
    // Wider than any page: split at the columns, each part under its own copy of the label.
    for (let col = from; col <= to; col++) {
      if (page!.to >= page!.from && used + widths[col]! > PAGE_UNITS) startAt(col);
      add(col);
    }
  }
  if (pages.length === 1) return { pages };
  const widest = Math.max(...pages.map((p, i) => sum(widths, p.from, p.to) + (i > 0 ? repeatedWidth : 0)));
  return { pages, scale: Math.max(10, Math.min(100, Math.floor((UNITS_AT_FULL_SIZE * 100) / widest))) };
}

/**
 * The group labels as merged spans that never cross a page break nor the edge of the repeated
 * columns: each page across, and the repeated columns printed on it, shows every label whole.
 */
export function groupsByPage(groups: readonly (readonly [string, number, number])[], layout: PrintLayout, repeated: number): Array<[string, number, number]> {
  const edges = new Set([...layout.pages.slice(1).map((p) => p.from), ...(layout.pages.length > 1 && repeated > 0 ? [repeated] : [])]);
  const out: Array<[string, number, number]> = [];
  for (const [label, from, to] of groups) {
    let start = from;
    for (let col = from + 1; col <= to; col++) {
      if (!edges.has(col)) continue;
      out.push([label, start, col - 1]);
      start = col;
    }
    out.push([label, start, to]);
  }
  return out;
}

interface SheetWriter {
  _writeRowBreaks(): void;
  _write(text: string): void;
}

/**
 * Makes the streaming sheet writer add the manual column breaks (exceljs writes row breaks
 * only), right after the row breaks, where the OOXML schema wants them.
 */
export function addColumnBreaks(sheet: unknown, layout: PrintLayout): void {
  const starts = layout.pages.slice(1).map((p) => p.from);
  if (starts.length === 0) return;
  const writer = sheet as Partial<SheetWriter>;
  const writeRowBreaks = writer._writeRowBreaks;
  if (typeof writeRowBreaks !== 'function' || typeof writer._write !== 'function') throw new Error('exceljs: the streaming sheet writer has no row breaks to add the column breaks after');
  // A break's id is the 0-based index of the column it comes before (the 1-based one it follows).
  const breaks = starts.map((col) => `<brk id="${col}" max="1048575" man="1"/>`).join('');
  writer._writeRowBreaks = function (this: SheetWriter) {
    writeRowBreaks.call(this);
    this._write(`<colBreaks count="${starts.length}" manualBreakCount="${starts.length}">${breaks}</colBreaks>`);
  };
}
