import { parse } from 'parse5';

/** Enough of parse5's tree to walk it. */
interface Node {
  nodeName: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
}

/** Elements that end a line of text inside a cell. */
const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr']);

/**
 * The rows of an HTML page (a Word or Writer document converted by LibreOffice, or a page
 * saved from the web): each table's rows, one blank row between tables, and the text outside
 * tables as one-cell rows (titles, notes), so that the rest of the import reads it like a sheet.
 * Merged cells (colspan, rowspan) keep their text in the first cell only, as in a workbook;
 * a cell a rowspan covers is noted in `mergedFrom` ("row:col" -> its first row, 0-based), as
 * read-xlsx notes a range merged down.
 */
export function htmlRows(html: string, mergedFrom = new Map<string, number>()): string[][] {
  const rows: string[][] = [];
  walk(parse(html) as unknown as Node, rows, mergedFrom);
  return rows;
}

function walk(node: Node, rows: string[][], mergedFrom: Map<string, number>): void {
  if (node.nodeName === 'table') {
    if (rows.length && rows[rows.length - 1]!.length) rows.push([]);
    rows.push(...tableRows(node, rows.length, mergedFrom), []);
    return;
  }
  if (BLOCKS.has(node.nodeName) && !containsTable(node)) {
    const text = textOf(node).trim();
    if (text) rows.push([text]);
    return;
  }
  for (const child of node.childNodes ?? []) walk(child, rows, mergedFrom);
}

function containsTable(node: Node): boolean {
  return (node.childNodes ?? []).some((c) => c.nodeName === 'table' || containsTable(c));
}

/** `offset`: the sheet row of the table's first row, for `mergedFrom`. */
function tableRows(table: Node, offset: number, mergedFrom: Map<string, number>): string[][] {
  const rows: string[][] = [];
  // Columns still covered by a rowspan from above: column -> rows left, and the row the span
  // starts at when the column is its first (the cell that holds the text), -1 otherwise.
  const spans = new Map<number, number>();
  const starts = new Map<number, number>();
  for (const tr of descendants(table, 'tr')) {
    const row: string[] = [];
    let col = 0;
    const skipSpanned = () => {
      while ((spans.get(col) ?? 0) > 0) {
        spans.set(col, spans.get(col)! - 1);
        if ((starts.get(col) ?? -1) >= 0) mergedFrom.set(`${offset + rows.length}:${col}`, offset + starts.get(col)!);
        row.push('');
        col++;
      }
    };
    for (const cell of (tr.childNodes ?? []).filter((c) => c.nodeName === 'td' || c.nodeName === 'th')) {
      skipSpanned();
      const colspan = Math.max(1, Math.min(100, Number(attr(cell, 'colspan')) || 1));
      const rowspan = Math.max(1, Math.min(1000, Number(attr(cell, 'rowspan')) || 1));
      row.push(textOf(cell).replace(/^ +| +$/gm, '').trim());
      for (let k = 0; k < colspan; k++) {
        if (k > 0) row.push('');
        if (rowspan > 1) spans.set(col + k, rowspan - 1);
        if (rowspan > 1) starts.set(col + k, k === 0 ? rows.length : -1);
      }
      col += colspan;
    }
    skipSpanned();
    rows.push(row);
  }
  return rows;
}

/** The rows of this table, not of tables nested in its cells. */
function descendants(node: Node, name: string): Node[] {
  const found: Node[] = [];
  for (const child of node.childNodes ?? []) {
    if (child.nodeName === name) found.push(child);
    else if (child.nodeName !== 'table') found.push(...descendants(child, name));
  }
  return found;
}

function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

/** The text a reader sees: spaces collapsed as a browser does, line breaks at <br> and between paragraphs. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node.value ?? '').replace(/\s+/g, ' ');
  if (node.nodeName === 'br') return '\n';
  const inner = (node.childNodes ?? []).map(textOf).join('');
  return BLOCKS.has(node.nodeName) ? `${inner.replace(/^ +| +$/gm, '')}\n` : inner;
}

/**
 * The rows of a Markdown file: pipe tables (a blank row between tables; `<br>` in a cell is a
 * line break) and the other non-empty lines as one-cell rows.
 */
export function markdownRows(text: string): string[][] {
  const rows: string[][] = [];
  let inTable = false;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    const isRow = trimmed.startsWith('|') || (inTable && trimmed.includes('|'));
    if (isRow) {
      if (!inTable && rows.length && rows[rows.length - 1]!.length) rows.push([]);
      inTable = true;
      // The separator line under the heading (| --- | :---: |) carries no cells.
      if (/^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(trimmed)) continue;
      rows.push(splitPipes(trimmed));
      continue;
    }
    if (inTable) rows.push([]);
    inTable = false;
    const prose = trimmed.replace(/^#+\s*|^[-*]\s+/, '');
    if (prose) rows.push([prose]);
  }
  return rows;
}

/** Cells of one pipe-table line; `\|` is a literal bar. */
function splitPipes(line: string): string[] {
  const body = line.replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return body.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|').replace(/<br\s*\/?>/gi, '\n'));
}
