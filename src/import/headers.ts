import { candidates, fieldSpec, groupOf, isHeadingCell } from './fields.js';
import { fieldsOf } from './score.js';
import campi from './data/campi.json' with { type: 'json' };
import { plainText as plain } from '../text/plain.js';

const QUALIFIERS = new Set(campi.qualificatori);

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
  /**
   * Further columns of a field already in `columns`: sub-headings under one title merged across
   * ("Destinatari" over "Interni | Esterni"), whose values all belong to that field.
   */
  joined?: HeadingColumn[];
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
  const grouped = start < best || isGrouped(rows[best]!, rows[best + 1] ?? []);
  const spanned = !grouped && isSpannedSubHeading(rows[best]!, rows[best + 1] ?? []);
  const twoRows = grouped || spanned;
  const top = rows[start]!;
  const below = twoRows ? rows[start + 1]! : [];
  return { rows: twoRows ? [start, start + 1] : [start], ...headingColumns(top, below, twoRows, spanned) };
}

/** `spanned`: the sub-headings sit under titles merged across, which name the field of their columns. */
function headingColumns(top: readonly string[], below: readonly string[], twoRows: boolean, spanned = false): Omit<Heading, 'rows'> {
  const pendingGroups = top.map(groupOf).filter((g): g is string => g !== undefined);
  const columns: HeadingColumn[] = [];
  const unmapped: Heading['unmapped'] = [];
  const joined: HeadingColumn[] = [];
  // Column -> the column of the title its field was taken from, for sub-headings naming nothing.
  const viaTitle = new Map<number, number>();
  const width = Math.max(top.length, below.length);
  for (let col = 0; col < width; col++) {
    const sub = twoRows ? (below[col] ?? '').trim() : '';
    const label = sub || (top[col] ?? '').trim();
    // A group title over sub-headings names no column itself; a title merged down over both rows does.
    if (!label || (twoRows && !sub && groupOf(label) && hasSubHeadings(top, below, col))) continue;
    // "Esterni" under "Destinatari" says which recipients, not which field.
    const qualifies = sub !== '' && QUALIFIERS.has(plain(sub).replace(/\s+/g, ' '));
    let found = qualifies ? [] : fieldsOf(label).map((f) => ({ campo: f.campo, score: f.score }));
    // "Trasferimenti verso Paesi terzi" over "Paese | Garanzie": a sub-heading naming nothing takes its title's field.
    const parentCol = sub && found.length === 0 ? titleColumnOver(top, col) : undefined;
    const parent = parentCol === undefined ? undefined : top[parentCol]!.trim();
    // A group's title (DATI PERSONALI) names its sub-headings' group, not their field; a title merged across names it.
    if (parent) found = fieldsOf(parent).filter((f) => spanned || qualifies || !fieldSpec(f.campo)?.group).slice(0, 1).map((f) => ({ campo: f.campo, score: f.score * 0.9 }));
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
      // "Interni | Esterni" under "Destinatari": both halves of the one field, neither left verbatim only.
      if (taken >= 0 && parentCol !== undefined && viaTitle.get(columns[taken]!.col) === parentCol) {
        joined.push({ campo, col, label, score });
        placed = true;
        continue;
      }
      if (parentCol !== undefined) viaTitle.set(col, parentCol);
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
  const mapped = (col: number) => columns.some((c) => c.col === col) || joined.some((c) => c.col === col);
  return { columns, unmapped: unmapped.filter((u) => !mapped(u.col)).sort((a, b) => a.col - b.col), ...(joined.length ? { joined } : {}) };
}

/** Whether the columns under a title, up to the next title, have sub-headings of their own. */
function hasSubHeadings(top: readonly string[], below: readonly string[], col: number): boolean {
  for (let c = col + 1; c < Math.max(top.length, below.length) && !(top[c] ?? '').trim(); c++) if ((below[c] ?? '').trim()) return true;
  return false;
}

/** The column of the title a sub-heading sits under: the nearest filled cell of the top row, at its column or to its left. */
function titleColumnOver(top: readonly string[], col: number): number | undefined {
  for (let c = Math.min(col, top.length - 1); c >= 0; c--) if ((top[c] ?? '').trim()) return c;
  return undefined;
}

/** Sub-headings are short words, not sentences nor numbers (a data row has both). */
const SHORT_LABEL = 40;

/**
 * A row of sub-headings under titles merged across ("Destinatari" over "Interni | Esterni"), the
 * other titles merged down over both rows: every filled cell short, each under a title spanning
 * several columns, and some title with two of them. A data row also fills the columns under the
 * titles that span one column, which this row leaves empty.
 */
function isSpannedSubHeading(top: readonly string[], below: readonly string[]): boolean {
  const width = Math.max(top.length, below.length);
  const filled = below.flatMap((c, col) => (c.trim() ? [{ text: c.trim(), col }] : []));
  if (filled.length < 2 || filled.some(({ text }) => text.length > SHORT_LABEL || /^\d+([.,]\d+)?$/.test(text))) return false;
  const titles = filled.map(({ col }) => titleColumnOver(top, col));
  const spanOf = (start: number) => {
    let end = start + 1;
    while (end < width && !(top[end] ?? '').trim()) end++;
    return end - start;
  };
  if (titles.some((t) => t === undefined || spanOf(t) < 2)) return false;
  return titles.some((t, i) => titles.indexOf(t) !== i);
}
