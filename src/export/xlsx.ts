import type { PaperSize } from 'exceljs';
import type { Lang } from '../i18n/lang.js';
import type { Table } from './tables.js';
import { writeViaTemporaryFile } from '../util/atomic-write.js';

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

/**
 * Writes the register as a print-ready workbook: a title and heading block, a two-level header
 * (art. 30 groups over the columns) frozen and filterable, wrapped multi-line cells, A3
 * landscape fitted to the width, header rows repeated on every page, page numbers. Every value
 * is written as text: nothing the YAML holds can become a formula.
 */
export async function writeXlsx(path: string, tables: readonly Table[], lang: Lang, creator: string, properties: WorkbookProperties = {}): Promise<void> {
  const ExcelJS = await loadExcel();
  await writeViaTemporaryFile(path, async (tmp) => {
    // The streaming writer sends each row to disk once done: bounded memory for large registers.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    workbook.creator = creator;
    workbook.created = new Date();
    if (properties.subject) workbook.subject = properties.subject;
    if (properties.keywords) workbook.keywords = properties.keywords;
    for (const table of tables) await (table.hidden ? addDataSheet(workbook, table) : addSheet(workbook, table, lang));
    await workbook.commit();
  });
}

/** Document properties shown by Excel and Calc (File > Properties): the state of the register. */
export interface WorkbookProperties {
  subject?: string;
  keywords?: string;
}

type WorkbookWriter = InstanceType<Awaited<ReturnType<typeof loadExcel>>['stream']['xlsx']['WorkbookWriter']>;

const DATA_FONT = { size: 9 }; // smaller than the headings: a register row holds a lot of text
const DATA_ALIGNMENT = { wrapText: true, vertical: 'top' } as const;

async function addSheet(workbook: WorkbookWriter, table: Table, lang: Lang): Promise<void> {
  const width = table.headers.length;
  // Where the table starts: after the title, the heading lines, a blank line, the group row.
  const firstHeaderRow = 2 + table.heading.length + 1;
  const headerRow = firstHeaderRow + (table.groups ? 1 : 0);
  const frozenColumns = width > 4 ? 2 : 0;
  const page = lang === 'it' ? 'Pagina &P di &N' : 'Page &P of &N';
  const footer = `&L&8${escapeHeaderFooter(table.sheet)}&C&8${page}&R&8&D`;
  const sheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: headerRow, topLeftCell: `${columnLetter(frozenColumns + 1)}${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: A3,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${firstHeaderRow}:${headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: footer, evenFooter: footer },
  });
  sheet.columns = table.widths.map((w) => ({ width: w }));
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: width } };
  // A string, always: exceljs writes strings as text cells, never as formulas.
  const text = (row: number, col: number, value: string) => (sheet.getCell(row, col).value = String(value));

  text(1, 1, table.title);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  if (width > 1) sheet.mergeCells(1, 1, 1, width);
  let row = 2;
  // Labels span two columns where the table is wide enough: the first column is narrow.
  const valueColumn = width > 3 ? 3 : 2;
  for (const [label, value] of table.heading) {
    text(row, 1, label);
    sheet.getCell(row, 1).font = { bold: true };
    if (valueColumn === 3) sheet.mergeCells(row, 1, row, 2);
    text(row, valueColumn, value);
    if (width > valueColumn) sheet.mergeCells(row, valueColumn, row, width);
    sheet.getCell(row, valueColumn).alignment = { wrapText: true, vertical: 'top' };
    row++;
  }
  row++; // a blank line before the table

  if (table.groups) {
    for (const [label, from, to] of table.groups) {
      text(row, from + 1, label);
      if (to > from) sheet.mergeCells(row, from + 1, row, to + 1);
      const c = sheet.getCell(row, from + 1);
      c.font = { bold: true };
      c.fill = GROUP_FILL;
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      for (let col = from + 1; col <= to + 1; col++) sheet.getCell(row, col).border = BORDER;
    }
    sheet.getRow(row).height = groupRowHeight(table);
    row++;
  }
  sheet.getRow(row).height = rowHeight(table.headers, table.widths);
  table.headers.forEach((h, i) => {
    text(row, i + 1, h);
    const c = sheet.getCell(row, i + 1);
    c.font = { bold: true };
    c.fill = HEADER_FILL;
    c.alignment = { vertical: 'middle', wrapText: true };
    c.border = BORDER;
  });
  for (let r = 1; r <= row; r++) sheet.getRow(r).commit();
  row++;
  for (const values of table.rows) {
    const r = sheet.getRow(row);
    values.forEach((v, i) => {
      const c = r.getCell(i + 1);
      c.value = String(v);
      c.font = DATA_FONT;
      c.alignment = DATA_ALIGNMENT;
      c.border = BORDER;
    });
    // Spreadsheet programs do not always grow wrapped rows (LibreOffice keeps the default).
    r.height = rowHeight(values, table.widths);
    r.commit();
    row++;
  }
  await sheet.commit();
}

const LINE_HEIGHT = 12;

/** Plain rows in a very hidden sheet: data for `registro import`, invisible in Excel and LibreOffice. */
async function addDataSheet(workbook: WorkbookWriter, table: Table): Promise<void> {
  const sheet = workbook.addWorksheet(table.sheet, { state: 'veryHidden' });
  for (const values of [table.headers, ...table.rows]) sheet.addRow(values.map(String)).commit();
  await sheet.commit();
}

/** Height of the group row: each label wraps within the columns its merged cell spans. */
function groupRowHeight(table: Table): number {
  let lines = 1;
  for (const [label, from, to] of table.groups ?? []) {
    const width = table.widths.slice(from, to + 1).reduce((a, b) => a + b, 0);
    lines = Math.max(lines, Math.ceil(label.length / (width * 1.35)));
  }
  return lines * LINE_HEIGHT + 3;
}

/** Height in points for the tallest cell: its lines, each wrapped at the column's width. */
export function rowHeight(values: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((value, i) => {
    const chars = Math.max(4, (widths[i] ?? 10) * 1.35);
    const count = value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / chars)), 0);
    lines = Math.max(lines, count);
  });
  return Math.min(409, lines * LINE_HEIGHT + 3);
}

/** `&` starts a code in Excel headers and footers; a literal one is written `&&`. */
function escapeHeaderFooter(value: string): string {
  return value.replace(/&/g, '&&');
}

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
