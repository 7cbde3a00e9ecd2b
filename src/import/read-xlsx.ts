import type { Worksheet } from 'exceljs';
import { UsageError } from '../util/errors.js';
import { DATA_SHEET_NAMES } from '../table/tables.js';
import type { CellProblem, Sheet } from './read-table.js';
import { LIMITS, readBounded } from '../util/read-bounded.js';
import { checkZipBounds } from './zip-bounds.js';
import { checkCellLength, checkSheetSize } from './sheet-bounds.js';
import { basename } from 'node:path';

/**
 * Reads one worksheet of an xlsx (the first visible, non-empty one unless named) and the hidden
 * data sheet. `shownAs`: the file's name in messages (an .ods is read from its converted copy).
 */
export async function readXlsx(path: string, sheetName?: string, shownAs = basename(path)): Promise<Sheet> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const bytes = readBounded(path, LIMITS.table);
  const name = shownAs;
  checkZipBounds(bytes, name);
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    // exceljs reading bytes from outside: whatever it throws, truncated zip or broken XML, the
    // file is not a workbook it can read. Our own code runs only after this call.
    throw new UsageError('usage.badWorkbook', { path: name, detail: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) });
  }
  if (workbook.worksheets.length === 0) throw new UsageError('usage.badWorkbook', { path: name, detail: '' });
  const visible = workbook.worksheets.filter((s) => s.state === 'visible' && !DATA_SHEET_NAMES.includes(s.name) && s.actualRowCount > 0);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : visible[0];
  // No sheet asked for, and none with a row: the workbook is empty, which no sheet name would mend.
  if (!sheet && !sheetName) throw new UsageError('usage.emptyWorkbook', { path: name });
  if (!sheet) throw new UsageError('usage.noSheet', { value: sheetName ?? '', allowed: workbook.worksheets.map((s) => s.name).join(', ') });
  const data = workbook.worksheets.find((s) => DATA_SHEET_NAMES.includes(s.name));
  const embedded = data ? sheetRows(data, [], name) : undefined;
  const read = (ws: Worksheet): Sheet => {
    const problems: CellProblem[] = [];
    const mergedFrom = new Map<string, number>();
    const rows = sheetRows(ws, problems, name, mergedFrom);
    const hidden = hiddenLines(ws, rows);
    const comments = cellComments(ws, rows);
    return { name: ws.name, rows, ...(problems.length ? { problems } : {}), ...(hidden ? { hidden } : {}), ...(mergedFrom.size ? { mergedFrom } : {}), ...(comments.length ? { comments } : {}) };
  };
  // Unless a sheet is named, every visible sheet is read: a school keeps one sheet per area.
  const more = sheetName || embedded ? [] : visible.slice(1).map(read);
  const left = sheetName ? [] : workbook.worksheets.filter((s) => s.state !== 'visible' && !DATA_SHEET_NAMES.includes(s.name) && s.actualRowCount > 0).map((s) => ({ name: s.name, why: 'nascosto' as const }));
  return { ...read(sheet), ...(embedded ? { embedded, embeddedSheet: data!.name } : {}), ...(more.length ? { more } : {}), ...(left.length ? { left } : {}) };
}

/**
 * The rows and columns holding text that the user hid: a hidden row is often an activity given
 * up, a hidden column a field set aside. They are read, and the report names them.
 */
function hiddenLines(sheet: Worksheet, rows: readonly string[][]): { rows: number[]; columns: number[] } | undefined {
  const hiddenRows = rows.flatMap((cells, i) => (sheet.getRow(i + 1).hidden && cells.some((c) => c.trim() !== '') ? [i + 1] : []));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= width; c++) if (sheet.getColumn(c).hidden && rows.some((r) => (r[c - 1] ?? '').trim() !== '')) hiddenColumns.push(c);
  return hiddenRows.length || hiddenColumns.length ? { rows: hiddenRows, columns: hiddenColumns } : undefined;
}

/** The comments on the cells of the rows read (an Excel note, a LibreOffice comment), as their text. */
function cellComments(sheet: Worksheet, rows: readonly string[][]): CellProblem[] {
  const comments: CellProblem[] = [];
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    for (let c = 1; c <= row.cellCount; c++) {
      const note = row.getCell(c).note as string | { texts?: Array<{ text?: string }> } | undefined;
      const text = (typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text ?? '').join('')).trim();
      if (text) comments.push({ row: i + 1, col: c, text });
    }
  });
  return comments;
}

/**
 * A worksheet as text rows. exceljs repeats a merged range's value in every cell: only the first
 * holds it, as the sheet shows it. A cell merged down from a row above is noted in `mergedFrom`
 * ("row:col" -> the first row, 0-based): the import gives its activity the same value.
 */
function sheetRows(sheet: Worksheet, problems: CellProblem[], path: string, mergedFrom = new Map<string, number>()): string[][] {
  const rows: string[][] = [];
  // exceljs computes these over the whole sheet on every call: read them once. A sheet with
  // cells A1 and XFD1048576 only is refused here, before a million empty rows are made.
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  checkSheetSize(path, rowCount, columnCount);
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    // Only the cells the row really has: empty trailing cells cost nothing.
    const last = Math.min(columnCount, row.cellCount);
    for (let c = 1; c <= last; c++) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master !== cell) {
        const master = cell.master.fullAddress;
        if (master.col === c && master.row < r) mergedFrom.set(`${r - 1}:${c - 1}`, master.row - 1);
        cells.push('');
        continue;
      }
      const { text, error } = cellText(cell.value);
      checkCellLength(path, text, r, c);
      if (error) problems.push({ row: r, col: c, text: error });
      cells.push(text);
    }
    rows.push(cells);
  }
  return rows;
}

/**
 * The text a person sees in a cell: rich text joined, a formula by its cached result, an error
 * (#N/D, #DIV/0!) by its text, flagged; dates as YYYY-MM-DD. Text is kept as written, spaces included.
 */
export function cellText(value: unknown): { text: string; error?: string } {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value !== 'object') return { text: String(value) };
  const v = value as { richText?: Array<{ text: string }>; result?: unknown; formula?: string; sharedFormula?: string; text?: unknown; error?: string; hyperlink?: string };
  if (typeof v.error === 'string') return { text: v.error, error: v.error };
  if (v.richText) return { text: v.richText.map((t) => t.text).join('') };
  // A formula never recalculated has no cached result: its text is all there is to keep.
  if ('formula' in v || 'sharedFormula' in v || 'result' in v) return v.result === undefined ? { text: v.formula ? `=${v.formula}` : '' } : cellText(v.result);
  if (v.text !== undefined) return cellText(v.text);
  if (typeof v.hyperlink === 'string') return { text: v.hyperlink };
  return { text: '' };
}
