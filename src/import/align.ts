import { FIELDS } from './fields.js';
import type { Heading } from './headers.js';

/** Data columns may sit up to this many places right of their heading (inserted or page-break columns). */
const MAX_SHIFT = 3;
const SHIFT_COST = 0.05;

/**
 * Matches the heading's fields to the columns of a block of data rows, by what the values look
 * like: each field keeps its order and may slide right of its heading column, never left, by a
 * shift that only grows (dynamic programming over fields and shifts). This is what survives a
 * heading that lost a column, or a page break where every column moves right by one.
 */
export function alignBlock(heading: Heading, block: readonly string[][]): Map<string, number> {
  const fields = heading.columns;
  // A loop, not Math.max(...): spreading 200,000 rows overflows the stack.
  const width = block.reduce((w, r) => Math.max(w, r.length), 0);
  const score = (i: number, col: number): number => {
    if (col >= width) return -1;
    const spec = FIELDS.find((f) => f.campo === fields[i]!.campo)!;
    const values = block.map((r) => r[col] ?? '').filter(Boolean);
    if (values.length === 0) return 0;
    const share = values.length / block.length;
    if (!spec.values) return 0.4 * share;
    return values.filter((v) => spec.values!.test(v)).length / values.length + 0.1 * share;
  };
  // best[i][k]: best total for fields 0..i with field i at shift k.
  const best: number[][] = fields.map(() => new Array(MAX_SHIFT + 1).fill(-Infinity));
  const from: number[][] = fields.map(() => new Array(MAX_SHIFT + 1).fill(0));
  for (let i = 0; i < fields.length; i++) {
    for (let k = 0; k <= MAX_SHIFT; k++) {
      const here = score(i, fields[i]!.col + k);
      if (i === 0) {
        best[i]![k] = here - k * SHIFT_COST;
        continue;
      }
      for (let j = 0; j <= k; j++) {
        const total = best[i - 1]![j]! + here - (k - j) * SHIFT_COST;
        if (total > best[i]![k]!) {
          best[i]![k] = total;
          from[i]![k] = j;
        }
      }
    }
  }
  const result = new Map<string, number>();
  let k = best[fields.length - 1]!.indexOf(Math.max(...best[fields.length - 1]!));
  for (let i = fields.length - 1; i >= 0; i--) {
    result.set(fields[i]!.campo, fields[i]!.col + k);
    k = from[i]![k]!;
  }
  return result;
}

/**
 * The data rows after the heading, in blocks: a block ends at a blank row, a repeated heading,
 * or a change of row width (a page break that shifted the columns).
 */
export function dataBlocks(rows: readonly string[][], heading: Heading): Array<{ rows: string[][]; lines: number[] }> {
  const blocks: Array<{ rows: string[][]; lines: number[] }> = [];
  let current: { rows: string[][]; lines: number[]; length: number } | undefined;
  const headingText = new Set(heading.rows.map((r) => rows[r]!.join('\u0000')));
  for (let i = Math.max(-1, ...heading.rows) + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const blank = row.every((c) => !c);
    const repeated = headingText.has(row.join('\u0000'));
    // A page break shows as rows of another length: the columns may have moved.
    if (blank || repeated || (current && row.length !== current.length)) {
      if (current) blocks.push(current);
      current = undefined;
      if (blank || repeated) continue;
    }
    current ??= { rows: [], lines: [], length: row.length };
    current.rows.push(row);
    current.lines.push(i + 1);
  }
  if (current) blocks.push(current);
  return blocks.map(({ rows: r, lines }) => ({ rows: r, lines }));
}
