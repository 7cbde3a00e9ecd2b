import type { Heading } from './headers.js';
import { fieldsOf } from './score.js';
import type { ImportPlan } from './plan.js';

/** Heading cells are short: a few words, no long sentence. */
const SHORT = 40;

/**
 * Whether the row at `index` opens another table below the register (a list of processors, a
 * legend, another section), after a blank row or a title: every filled cell short and not a number, and either half of them
 * naming fields of a register, or a one-cell title just above it.
 */
export function isTableHeading(rows: readonly string[][], index: number, register: Heading): boolean {
  // Only after a blank row or a one-cell title: a table does not start in the middle of another.
  const above = (rows[index - 1] ?? []).filter((c) => c.trim());
  if (above.length > 1) return false;
  const filled = (rows[index] ?? []).filter((c) => c.trim());
  if (filled.length < 2 || filled.some((c) => c.trim().length > SHORT || /^\s*\d+([.,]\d+)?\s*$/.test(c))) return false;
  if (register.rows.some((r) => (rows[r] ?? []).join('\u0000') === (rows[index] ?? []).join('\u0000'))) return false;
  const naming = filled.filter((c) => fieldsOf(c).length > 0).length;
  if (naming >= 2 && naming * 2 >= filled.length) return true;
  // After a section title ("AREA TRIBUTI"), a row filling most of the register's columns is its next activity, not a heading.
  const columns = new Set(register.columns.map((c) => c.col));
  const under = (rows[index] ?? []).filter((c, col) => c.trim() && columns.has(col)).length;
  if (under * 2 > columns.size) return false;
  return above.length === 1 && !/^\s*\d+\s*$/.test(above[0]!);
}

/** The rows from `start` to the last filled one, left out as one block (another table, the foot), for the report. */
export function skippedBelow(rows: readonly string[][], start: number, why: 'tabella' | 'calce'): ImportPlan['skipped'][number] {
  const until = rows.length - [...rows].reverse().findIndex((r) => r.some((c) => c.trim()));
  return { line: start + 1, text: rows[start]!.filter((c) => c.trim()).join(' | '), why, until };
}
