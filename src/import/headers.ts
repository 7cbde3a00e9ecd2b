import { fieldsNamed, groupOf } from './fields.js';

/** Where the heading is, and which field each heading column names, in column order. */
export interface Heading {
  rows: number[];
  columns: Array<{ campo: string; col: number; label: string }>;
}

const MIN_FIELDS = 3;

/**
 * Finds the heading: the row naming most fields, plus the row below it when that one holds
 * sub-headings of a two-row grouped header (DATI PERSONALI / CATEGORIA ...). An ambiguous
 * sub-heading is resolved by the groups of the row above, in their order.
 */
export function detectHeading(rows: readonly string[][]): Heading | undefined {
  let best = -1;
  let bestCount = 0;
  rows.slice(0, 40).forEach((row, i) => {
    const count = new Set(row.filter((cell) => fieldsNamed(cell).length > 0 || groupOf(cell))).size;
    if (count > bestCount) {
      bestCount = count;
      best = i;
    }
  });
  if (best < 0 || bestCount < MIN_FIELDS) return undefined;

  const top = rows[best]!;
  const below = rows[best + 1] ?? [];
  const groupsAbove = top.map(groupOf).filter((g): g is string => g !== undefined);
  const twoRows = groupsAbove.length > 0 && below.filter((c) => fieldsNamed(c).length > 0).length >= 2;

  const columns: Heading['columns'] = [];
  const pendingGroups = [...groupsAbove];
  const width = Math.max(top.length, below.length);
  for (let col = 0; col < width; col++) {
    const sub = twoRows ? (below[col] ?? '') : '';
    const label = sub || (top[col] ?? '');
    if (!label || (twoRows && !sub && groupOf(label))) continue;
    const candidates = fieldsNamed(label);
    if (candidates.length === 0) continue;
    let chosen = candidates[0]!;
    if (candidates.length > 1) {
      // Ambiguous: a sub-heading takes the next group of the row above; a top heading, the ungrouped meaning.
      const group = sub ? pendingGroups.find((g) => candidates.some((c) => c.group === g)) : undefined;
      if (group) pendingGroups.splice(pendingGroups.indexOf(group), 1);
      chosen = candidates.find((c) => (group ? c.group === group : c.ungrouped)) ?? candidates[0]!;
    }
    if (columns.some((c) => c.campo === chosen.campo)) continue;
    columns.push({ campo: chosen.campo, col, label });
  }
  return { rows: twoRows ? [best, best + 1] : [best], columns };
}
