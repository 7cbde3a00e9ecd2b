import type { PaperSize, Worksheet } from 'exceljs';
import type { Lang } from '../i18n/lang.js';
import type { Table } from '../table/tables.js';
import { writeViaTemporaryFile } from '../util/atomic-write.js';
import { numericDate } from '../text/numeric-date.js';
import { fittingWidths, heightOf, lineCount, rowHeight, setDateOrText, setText, shownText } from './xlsx-cells.js';
import { addFilterNamesOnCommit, columnLetter, type FilterRange } from './xlsx-names.js';
import { sheetRows, type ContinuedCell, type SheetRow } from './xlsx-continued.js';
import { addColumnBreaks, groupsByPage, PAGE_UNITS, printLayout, type PrintLayout } from './xlsx-pages.js';

/** exceljs is heavy: loaded only by the commands that write a workbook. */
async function loadExcel() {
  return (await import('exceljs')).default;
}

/** OOXML paper size 8 is A3; exceljs's enum lists only some sizes. */
const A3 = 8 as unknown as PaperSize;

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } } as const;
const GROUP_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB4C6E7' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF8EA9DB' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const DATA_FONT = { size: 9 }; // smaller than the headings: a register row holds a lot of text
const DATA_ALIGNMENT = { wrapText: true, vertical: 'top' } as const;
const HEADING_ALIGNMENT = { vertical: 'middle', wrapText: true } as const;
/** The hidden column that carries each row's record id when no chosen column shows it. */
const ID_WIDTH = 14;

/**
 * Writes the register as a print-ready workbook that Excel and LibreOffice Calc read alike: a
 * title and heading block, a two-level header (art. 30 groups over the columns) frozen and
 * filterable, wrapped multi-line cells, real dates, A3 landscape fitted to one page wide or printed
 * over pages across broken at the groups (xlsx-pages.ts), header rows repeated on every page, page
 * numbers; a cell too long for a row goes on below it (xlsx-continued.ts), and is returned so that
 * the export can say so. Nothing the YAML holds can become a formula.
 */
export async function writeXlsx(path: string, tables: readonly Table[], lang: Lang, creator: string, properties: WorkbookProperties = {}, print: PrintedPage = {}): Promise<ContinuedCell[]> {
  const continued: ContinuedCell[] = [];
  const ExcelJS = await loadExcel();
  await writeViaTemporaryFile(path, async (tmp) => {
    // The streaming writer sends each row to disk once done; only the distinct texts of the
    // visible sheets stay in memory, as shared strings (about 25 MB for 10,000 records).
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: true });
    workbook.creator = creator;
    // File > Properties said "last modified by ExcelJS", the library's name.
    workbook.lastModifiedBy = creator;
    workbook.created = new Date();
    if (properties.subject) workbook.subject = properties.subject;
    if (properties.keywords) workbook.keywords = properties.keywords;
    const filters: FilterRange[] = [];
    for (const [index, table] of tables.entries()) {
      if (table.hidden) await addDataSheet(workbook, table);
      else {
        const added = await addSheet(workbook, table, lang, index, print);
        filters.push(added.filter);
        continued.push(...added.continued);
      }
    }
    addFilterNamesOnCommit(workbook, filters);
    await workbook.commit();
  });
  // The cells too long for one row, which the export names: they continue in the rows below them.
  return continued;
}

/** Document properties shown by Excel and Calc (File > Properties): the state of the register. */
export interface WorkbookProperties {
  subject?: string;
  keywords?: string;
}

/** What every printed page says about the register it comes from, once separated from the others. */
export interface PrintedPage {
  /** The controller's name, in each page's header. */
  controller?: string;
  /** The generation date, YYYY-MM-DD, in each page's footer. */
  generated?: string;
}

type WorkbookWriter = InstanceType<Awaited<ReturnType<typeof loadExcel>>['stream']['xlsx']['WorkbookWriter']>;

/** One visible sheet; returns its filter range, for the workbook's defined names, and its continued cells. */
async function addSheet(workbook: WorkbookWriter, shown: Table, lang: Lang, index: number, print: PrintedPage): Promise<{ filter: FilterRange; continued: ContinuedCell[] }> {
  // Columns wide enough that no cell is cut by the row-height limit, but none wider than a page
  // across holds beside the repeated columns: one long note printed the whole sheet at half
  // size. A text longer still goes on in the rows below (xlsx-continued.ts).
  const rows = shown.rows.map((values) => values.map(shownText));
  const width = shown.headers.length;
  const repeatedWidth = shown.widths.slice(0, frozenColumnsOf(width)).reduce((a, b) => a + b, 0);
  const table = { ...shown, rows, widths: fittingWidths(rows, shown.widths, PAGE_UNITS - repeatedWidth) };
  // The record ids travel in a hidden last column when no chosen column shows them.
  const hiddenId = table.rowIds !== undefined && table.idColumn === undefined;
  const fullWidth = width + (hiddenId ? 1 : 0);
  // Where the table starts: after the title, the heading lines, a blank line, the group row.
  const firstHeaderRow = 2 + table.heading.length + 1;
  const headerRow = firstHeaderRow + (table.groups ? 1 : 0);
  const written = sheetRows(table, lang);
  const lastRow = headerRow + written.rows.length;
  const frozen = frozenColumnsOf(width);
  const layout = printLayout(table.widths, table.groups?.map(([, from, to]) => [from, to] as const), frozen);
  const sheet = workbook.addWorksheet(table.sheet, {
    views: [frozenView(width, headerRow)],
    pageSetup: {
      paperSize: A3,
      orientation: 'landscape',
      // One page wide: fitted to it. Wider: our own breaks at the groups' edges, which a fit to
      // N pages would ignore, at the scale at which each page holds its columns (xlsx-pages.ts).
      ...(layout.scale ? { fitToPage: false, scale: layout.scale } : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      // A record printed over pages across has its parts on consecutive sheets of paper, not
      // one part in each half of the stack.
      pageOrder: 'overThenDown',
      printTitlesRow: `${firstHeaderRow}:${headerRow}`,
      // Each page across repeats the columns that stay in view on screen (the id and the name).
      ...(layout.pages.length > 1 && frozen > 0 ? { printTitlesColumn: `A:${columnLetter(frozen)}` } : {}),
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: headerFooter(table.sheet, lang, print),
  });
  addColumnBreaks(sheet, layout);
  sheet.columns = [...table.widths.map((w) => ({ width: w })), ...(hiddenId ? [{ width: ID_WIDTH, hidden: true }] : [])];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: lastRow, column: fullWidth } };

  writeTop(sheet, table, layout);
  if (table.groups) writeGroups(sheet, groupsByPage(table.groups, layout, frozen), table.widths, headerRow - 1);
  writeHeaders(sheet, hiddenId ? [...table.headers, 'ID'] : table.headers, table.widths, headerRow);
  for (let r = 1; r <= headerRow; r++) sheet.getRow(r).commit();
  writeRows(sheet, table, written.rows, headerRow + 1, hiddenId);
  await sheet.commit();
  return { filter: { sheetIndex: index, sheet: table.sheet, range: `$A$${headerRow}:$${columnLetter(fullWidth)}$${lastRow}` }, continued: written.continued };
}

/** The first two columns (id and name) of a wide table stay in view while scrolling. */
function frozenColumnsOf(width: number): number {
  return width > 4 ? 2 : 0;
}

/** Headings stay in view while scrolling; so do the frozen columns. */
function frozenView(width: number, headerRow: number) {
  const frozenColumns = frozenColumnsOf(width);
  return { state: 'frozen' as const, xSplit: frozenColumns, ySplit: headerRow, topLeftCell: `${columnLetter(frozenColumns + 1)}${headerRow + 1}`, activeCell: `A${headerRow + 1}` };
}

/**
 * The controller's name over every page, the sheet, the page number and the generation date
 * under it. The date is written out, not as the &D code: that prints the day of printing in the
 * printing computer's format, 12/03/2026 on an English system for 3 December.
 */
function headerFooter(sheetName: string, lang: Lang, print: PrintedPage) {
  const page = lang === 'it' ? 'Pagina &P di &N' : 'Page &P of &N';
  const date = print.generated ? `${lang === 'it' ? 'Generato il' : 'Generated'} ${numericDate(print.generated)}` : '';
  const footer = `&L${small(escapeHeaderFooter(sheetName))}&C${small(page)}${date ? `&R${small(escapeHeaderFooter(date))}` : ''}`;
  const header = print.controller ? `&L${small(escapeHeaderFooter(print.controller))}` : '';
  return { oddFooter: footer, evenFooter: footer, ...(header ? { oddHeader: header, evenHeader: header } : {}) };
}

/** 8-point text (codes escaped) in a header or footer section. A digit right after the size code would be read as part of it ("3M Italia" as size 83): a space keeps them apart. */
function small(text: string): string {
  return /^\d/.test(text) ? `&8 ${text}` : `&8${text}`;
}

/**
 * The title and the label-value lines above the table, within the first page across. Each later
 * page prints the labels again in its repeated columns: it gets its own copy of the values beside
 * them, where it printed "Titolare" over nothing, so that a page taken from the stack reads alone.
 */
function writeTop(sheet: Worksheet, table: Table, layout: PrintLayout): void {
  const width = layout.pages[0]!.to + 1;
  setText(sheet.getCell(1, 1), table.title);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  if (width > 1) sheet.mergeCells(1, 1, 1, width);
  // A narrow table (--colonne id,denominazione) would cut its one-line title at its edge.
  sheet.getCell(1, 1).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(1).height = heightOf(lineCount(table.title, spanWidth(table.widths, 1, width), 'title'), 'title');
  // Labels span two columns where the table is wide enough: the first column is narrow.
  const valueColumn = width > 3 ? 3 : 2;
  const valueSpans = [[valueColumn, Math.max(valueColumn, width)], ...layout.pages.slice(1).map((p) => [p.from + 1, p.to + 1])] as const;
  table.heading.forEach(([label, value, kind], i) => {
    const row = 2 + i;
    setText(sheet.getCell(row, 1), label);
    sheet.getCell(row, 1).font = { bold: true };
    sheet.getCell(row, 1).alignment = { vertical: 'top' };
    if (valueColumn === 3) sheet.mergeCells(row, 1, row, 2);
    let lines = 1;
    for (const [from, to] of valueSpans) {
      const cell = sheet.getCell(row, from);
      if (kind === 'date') setDateOrText(cell, value);
      else setText(cell, value);
      cell.alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
      if (to > from) sheet.mergeCells(row, from, row, to);
      lines = Math.max(lines, lineCount(value, spanWidth(table.widths, from, to), 'heading'));
    }
    sheet.getRow(row).height = heightOf(lines, 'heading');
  });
}

/** The width of columns `from` to `to`, 1-based and inclusive. */
function spanWidth(widths: readonly number[], from: number, to: number): number {
  return widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
}

/** The art. 30 groups, each merged over its columns; the row as tall as the longest label needs. */
function writeGroups(sheet: Worksheet, groups: ReadonlyArray<readonly [string, number, number]>, widths: readonly number[], row: number): void {
  let lines = 1;
  for (const [label, from, to] of groups) {
    setText(sheet.getCell(row, from + 1), label);
    if (to > from) sheet.mergeCells(row, from + 1, row, to + 1);
    const c = sheet.getCell(row, from + 1);
    c.font = { bold: true };
    c.fill = GROUP_FILL;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let col = from + 1; col <= to + 1; col++) sheet.getCell(row, col).border = BORDER;
    lines = Math.max(lines, lineCount(label, spanWidth(widths, from + 1, to + 1), 'heading'));
  }
  sheet.getRow(row).height = heightOf(lines, 'heading');
}

function writeHeaders(sheet: Worksheet, headers: readonly string[], widths: readonly number[], row: number): void {
  sheet.getRow(row).height = rowHeight(headers, [...widths, ID_WIDTH], 'heading');
  headers.forEach((h, i) => {
    const c = sheet.getCell(row, i + 1);
    setText(c, h);
    c.font = { bold: true };
    c.fill = HEADER_FILL;
    c.alignment = HEADING_ALIGNMENT;
    c.border = BORDER;
  });
}

function writeRows(sheet: Worksheet, table: Table, rows: readonly SheetRow[], first: number, hiddenId: boolean): void {
  const dates = new Set(table.dateColumns ?? []);
  rows.forEach(({ values, id }, i) => {
    const r = sheet.getRow(first + i);
    values.forEach((v, col) => {
      const c = r.getCell(col + 1);
      if (dates.has(col)) setDateOrText(c, v);
      else setText(c, v);
      c.font = DATA_FONT;
      c.alignment = DATA_ALIGNMENT;
      c.border = BORDER;
    });
    if (hiddenId && id) setText(r.getCell(values.length + 1), id);
    r.height = rowHeight(values, table.widths, 'data');
    r.commit();
  });
}

/** Plain rows in a very hidden sheet: data for `registro import`, invisible in Excel and LibreOffice. */
async function addDataSheet(workbook: WorkbookWriter, table: Table): Promise<void> {
  // JSON holds no raw line breaks: plain string cells suffice, and keep it out of the shared strings.
  // exceljs's types omit the streaming writer's per-sheet option.
  const sheet = workbook.addWorksheet(table.sheet, { state: 'veryHidden', useSharedStrings: false } as Parameters<WorkbookWriter['addWorksheet']>[1]);
  for (const values of [table.headers, ...table.rows]) sheet.addRow(values.map(String)).commit();
  await sheet.commit();
}

/** `&` starts a code in Excel headers and footers; a literal one is written `&&`. */
function escapeHeaderFooter(value: string): string {
  return value.replace(/&/g, '&&');
}
