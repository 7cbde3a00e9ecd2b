import { existsSync } from 'node:fs';
import { checkRegularFile, LIMITS, readBounded } from '../util/read-bounded.js';
import { basename, extname } from 'node:path';
import { joinContinuedRows } from './continued-rows.js';
import { UsageError } from '../util/errors.js';
import { decodeText, detectDelimiter, parseDelimited, type UnclosedQuote } from './read-text.js';
import { htmlRows, markdownRows } from './read-markup.js';
import { readXlsx } from './read-xlsx.js';
import { convertWithLibreOffice } from './read-office.js';
import { checkRows } from './sheet-bounds.js';
import { said, type Said } from './said.js';
import { splitLabelledLines } from './label-lines.js';

/** A cell that could not be read as a value (an Excel error such as #N/D), 1-based. */
export interface CellProblem {
  row: number;
  col: number;
  text: string;
}

/** A sheet as text: rows of cells, every value a string (empty for an empty cell), as written. */
export interface Sheet {
  name: string;
  rows: string[][];
  /** How the file was read, for the report: encoding and separator of a text file, or the conversion. */
  encoding?: string;
  delimiter?: string;
  via?: Said;
  problems?: CellProblem[];
  /** The comments (notes) written on cells, 1-based, their text in `text`. */
  comments?: CellProblem[];
  /** Rows and columns (1-based) the user hid: read like the others, and named in the report. */
  hidden?: { rows: number[]; columns: number[] };
  /** Cells ("row:col", 0-based) continuing a range merged down from a row above -> that row. */
  mergedFrom?: ReadonlyMap<string, number>;
  /** The hidden data sheet of a workbook written by `registro export`, when there is one. */
  embedded?: string[][];
  /** That sheet's name, for the place of an error in it. */
  embeddedSheet?: string;
  /** With no sheet named: the workbook's other visible, non-empty sheets (one per area, one per activity). */
  more?: Sheet[];
  /** Sheets not read, and why (hidden by the user), for the report. */
  left?: Array<{ name: string; why: 'nascosto' }>;
}

const DOCUMENTS = new Set(['.docx', '.doc', '.odt', '.rtf']);

/**
 * Reads the register: xlsx, csv or tsv; Markdown and HTML tables; ods and xls through LibreOffice;
 * Word and Writer documents (docx, doc, odt) as HTML through LibreOffice, their tables as rows.
 */
export async function readTable(path: string, sheetName?: string): Promise<Sheet> {
  return continuedJoined(oneLineEnd(await readAny(path, sheetName)));
}

/**
 * An exported workbook's long cells, continued over rows, joined back (continued-rows.ts). With
 * its data sheet the workbook is restored, and the comparison with the export joins them itself.
 */
function continuedJoined(sheet: Sheet): Sheet {
  if (sheet.embedded) return sheet;
  return { ...sheet, rows: joinContinuedRows(sheet.rows).rows, ...(sheet.more ? { more: sheet.more.map(continuedJoined) } : {}) };
}

/**
 * A cell written on Windows ends its lines with CR LF (a csv exported by Excel, text pasted from
 * Word): one line end, as the YAML and the report write it, whatever the file's origin.
 */
function oneLineEnd(sheet: Sheet): Sheet {
  const rows = sheet.rows.map((row) => row.map((cell) => (cell.includes('\r') ? cell.replace(/\r\n?/g, '\n') : cell)));
  return { ...sheet, rows, ...(sheet.more ? { more: sheet.more.map(oneLineEnd) } : {}) };
}

async function readAny(path: string, sheetName?: string): Promise<Sheet> {
  if (!existsSync(path)) throw new UsageError('usage.notFound', { path });
  const ext = extname(path).toLowerCase();
  const name = basename(path);
  // A FIFO or a device (/dev/zero) would block or flood every reader below: refused first.
  checkRegularFile(path, LIMITS.table);
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(path, sheetName);
  if (ext === '.ods' || ext === '.xls') return convertWithLibreOffice(path, 'xlsx', (converted) => readXlsx(converted, sheetName, name));
  if (DOCUMENTS.has(ext)) return { ...(await convertWithLibreOffice(path, 'html', (html) => htmlSheet(name, readBounded(html, LIMITS.table).toString('utf8')))), via: said('LibreOffice (documento convertito in HTML)', 'LibreOffice (document converted to HTML)') };
  const { text, encoding } = decodeText(readBounded(path, LIMITS.table));
  if (ext === '.html' || ext === '.htm') return { ...htmlSheet(name, text), encoding };
  if (ext === '.md' || ext === '.markdown') return { name, rows: checked(name, splitLabelledLines(markdownRows(text))), encoding };
  const delimiter = detectDelimiter(text);
  const found: { unclosed?: UnclosedQuote } = {};
  const rows = parseDelimited(text, delimiter, found);
  if (found.unclosed) throw new UsageError('usage.unclosedQuote', { path: name, row: found.unclosed.line, col: found.unclosed.col });
  return { name, rows: checked(name, rows), encoding, delimiter };
}

/** The tables of a page as a sheet, with the cells its rowspans cover. */
function htmlSheet(name: string, html: string): Sheet {
  const mergedFrom = new Map<string, number>();
  // Paragraphs "Finalità: ..." are read as cards; a table's own rows have two cells or more.
  const rows = checked(name, splitLabelledLines(htmlRows(html, mergedFrom)));
  return { name, rows, ...(mergedFrom.size ? { mergedFrom } : {}) };
}

function checked(name: string, rows: string[][]): string[][] {
  checkRows(name, rows);
  return rows;
}
