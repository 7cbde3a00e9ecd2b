import { fieldsNamed } from './fields.js';
import type { Heading } from './headers.js';

const MIN_LABELS = 3;

/**
 * A vertical register: one `label | value` table per activity, one under the other. Turns it
 * into the usual shape (a heading row and one row per activity) so the rest of the import
 * applies unchanged. A new activity starts where the name label comes again.
 */
export function fromVertical(rows: readonly string[][]): { heading: Heading; rows: string[][]; lines: number[] } | undefined {
  const labelled = rows
    .map((row, i) => ({ i, cells: row.filter((c) => c.trim()) }))
    .filter(({ cells }) => cells.length >= 2 && fieldsNamed(cells[0]!).length > 0);
  if (labelled.length < MIN_LABELS) return undefined;

  const columns: Heading['columns'] = [];
  const records: Array<{ values: Map<string, string>; line: number }> = [];
  let current: { values: Map<string, string>; line: number } | undefined;
  for (const { i, cells } of labelled) {
    const [label, ...rest] = cells as [string, ...string[]];
    const spec = fieldsNamed(label).find((f) => !f.group || f.ungrouped === false) ?? fieldsNamed(label)[0]!;
    if (!current || current.values.has(spec.campo) || (spec.campo === 'denominazione' && current.values.size > 0)) {
      current = { values: new Map(), line: i + 1 };
      records.push(current);
    }
    current.values.set(spec.campo, rest.join('; ').trim());
    if (!columns.some((c) => c.campo === spec.campo)) columns.push({ campo: spec.campo, col: columns.length, label });
  }
  return {
    heading: { rows: [], columns },
    rows: records.map((r) => columns.map((c) => r.values.get(c.campo) ?? '')),
    lines: records.map((r) => r.line),
  };
}
