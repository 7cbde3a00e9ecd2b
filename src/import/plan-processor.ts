import { basename } from 'node:path';
import type { Heading } from './headers.js';
import { dataBlocks } from './align.js';
import { isTotalsRow } from './totals.js';
import { isTableHeading, skippedBelow } from './tables.js';
import { entryFromRow, type ProcessorEntry } from './processor-entry.js';
import type { ImportContext } from './normalize.js';
import type { ImportPlan } from './plan.js';
import type { Sheet } from './read-table.js';
import { headingNote, readingNotes, unmappedNote } from './plan-notes.js';
import { count } from '../i18n/plural.js';
import { filledNote, RowsAbove } from './fill-down.js';
import { said, type Said } from './said.js';
import type { Lang } from '../i18n/lang.js';

/** What a sheet in the processor's layout (art. 30, par. 2) gives: its entries, the report's lines, the rows left out (their notes are the caller's, as for activities). */
export interface ProcessorSheet {
  heading: Heading;
  entries: ProcessorEntry[];
  notes: Said[];
  skipped: ImportPlan['skipped'];
  /** The 0-based row where another table starts below the processor's, if one does. */
  end?: number;
}

/** A row with one filled cell is a title, a note or a total, as in the controller's register. */
const MIN_CELLS = 2;

/**
 * Reads the processor's entries out of a sheet whose heading is the processor's. Its columns
 * are taken where the heading puts them: the alignment by values (align.ts) knows the controller's
 * fields only.
 */
export function planProcessor(sheet: Sheet, heading: Heading, options: { file: string; today: string; ctx: ImportContext; foglio?: string; lang?: Lang; mappa?: string }): ProcessorSheet {
  const columns = new Map(heading.columns.map((c) => [c.campo, c.col]));
  const labels = new Map([...heading.unmapped, ...heading.columns].map((c) => [c.col, c.label]));
  const found: ProcessorSheet = { heading, entries: [], notes: [...readingNotes(sheet), processorNote(heading, options.mappa), ...[unmappedNote(heading)].filter((n) => n !== undefined)], skipped: [] };
  const source = { file: basename(options.file), today: options.today, ...(options.foglio ? { sheet: options.foglio } : {}), ...(options.lang ? { lang: options.lang } : {}) };
  // Another table below (a document keeps its tables one under the other) ends the processor's:
  // its rows are reported, never read as entries.
  const top = Math.max(...heading.rows);
  const end = sheet.rows.findIndex((_, i) => i > top + 1 && isTableHeading(sheet.rows, i, heading));
  const mine = end < 0 ? sheet.rows : sheet.rows.slice(0, end);
  // "idem", "come sopra" and a cell merged down are the entry above's value, as in the controller's register.
  const above = new RowsAbove(sheet.mergedFrom);
  for (const block of dataBlocks(mine, heading)) {
    block.rows.forEach((row, i) => {
      const line = block.lines[i]!;
      const filled = row.filter((c) => c.trim());
      if (filled.length < MIN_CELLS) found.skipped.push({ line, text: filled.join(''), why: 'cella' });
      else if (isTotalsRow(row)) found.skipped.push({ line, text: filled.join(' | '), why: 'totale' });
      else found.entries.push(entryAbove(row, line, above, columns, labels, { ...source, line }, options.ctx));
    });
  }
  if (end < 0) return found;
  found.skipped.push(skippedBelow(sheet.rows, end, 'tabella'));
  return { ...found, end };
}

/** One entry, its "idem" and merged cells taken from the row above; its originals as written. */
function entryAbove(row: readonly string[], line: number, above: RowsAbove, columns: ReadonlyMap<string, number>, labels: ReadonlyMap<number, string>, source: Parameters<typeof entryFromRow>[3], ctx: ImportContext): ProcessorEntry {
  const { row: full, filled } = above.fill(row, line, columns);
  const entry = entryFromRow(full, columns, labels, source, ctx, row);
  for (const f of filled) entry.report.push({ campo: f.campo, fate: 'dedotto', value: filledNote(f) });
  return entry;
}

/** "Registro del responsabile (art. 30, par. 2), intestazione alla riga 2: ...". */
function processorNote(heading: Heading, mappa: string | undefined): Said {
  const mapped = headingNote(heading, mappa);
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return said(`Registro del responsabile (art. 30, par. 2), ${lower(mapped.it)}`, `Processor's register (Art. 30(2)), ${lower(mapped.en)}`);
}

/** "Foglio "Responsabile": 3 voci del registro del responsabile." */
export function processorCountNote(sheet: string | undefined, entries: number): Said {
  const it = count(entries, 'voce del registro del responsabile', 'voci del registro del responsabile');
  const en = count(entries, "entry of the processor's register", "entries of the processor's register");
  return sheet ? said(`Foglio "${sheet}": ${it}.`, `Sheet "${sheet}": ${en}.`) : said(`${it[0]!.toUpperCase()}${it.slice(1)}.`, `${en[0]!.toUpperCase()}${en.slice(1)}.`);
}
