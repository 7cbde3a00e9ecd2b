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
  const filled = rows.map((row, i) => ({ i, cells: row.filter((c) => c.trim()) })).flatMap(labelPairs);
  const isLabel = (cells: string[]) => cells.length >= 2 && fieldsOf(cells[0]!).length > 0;
  if (filled.filter(({ cells }) => isLabel(cells)).length < MIN_LABELS) return undefined;
  const across = transposed(rows);
  if (across) return across;

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

/**
 * "Data di creazione | 12/03/2019 | Ultimo aggiornamento | 05/06/2024": two labels, each with its
 * value, on one row of a card. Split into one row per label, so that neither value is lost in the other.
 */
function labelPairs(row: { i: number; cells: string[] }): Array<{ i: number; cells: string[] }> {
  const { i, cells } = row;
  if (cells.length < 4 || cells.length % 2 !== 0) return [row];
  const pairs = Array.from({ length: cells.length / 2 }, (_, k) => [cells[2 * k]!, cells[2 * k + 1]!]);
  return pairs.every(([label]) => fieldsOf(label!).length > 0) ? pairs.map((cells) => ({ i, cells })) : [row];
}

/**
 * A register written across: the labels in the first column, one activity per column after it
 * ("Denominazione | Anagrafe | Servizi sociali | Polizia locale"). Read when the name's row holds
 * two values or more, no other row names an activity again, and other labels too have values for
 * two activities or more: each column is an activity.
 */
function transposed(rows: readonly string[][]): { heading: Heading; rows: string[][]; lines: number[] } | undefined {
  // A label with values beside it: a title row above ("Comune di ... - Registro dei trattamenti") is none.
  const labelled = rows
    .map((row, i) => ({ i, row, label: (row.find((c) => c.trim()) ?? '').trim() }))
    .filter(({ row, label }) => row.filter((c) => c.trim()).length >= 2 && fieldsOf(label).length > 0);
  const names = labelled.filter(({ label }) => fieldsOf(label).some((f) => f.campo === 'denominazione'));
  if (names.length !== 1) return undefined;
  const { row: nameRow, label: nameLabel } = names[0]!;
  const labelAt = nameRow.findIndex((c) => c.trim() === nameLabel);
  const activityColumns = nameRow.map((c, col) => (col > labelAt && c.trim() ? col : -1)).filter((col) => col >= 0);
  // Across, most labels have a value for two activities or more: a note beside one card's name is not a second activity.
  const across = labelled.filter(({ row }) => activityColumns.filter((col) => (row[col] ?? '').trim()).length >= 2).length;
  if (activityColumns.length < 2 || across < MIN_LABELS) return undefined;
  const labels: string[] = [];
  const columns: Heading['columns'] = [];
  for (const { label } of labelled) {
    if (labels.includes(label)) continue;
    const col = labels.push(label) - 1;
    for (const f of fieldsOf(label)) if (!columns.some((c) => c.campo === f.campo)) columns.push({ campo: f.campo, col, label, score: f.score });
  }
  const valueOf = (row: readonly string[], col: number) => (row[col] ?? '').trim();
  return {
    heading: { rows: [], columns: columns.sort((a, b) => a.col - b.col), unmapped: [] },
    rows: activityColumns.map((col) => labels.map((label) => valueOf(labelled.find((l) => l.label === label)!.row, col))),
    lines: activityColumns.map(() => names[0]!.i + 1),
  };
}
