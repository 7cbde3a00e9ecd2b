import type { Table } from '../table/tables.js';
import { shownText } from '../export/xlsx-cells.js';
import { joinContinuedRows } from './continued-rows.js';

/** The id column the workbook adds, hidden, when no chosen column shows the record id. */
const HIDDEN_ID_HEADER = 'ID';

/** What became of the exported rows in the sheet, matched by record id. */
export interface RowMatch {
  /** False when the sheet no longer has the exported table's headings: nothing was compared. */
  found: boolean;
  /** Per record id, the cells that differ from the export, by heading. */
  edits: Map<string, Record<string, string>>;
  /** Rows whose id the export did not write (or left empty), with their non-empty cells. */
  added: Array<{ row: number; id: string; cells: Record<string, string> }>;
  /** Ids the export wrote that no row carries any more. */
  deleted: string[];
  /** Rows that repeat an id already seen above them. */
  repeated: Array<{ row: number; id: string }>;
}

/**
 * Compares the visible sheet with the table the export wrote, row by row through the record id,
 * not by position: sorting, filtering, moving columns or deleting rows in Excel changes nothing.
 */
export function matchRows(expected: Table, visible: readonly string[][]): RowMatch {
  const result: RowMatch = { found: false, edits: new Map(), added: [], deleted: [], repeated: [] };
  const headers = expected.idColumn === undefined ? [...expected.headers, HIDDEN_ID_HEADER] : expected.headers;
  const idIndex = expected.idColumn ?? expected.headers.length;
  const located = locateHeaders(headers, visible);
  if (!located) return result;
  result.found = true;
  const { row: headerRow, columns } = located;
  const byId = new Map((expected.rowIds ?? []).map((id, i) => [id, i]));
  const seen = new Set<string>();
  // The rows that continue a long cell are joined to their record's (continued-rows.ts); read
  // again here, as the sheet came, to know which cells were.
  const sheet = joinContinuedRows(visible);
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const cells = columns.map((c) => normalize(sheet.rows[r]?.[c] ?? ''));
    if (cells.every((c) => c.trim() === '')) continue;
    const joined = new Set(columns.flatMap((c, k) => (sheet.joined.has(`${r}:${c}`) ? [k] : [])));
    const id = cells[idIndex]!.trim();
    const at = byId.get(id);
    if (at === undefined) result.added.push({ row: r + 1, id, cells: nonEmpty(headers, cells) });
    else if (seen.has(id)) result.repeated.push({ row: r + 1, id });
    else {
      seen.add(id);
      const changed = differences(expected.headers, expected.rows[at]!, cells, joined);
      if (changed) result.edits.set(id, changed);
    }
  }
  result.deleted = (expected.rowIds ?? []).filter((id) => !seen.has(id));
  return result;
}

/**
 * The heading row and, for each expected heading, the sheet column that holds it: the first row
 * that has them all, in any order. A heading used twice is matched to its occurrences in turn.
 */
function locateHeaders(headers: readonly string[], visible: readonly string[][]): { row: number; columns: number[] } | undefined {
  for (let r = 0; r < visible.length; r++) {
    const row = visible[r]!.map((c) => c.trim());
    const used = new Set<number>();
    const columns: number[] = [];
    for (const h of headers) {
      const col = row.findIndex((c, i) => c === h && !used.has(i));
      if (col < 0) break;
      used.add(col);
      columns.push(col);
    }
    if (columns.length === headers.length) return { row: r, columns };
  }
  return undefined;
}

/** Line ends as the export wrote them: a round trip through another program may turn them into CRLF. */
function normalize(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

/**
 * A cell edited since the export: compared with the text the workbook showed (shownText), not the
 * YAML's. A cell written over several rows was cut at a space or a line break, which its joined
 * parts no longer tell apart: it is compared with the spaces collapsed.
 */
function differences(headers: readonly string[], written: readonly string[], seen: readonly string[], joined: ReadonlySet<number>): Record<string, string> | undefined {
  const changed: Record<string, string> = {};
  const squashed = (text: string) => text.replace(/\s+/g, ' ').trim();
  written.forEach((cell, c) => {
    const shown = shownText(cell);
    if (seen[c] !== shown && !(joined.has(c) && squashed(seen[c]!) === squashed(shown))) changed[headers[c]!] = seen[c]!;
  });
  return Object.keys(changed).length > 0 ? changed : undefined;
}

function nonEmpty(headers: readonly string[], cells: readonly string[]): Record<string, string> {
  return Object.fromEntries(cells.flatMap((c, i) => (c.trim() ? [[headers[i]!, c]] : [])));
}
