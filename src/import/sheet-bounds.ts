import { UsageError } from '../util/errors.js';

/**
 * The largest register a sheet may hold, checked as soon as the size is known and before any
 * cell is processed: far above any real register (a few hundred rows, a few dozen columns).
 * A cell holds at most what Excel itself accepts.
 */
export const SHEET_LIMITS = { rows: 100_000, columns: 1_000, cellChars: 32_767 } as const;

export function checkSheetSize(path: string, rows: number, columns: number): void {
  if (rows > SHEET_LIMITS.rows) throw new UsageError('usage.sheetTooManyRows', { path, rows, limit: SHEET_LIMITS.rows });
  if (columns > SHEET_LIMITS.columns) throw new UsageError('usage.sheetTooManyColumns', { path, columns, limit: SHEET_LIMITS.columns });
}

/** A cell over Excel's own limit cannot come from a register: refused with its place. */
export function checkCellLength(path: string, text: string, row: number, col: number): void {
  if (text.length > SHEET_LIMITS.cellChars) throw new UsageError('usage.cellTooLong', { path, row, col, length: text.length, limit: SHEET_LIMITS.cellChars });
}

/** Every size check of a sheet already read as rows of text (csv, html, Markdown). */
export function checkRows(path: string, rows: readonly string[][]): void {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  checkSheetSize(path, rows.length, width);
  rows.forEach((row, r) => row.forEach((cell, c) => checkCellLength(path, cell, r + 1, c + 1)));
}
