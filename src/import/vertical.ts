import type { Heading } from './headers.js';
import { fieldsOf } from './score.js';

const MIN_LABELS = 3;

/**
 * A vertical register: one `label | value` table per activity (Campo | Dettaglio), one under the
 * other, in a sheet or in a document's tables. Turns it into the usual shape (a heading row and
 * one row per activity) so the rest of the import applies unchanged. A new activity starts where
 * the name label comes again, or a label already filled comes back.
 */
export function fromVertical(rows: readonly string[][]): { heading: Heading; rows: string[][]; lines: number[] } | undefined {
  const filled = rows.map((row, i) => ({ i, cells: row.filter((c) => c.trim()) }));
  const isLabel = (cells: string[]) => cells.length >= 2 && fieldsOf(cells[0]!).length > 0;
  if (filled.filter(({ cells }) => isLabel(cells)).length < MIN_LABELS) return undefined;

  // One column per distinct label; a label naming two fields serves both from its column.
  const labels: string[] = [];
  const columns: Heading['columns'] = [];
  const records: Array<{ values: Map<number, string>; fields: Set<string>; line: number }> = [];
  let current: (typeof records)[number] | undefined;
  let afterBlank = false;
  for (const { i, cells } of filled) {
    if (cells.length === 0) afterBlank = true;
    if (cells.length < 2) continue;
    const [label, ...rest] = cells as [string, ...string[]];
    const key = label.trim();
    const named = fieldsOf(key);
    // An unknown label inside a table is kept verbatim; after a blank row it is the next table's own heading (Campo | Dettaglio).
    if (named.length === 0 && (!current || afterBlank)) continue;
    const restart = !current || named.some((f) => current!.fields.has(f.campo)) || (named.some((f) => f.campo === 'denominazione') && current.fields.size > 0);
    afterBlank = false;
    if (restart) {
      current = { values: new Map(), fields: new Set(), line: i + 1 };
      records.push(current);
    }
    let col = labels.indexOf(key);
    if (col < 0) {
      col = labels.push(key) - 1;
      for (const f of named) if (!columns.some((c) => c.campo === f.campo)) columns.push({ campo: f.campo, col, label: key, score: f.score });
    }
    for (const f of named) current!.fields.add(f.campo);
    current!.values.set(col, rest.length === 1 ? rest[0]! : rest.join('; '));
  }
  const unmapped = labels.map((label, col) => ({ col, label })).filter(({ col }) => !columns.some((c) => c.col === col));
  return {
    heading: { rows: [], columns: columns.sort((a, b) => a.col - b.col), unmapped },
    rows: records.map((r) => labels.map((_, col) => r.values.get(col) ?? '')),
    lines: records.map((r) => r.line),
  };
}
