import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { basename, extname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { UsageError } from '../util/errors.js';
import { DATA_SHEET } from '../export/tables.js';

/** A sheet as text: rows of cells, every value a string (empty for an empty cell). */
export interface Sheet {
  name: string;
  rows: string[][];
  /** How the file was read, for the report: encoding and separator of a text file. */
  encoding?: string;
  delimiter?: string;
  /** The hidden data sheet of a workbook written by `registro export`, when there is one. */
  embedded?: string[][];
}

/** Reads the register spreadsheet: xlsx, csv or tsv; ods and xls through LibreOffice when installed. */
export async function readTable(path: string, sheetName?: string): Promise<Sheet> {
  if (!existsSync(path)) throw new UsageError('usage.notFound', { path });
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(path, sheetName);
  if (ext === '.ods' || ext === '.xls') return readViaLibreOffice(path, sheetName);
  return readDelimited(readFileSync(path), basename(path));
}

/** UTF-8 (with or without BOM) when valid, else Windows-1252 as Excel writes CSV on Italian Windows. */
export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8 con BOM' };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'UTF-8' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
}

export function readDelimited(bytes: Buffer, name: string): Sheet {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  return { name, rows: parseDelimited(text, delimiter), encoding, delimiter };
}

/** The separator that splits the first lines most consistently (tab, semicolon, comma, bar). */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 30);
  let best = ',';
  let bestScore = -1;
  for (const d of ['\t', ';', ',', '|']) {
    const counts = lines.map((l) => l.split(d).length - 1).filter((n) => n > 0);
    if (counts.length === 0) continue;
    counts.sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)]!;
    const score = median * (counts.length / lines.length);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** RFC 4180: quoted fields may hold separators, doubled quotes and line breaks. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.map((r) => r.map((v) => v.trim()));
}

async function readXlsx(path: string, sheetName?: string): Promise<Sheet> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets.find((s) => s.state === 'visible' && s.actualRowCount > 0);
  if (!sheet) throw new UsageError('usage.noSheet', { value: sheetName ?? '', allowed: workbook.worksheets.map((s) => s.name).join(', ') });
  const rows = sheetRows(sheet);
  const data = workbook.getWorksheet(DATA_SHEET);
  const embedded = data ? sheetRows(data) : undefined;
  return { name: sheet.name, rows, ...(embedded ? { embedded } : {}) };
}

/** A worksheet as text rows. exceljs repeats a merged range's value in every cell: only the first holds it. */
function sheetRows(sheet: import('exceljs').Worksheet): string[][] {
  const rows: string[][] = [];
  // exceljs computes these over the whole sheet on every call: read them once.
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      cells.push(cell.isMerged && cell.master !== cell ? '' : cellText(cell.value));
    }
    rows.push(cells);
  }
  return rows;
}

/** The text a person sees in a cell: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: string };
    if (v.richText) return v.richText.map((t) => t.text).join('').trim();
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text.trim();
  }
  return String(value).trim();
}

async function readViaLibreOffice(path: string, sheetName?: string): Promise<Sheet> {
  const dir = mkdtempSync(join(tmpdir(), 'registro-import-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', dir, path], { stdio: 'ignore', timeout: 120_000 });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    throw new UsageError('usage.needLibreOffice', { path: basename(path) });
  }
  try {
    return await readXlsx(join(dir, basename(path, extname(path)) + '.xlsx'), sheetName);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
