import { candidates, fieldSpec, groupOf, isHeadingCell } from './fields.js';
import { fieldsOf } from './score.js';

/** One field read from one heading column; a heading naming two fields gives two, on the same column. */
export interface HeadingColumn {
  campo: string;
  col: number;
  label: string;
  /** How surely the heading names the field, 0..1 (1 for a mapping file). */
  score: number;
}

/** Where the heading is, and which field each heading column names, in column order. */
export interface Heading {
  rows: number[];
  columns: HeadingColumn[];
  /** Heading cells that name no field: their values are kept only verbatim. */
  unmapped: Array<{ col: number; label: string }>;
}

const MIN_FIELDS = 3;
/** Headings sit near the top, under at most a title block. */
const SEARCH_ROWS = 40;

/** How many distinct fields a row names. */
function fieldsNamedBy(row: readonly string[]): number {
  return new Set(row.flatMap((cell) => fieldsOf(cell).map((f) => f.campo))).size;
}

/** The row naming most fields among the first rows; undefined when none names enough. */
export function headingRow(rows: readonly string[][], from = 0): number | undefined {
  let best = -1;
  let bestCount = 0;
  rows.slice(from, from + SEARCH_ROWS).forEach((row, i) => {
    const count = fieldsNamedBy(row);
    if (count > bestCount) {
      bestCount = count;
      best = from + i;
    }
  });
  return best >= 0 && bestCount >= MIN_FIELDS ? best : undefined;
}

/**
 * A two-row grouped heading (DATI PERSONALI over CATEGORIA | DATI SENSIBILI): the top row opens
 * groups, and the row below names fields under top cells left empty by the merge.
 */
function isGrouped(top: readonly string[], below: readonly string[]): boolean {
  if (!top.some((c) => groupOf(c))) return false;
  const subs = below.filter((c) => c.trim() && (isHeadingCell(c) || candidates(c).length > 1));
  const underMerge = below.some((c, i) => c.trim() && !(top[i] ?? '').trim() && (isHeadingCell(c) || candidates(c).length > 1));
  return subs.length >= 2 && underMerge;
}

/**
 * Finds the heading: the row naming most fields, with the row above or below when the two
 * make a grouped heading. A generic sub-heading (CATEGORIA) takes the next group of the row
 * above, in their order (groups and sub-headings are not always aligned in real registers).
 */
export function detectHeading(rows: readonly string[][], from = 0): Heading | undefined {
  const best = headingRow(rows, from);
  if (best === undefined) return undefined;
  const start = best > from && isGrouped(rows[best - 1]!, rows[best]!) ? best - 1 : best;
  const twoRows = start < best || isGrouped(rows[best]!, rows[best + 1] ?? []);
  const top = rows[start]!;
  const below = twoRows ? rows[start + 1]! : [];
  return { rows: twoRows ? [start, start + 1] : [start], ...headingColumns(top, below, twoRows) };
}

function headingColumns(top: readonly string[], below: readonly string[], twoRows: boolean): Omit<Heading, 'rows'> {
  const pendingGroups = top.map(groupOf).filter((g): g is string => g !== undefined);
  const columns: HeadingColumn[] = [];
  const unmapped: Heading['unmapped'] = [];
  const width = Math.max(top.length, below.length);
  for (let col = 0; col < width; col++) {
    const sub = twoRows ? (below[col] ?? '').trim() : '';
    const label = sub || (top[col] ?? '').trim();
    // A group title over sub-headings names no column itself; a title merged down over both rows does.
    if (!label || (twoRows && !sub && groupOf(label) && hasSubHeadings(top, below, col))) continue;
    let found = fieldsOf(label).map((f) => ({ campo: f.campo, score: f.score }));
    // "Trasferimenti verso Paesi terzi" over "Paese | Garanzie": a sub-heading naming nothing takes its title's field.
    const parent = sub && found.length === 0 ? titleOver(top, col) : undefined;
    if (parent) found = fieldsOf(parent).filter((f) => !fieldSpec(f.campo)?.group).slice(0, 1).map((f) => ({ campo: f.campo, score: f.score * 0.9 }));
    // A generic sub-heading: the next group above that it may belong to decides.
    const generic = candidates(label);
    if (sub && generic.length > 1 && (found[0]?.score ?? 0) < 0.8) {
      const group = pendingGroups.find((g) => generic.some((c) => fieldSpec(c)?.group === g));
      if (group) {
        pendingGroups.splice(pendingGroups.indexOf(group), 1);
        found = [{ campo: generic.find((c) => fieldSpec(c)?.group === group)!, score: 0.9 }];
      }
    }
    let placed = false;
    for (const { campo, score } of found) {
      const taken = columns.findIndex((c) => c.campo === campo);
      // Two columns naming the same field: the surer keeps it, the other stays verbatim.
      if (taken >= 0 && columns[taken]!.score >= score) continue;
      if (taken >= 0) {
        unmapped.push({ col: columns[taken]!.col, label: columns[taken]!.label });
        columns.splice(taken, 1);
      }
      columns.push({ campo, col, label, score });
      placed = true;
    }
    if (!placed) unmapped.push({ col, label });
  }
  columns.sort((a, b) => a.col - b.col);
  return { columns, unmapped: unmapped.filter((u) => !columns.some((c) => c.col === u.col)).sort((a, b) => a.col - b.col) };
}

/** Whether the columns under a title, up to the next title, have sub-headings of their own. */
function hasSubHeadings(top: readonly string[], below: readonly string[], col: number): boolean {
  for (let c = col + 1; c < Math.max(top.length, below.length) && !(top[c] ?? '').trim(); c++) if ((below[c] ?? '').trim()) return true;
  return false;
}

/** The title a sub-heading sits under: the nearest filled cell of the top row, at its column or to its left. */
function titleOver(top: readonly string[], col: number): string | undefined {
  for (let c = Math.min(col, top.length - 1); c >= 0; c--) if ((top[c] ?? '').trim()) return top[c]!.trim();
  return undefined;
}
