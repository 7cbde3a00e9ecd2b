import { isUtf8 } from 'node:buffer';
import cp1252 from './data/windows-1252.json' with { type: 'json' };

/** A text file's characters, and the encoding they were read in (for the report). */
export interface Decoded {
  text: string;
  encoding: string;
}

/**
 * UTF-16 when it starts with a byte-order mark (Excel's "Unicode text" is UTF-16 LE with FF FE),
 * UTF-8 with or without BOM when valid, else Windows-1252 as Excel writes CSV on Italian Windows.
 */
export function decodeText(bytes: Buffer): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8 con BOM' };
  if (looksUtf16Le(bytes)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16 LE' };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'UTF-8' };
  return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
}

const HIGH = new Map(Object.entries(cp1252.caratteri).map(([hex, ch]) => [parseInt(hex, 16), ch]));

/**
 * Windows-1252 by its own table: a runtime without full ICU decodes it as ISO-8859-1, and the
 * euro sign, curly quotes and dashes Excel writes (0x80-0x9F) would become control characters.
 */
export function decodeWindows1252(bytes: Buffer): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => HIGH.get(c.charCodeAt(0)) ?? c);
  }
  return text;
}

/** UTF-16 LE without a BOM: latin text leaves every other byte zero, which no 8-bit text does. */
function looksUtf16Le(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 2000);
  if (sample.length < 4) return false;
  let zeros = 0;
  for (let i = 1; i < sample.length; i += 2) if (sample[i] === 0) zeros++;
  return zeros > sample.length / 4;
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

/** Where a quoted cell opens that the file never closes: its line in the file and its cell in the row, 1-based. */
export interface UnclosedQuote {
  line: number;
  col: number;
}

/**
 * RFC 4180: quoted fields may hold separators, doubled quotes and line breaks. Values are kept
 * exactly as written (spaces included): the import keeps every cell verbatim. A quote opened and
 * never closed would swallow every row after it into one cell: `found.unclosed` says where it opens.
 */
export function parseDelimited(text: string, delimiter: string, found: { unclosed?: UnclosedQuote } = {}): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let start = 0;
  let opened = { at: 0, col: 0 };
  // Unquoted runs are copied with slice(), not character by character: 10,000 rows stay fast.
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') continue;
      field += text.slice(start, i);
      if (text[i + 1] === '"') {
        field += '"';
        i++;
        start = i + 1;
      } else {
        quoted = false;
        start = i + 1;
      }
    } else if (c === '"' && field === '' && i === start) {
      quoted = true;
      opened = { at: i, col: row.length + 1 };
      start = i + 1;
    } else if (c === delimiter || c === '\n' || c === '\r') {
      row.push(field + text.slice(start, i));
      field = '';
      if (c !== delimiter) {
        if (c === '\r' && text[i + 1] === '\n') i++;
        rows.push(row);
        row = [];
      }
      start = i + 1;
    }
  }
  if (quoted) found.unclosed = { line: text.slice(0, opened.at).split('\n').length, col: opened.col };
  const last = field + text.slice(start);
  if (last !== '' || row.length > 0) {
    row.push(last);
    rows.push(row);
  }
  return rows;
}
