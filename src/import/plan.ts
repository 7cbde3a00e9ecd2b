import { basename } from 'node:path';
import { detectHeading, type Heading } from './headers.js';
import { alignBlock, dataBlocks } from './align.js';
import { ImportContext } from './normalize.js';
import { recordFromRow, verbatim, type ImportedRecord } from './record.js';
import { filledNote, RowsAbove } from './fill-down.js';
import { joinContinuation } from './continuation.js';
import type { ProcessorEntry } from './processor-entry.js';
import { processorHeadingAt } from './processor-heading.js';
import { planProcessor, processorCountNote } from './plan-processor.js';
import { readableName } from './names.js';
import { readMonthFirst } from './dates.js';
import { fromVertical } from './vertical.js';
import { groupTitle, inGroup, namedInGroup, type ActivityGroup } from './groups.js';
import { commentsElsewhere, withComments } from './comments.js';
import { cardTitles, namedByTitle } from './card-titles.js';
import { applyMapping } from './mapping.js';
import { isTableHeading, skippedBelow } from './tables.js';
import { isTotalsRow } from './totals.js';
import { footerStart, isFooterRow } from './footer.js';
import { numberedSection, sectionTitle } from './sections.js';
import type { CellProblem, Sheet } from './read-table.js';
import { Vocabulary } from '../vocab/vocabulary.js';
import { anotherHeadingNote, headingNote, readingNotes, repeatedHeadingNote, shiftedNote, skippedNote, unmappedNote, verticalNote } from './plan-notes.js';
import { said, type Said } from './said.js';
import type { Lang } from '../i18n/lang.js';

/** What an import would do, before anything is written: the preview prints it, the import writes it. */
export interface ImportPlan {
  heading: Heading;
  vertical: boolean;
  records: ImportedRecord[];
  /** Entries of the processor's register (art. 30, par. 2), from the sheets in its layout. */
  entries: ProcessorEntry[];
  /** Lines for the report: how the file was read, the mapping, shifted columns, rows left out and why. */
  notes: Said[];
  /** Non-empty rows not imported as activities (1-based line, their text): a note, a total, another table. */
  skipped: Array<{ line: number; text: string; why: 'cella' | 'tabella' | 'totale' | 'sezione' | 'calce' | 'gruppo'; until?: number; sheet?: string }>;
  ctx: ImportContext;
  /** Label-value cards: how many rows above the first card make the title block (a heading row says it for a table). */
  titleRows?: number;
  /**
   * A workbook's title block, when it is not only above the first sheet's heading: its cover
   * sheets (no heading, before the register's sheets: "Copertina" with the controller and the
   * DPO), then the rows above the heading of the first sheet read.
   */
  titleBlock?: string[][];
}

/** Where the rows of a sheet come from, for their records' `importazione` and the import's language. */
type RowSource = { file: string; today: string; sheet?: string; lang?: Lang; mergedFrom?: ReadonlyMap<string, number>; hiddenRows?: readonly number[]; comments?: readonly CellProblem[] };

/** A row with one filled cell is a title, a note or a total; two or more make an activity. */
const MIN_CELLS = 2;

/** The heading a sheet is read with, and its label-value cards when it is a sheet of cards. */
export interface SheetHeading {
  heading: Heading;
  vertical?: NonNullable<ReturnType<typeof fromVertical>>;
}

/** Where a sheet's heading is (or its mapping file, or its cards); undefined when it has none. */
export function sheetHeading(sheet: Sheet, mappa?: string): SheetHeading | undefined {
  const detected = detectHeading(sheet.rows);
  // A "heading" that names one field only may be the first row of a register written across
  // ("Denominazione | Anagrafe | Servizi sociali"): its cards, when it has them, read it.
  const vertical = !mappa && (!detected || detected.columns.length <= 1) ? fromVertical(sheet.rows) : undefined;
  const heading = mappa ? applyMapping(mappa, sheet.rows, detected) : (vertical?.heading ?? detected);
  return heading && heading.columns.length > 0 ? { heading, ...(vertical ? { vertical } : {}) } : undefined;
}

/**
 * Reads the activities out of a sheet: heading (or mapping file, or vertical tables), blocks of
 * rows, records. `found` is the sheet's heading when the caller has looked for it already.
 */
export function planImport(sheet: Sheet, file: string, options: { mappa?: string; today: string; ctx?: ImportContext; foglio?: string; lang?: Lang; found?: SheetHeading }): ImportPlan | { seen: string[][] } {
  const found = options.found ?? sheetHeading(sheet, options.mappa);
  if (!found) return { seen: sheet.rows.slice(0, 40) };
  const { heading, vertical } = found;
  const plan: ImportPlan = { heading, vertical: vertical !== undefined, records: [], entries: [], notes: readingNotes(sheet), skipped: [], ctx: options.ctx ?? new ImportContext(new Vocabulary()) };
  const source: RowSource = { file: basename(file), today: options.today, ...(options.foglio ? { sheet: options.foglio } : {}), ...(options.lang ? { lang: options.lang } : {}), ...(sheet.mergedFrom ? { mergedFrom: sheet.mergedFrom } : {}), ...(sheet.hidden ? { hiddenRows: sheet.hidden.rows } : {}), ...(sheet.comments ? { comments: sheet.comments } : {}) };
  if (vertical) {
    plan.notes.push(verticalNote(heading, vertical.rows.length), ...present(unmappedNote(heading, true)));
    const columns = columnsOf(heading);
    const titles = cardTitles(sheet.rows, vertical.lines.map((line) => line - 1));
    // "Misure: vedi sopra" in a card is the card above's measures, as in a row of a table.
    const above = new RowsAbove();
    vertical.rows.forEach((row, i) => {
      const record = activity(row, vertical.lines[i]!, columns, labelsOf(heading), above, { ...source, line: vertical.lines[i]! }, plan.ctx);
      // A card that names itself keeps its name; one that does not takes its title above, when it has one.
      const named = ['denominazione', 'descrizione'].some((campo) => (row[columns.get(campo) ?? -1] ?? '').trim());
      plan.records.push(named ? record : namedByTitle(record, titles[i]));
    });
    // What lies above the first card (and its title) is the document's title block.
    plan.titleRows = titles[0]?.index ?? vertical.lines[0]! - 1;
    plan.notes.push(...present(commentsElsewhere(sheet.comments ?? [], new Set(), true)));
    return plan;
  }
  plan.notes.push(headingNote(heading, options.mappa ? basename(options.mappa) : undefined), ...present(unmappedNote(heading)));
  readRows(sheet.rows, heading, !options.mappa, plan, source);
  for (const s of plan.skipped) plan.notes.push(skippedNote(s));
  plan.notes.push(...present(commentsElsewhere(sheet.comments ?? [], new Set(plan.records.map((r) => r.data.importazione?.riga ?? 0)))));
  return plan;
}

function readRows(rows: readonly string[][], heading: Heading, align: boolean, plan: ImportPlan, source: RowSource): void {
  const labels = labelsOf(heading);
  // Another table below the register (a section with its own heading, a list of processors, a legend) ends it.
  // So does the processor's register (art. 30, par. 2), which a document keeps under the controller's.
  const table = rows.findIndex((_, i) => i > Math.max(...heading.rows, -1) + 1 && (isTableHeading(rows, i, heading) || opensProcessorTable(rows, i)));
  // The legend and the notes at the foot ("Legenda | 6.1.c = obbligo di legge") end it too.
  const foot = footerStart(table < 0 ? rows : rows.slice(0, table), Math.max(...heading.rows, -1) + 1);
  const end = foot >= 0 ? foot : table;
  const mine = end < 0 ? rows : rows.map((row, i) => (i < end ? row : []));
  let section: string | undefined;
  const above = new RowsAbove(source.mergedFrom);
  const repeated = repeatedHeadingLines(mine, heading);
  if (repeated.length) plan.notes.push(repeatedHeadingNote(repeated));
  // A group's title row is shorter than its sub-activities' rows, a block of its own: its sub-activities follow in the next.
  let group: ActivityGroup | undefined;
  for (const block of dataBlocks(mine, heading)) {
    // Columns named by a mapping file are taken as they are.
    // Sub-headings under titles merged across place every column: a sparse one ("Cartacea"
    // beside "Digitale") is no column moved by a page break, and is not realigned.
    const columns = align && !heading.joined ? alignBlock(heading, block.rows) : columnsOf(heading);
    const shifted = [...columns].filter(([campo, col]) => heading.columns.find((c) => c.campo === campo)!.col !== col);
    if (shifted.length) plan.notes.push(shiftedNote(block.lines[0]!, block.lines[block.lines.length - 1]!, shifted));
    // A moved field takes its heading along; the column it left is named by its number.
    const blockLabels = new Map(labels);
    for (const [campo, col] of columns) if (heading.columns.find((c) => c.campo === campo)!.col !== col) blockLabels.delete(heading.columns.find((c) => c.campo === campo)!.col);
    for (const [campo, col] of columns) blockLabels.set(col, labels.get(heading.columns.find((c) => c.campo === campo)!.col)!);
    const monthFirst = monthFirstColumns(block.rows, columns);
    const joined = joinedColumns(heading);
    block.rows.forEach((row, i) => {
      const filled = row.filter((c) => c.trim());
      const line = block.lines[i]!;
      const numbered = numberedSection(filled);
      // "1 | AREA SERVIZI SOCIALI" over "1.1" is a section (the area), not a group of names.
      const titled = numbered ? undefined : groupTitle(mine, line - 1, columns, line);
      if (titled) {
        group = titled;
        plan.skipped.push({ line, text: filled.join(' | '), why: 'gruppo' });
      } else if (filled.length < MIN_CELLS || numbered) {
        // "AREA TRIBUTI" over its activities: the section is the area of those that do not name their own.
        const title = numbered ?? (filled.length === 1 ? sectionTitle(filled[0]!) : undefined);
        if (title !== undefined || filled.length === 1) section = title;
        plan.skipped.push({ line, text: filled.join(' | '), why: title ? 'sezione' : 'cella' });
      } else if (isTotalsRow(row)) plan.skipped.push({ line, text: filled.join(' | '), why: 'totale' });
      // "Note: | i dati sono aggiornati al ...": a note among the activities, not one of them.
      else if (isFooterRow(row)) plan.skipped.push({ line, text: filled.join(' | '), why: 'calce' });
      else {
        const record = withComments(activity(row, line, columns, blockLabels, above, { ...source, line, monthFirst, joined }, plan.ctx), line, source.comments ?? [], blockLabels);
        const previous = plan.records[plan.records.length - 1];
        if (previous && record.continues) joinContinuation(previous, record, line);
        else plan.records.push(withSection(hiddenMark(inGroup(row, columns, group) ? namedInGroup(record, group!) : record, line, source), section));
      }
    });
  }
  if (end >= 0) anotherTable(rows, end, align, plan, source);
}

/** One activity row, its "idem" and merged cells taken from the rows above; its originals stay as written. */
function activity(row: readonly string[], line: number, columns: ReadonlyMap<string, number>, labels: ReadonlyMap<number, string>, above: RowsAbove, source: Parameters<typeof recordFromRow>[3], ctx: ImportContext): ImportedRecord & { continues?: boolean } {
  const { row: full, filled } = above.fill(row, line, columns);
  const record = recordFromRow(full, columns, labels, source, ctx);
  if (filled.length === 0) return record;
  record.data.importazione!.originali = verbatim(row, labels);
  for (const f of filled) record.report.push({ campo: f.campo, fate: 'dedotto', value: filledNote(f) });
  // The name merged down from the row above: this row goes on describing that activity.
  return { ...record, continues: filled.some((f) => f.campo === 'denominazione' && f.how === 'unita') };
}

/** The date columns of a block that one cell shows to be written month first (12/31/2024). */
function monthFirstColumns(rows: readonly string[][], columns: ReadonlyMap<string, number>): Set<string> {
  const found = new Set<string>();
  for (const campo of ['creato', 'aggiornato']) {
    const col = columns.get(campo);
    if (col !== undefined && rows.some((row) => readMonthFirst(row[col] ?? ''))) found.add(campo);
  }
  return found;
}

/** From `start` on: a register section with its own heading is read too; anything else is reported, not imported. */
function anotherTable(rows: readonly string[][], start: number, align: boolean, plan: ImportPlan, source: RowSource): void {
  const rest = rows.map((row, i) => (i < start ? [] : row));
  // A document's processor's register (art. 30, par. 2) under the controller's: its entries, not activities.
  const processor = processorHeadingAt(rest, start);
  if (processor) {
    const found = planProcessor({ name: source.sheet ?? '', rows: rest }, processor, { ...source, ctx: plan.ctx, ...(source.sheet ? { foglio: source.sheet } : {}) });
    plan.entries.push(...found.entries);
    plan.notes.push(processorCountNote(undefined, found.entries.length), ...found.notes);
    plan.skipped.push(...found.skipped);
    return;
  }
  if (isFooterRow(rows[start]!)) {
    plan.skipped.push(skippedBelow(rows, start, 'calce'));
    return;
  }
  const next = detectHeading(rest, start);
  if (next && next.rows[0] === start) {
    plan.notes.push(anotherHeadingNote(start + 1, next), ...present(unmappedNote(next)));
    readRows(rest, next, align, plan, source);
    return;
  }
  plan.skipped.push(skippedBelow(rows, start, 'tabella'));
}

/** A processor's heading opens a table only after a blank row or a title, as any table does (and so few rows are scored). */
function opensProcessorTable(rows: readonly string[][], i: number): boolean {
  return (rows[i - 1] ?? []).filter((c) => c.trim()).length <= 1 && processorHeadingAt(rows, i) !== undefined;
}

/**
 * A hidden row is imported (the DPO decides whether an activity hidden as "soppresso" is still
 * carried out, and deleting a file is easier than rebuilding it), and its record says so in the
 * report, beside the note at the top, where the DPO reads that record.
 */
function hiddenMark(record: ImportedRecord, line: number, source: RowSource): ImportedRecord {
  if (source.hiddenRows?.includes(line)) record.report.unshift({ campo: 'riga', fate: 'dedotto', value: said('nascosta nel foglio: verifica che il trattamento sia ancora in corso', 'hidden in the sheet: check that the activity is still carried out') });
  return record;
}

/** The 1-based lines below the heading that repeat it, as a sheet printed on several pages does. */
function repeatedHeadingLines(rows: readonly string[][], heading: Heading): number[] {
  const text = new Set(heading.rows.map((r) => rows[r]!.join('\u0000')));
  const after = Math.max(-1, ...heading.rows) + 1;
  return rows.flatMap((row, i) => (i >= after && row.some((c) => c.trim()) && text.has(row.join('\u0000')) ? [i + 1] : []));
}

function withSection(record: ImportedRecord, section: string | undefined): ImportedRecord {
  if (!section || record.data.area) return record;
  const { denominazione, ...rest } = record.data;
  record.data = { denominazione, area: readableName(section), ...rest };
  record.report.push({ campo: 'area', fate: 'dedotto', value: said(`dal titolo di sezione "${section}"`, `from the section title "${section}"`) });
  return record;
}

/** The further columns of each field under one title, where the heading puts them. */
function joinedColumns(heading: Heading): Map<string, number[]> {
  const joined = new Map<string, number[]>();
  for (const j of heading.joined ?? []) joined.set(j.campo, [...(joined.get(j.campo) ?? []), j.col]);
  return joined;
}

function columnsOf(heading: Heading): Map<string, number> {
  return new Map(heading.columns.map((c) => [c.campo, c.col]));
}

/** Column -> heading text, mapped or not: the keys of the verbatim originals. */
function labelsOf(heading: Heading): Map<number, string> {
  return new Map([...heading.unmapped, ...heading.columns, ...(heading.joined ?? [])].map((c) => [c.col, c.label.replace(/\s+/g, ' ').trim()]));
}

const present = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value]);
