import { planImport, sheetHeading, type ImportPlan, type SheetHeading } from './plan.js';
import { ImportContext } from './normalize.js';
import { readableName } from './names.js';
import type { Sheet } from './read-table.js';
import { Vocabulary } from '../vocab/vocabulary.js';
import { count } from '../i18n/plural.js';
import { said, type Said } from './said.js';
import type { Lang } from '../i18n/lang.js';
import { UsageError } from '../util/errors.js';
import { processorHeading } from './processor-heading.js';
import { planProcessor, processorCountNote, type ProcessorSheet } from './plan-processor.js';
import { detectHeading, type Heading } from './headers.js';
import { skippedNote } from './plan-notes.js';
import { applyMapping, isProcessorMapping } from './mapping.js';
import { basename } from 'node:path';

/**
 * The plan of a whole workbook: each visible sheet read on its own (one sheet per area in a
 * school, one activity per sheet in a transposed register), the activities in sheet order, the
 * terms and parties shared. A sheet with no register heading, and a hidden one, is named in the
 * report with the way to import it; the import fails only when no sheet has a heading.
 */
export function planSheets(sheet: Sheet, file: string, options: { mappa?: string; today: string; lang?: Lang }): ImportPlan | { seen: string[][] } {
  const sheets = [sheet, ...(sheet.more ?? [])];
  // The processor's register (art. 30, par. 2) is told by its own heading, before the controller's is looked for.
  // A mapping of the processor's columns makes every sheet read a processor's register.
  const processorMap = options.mappa && isProcessorMapping(options.mappa) ? options.mappa : undefined;
  const processors = sheets.map((s) => (processorMap ? applyMapping(processorMap, s.rows, processorHeading(s.rows)) : processorHeading(s.rows)));
  if (sheets.length === 1) return withLeft(processors[0] ? processorPlan(sheet, processors[0], file, options) : planImport(sheet, file, options), sheet);
  // Beside the register, a workbook keeps other lists (parties, services, codes, changes): left
  // out, and said so, unless no sheet describes processing activities at all. Judged by the
  // heading alone, before any row is read, so that their names add no party nor term.
  const headings = sheets.map((s, i) => (processors[i] ? undefined : sheetHeading(s, options.mappa)));
  const anyRegister = headings.some((h) => h !== undefined && describesProcessing(h)) || processors.some(Boolean);
  // Only lists: reading parties or a legend as activities would fill the register with them.
  const listed = sheets.filter((_, i) => headings[i] !== undefined);
  if (!anyRegister && listed.length > 0) throw new UsageError('usage.noRegisterSheet', { path: file, sheets: listed.map((s) => `"${s.name}"`).join(', ') });
  const ctx = new ImportContext(new Vocabulary());
  const notes: Said[] = [];
  let firstSeen: string[][] | undefined;
  let merged: ImportPlan | undefined;
  const cover: string[][] = [];
  let titleBlock: string[][] | undefined;
  const tables: Array<{ name: string; plan: ImportPlan }> = [];
  sheets.forEach((s, i) => {
    const heading = headings[i];
    const processor = processors[i];
    if (processor) {
      merged = mergeProcessor(merged, s.name, planProcessor(s, processor, { file, today: options.today, ctx, foglio: s.name, ...(options.lang ? { lang: options.lang } : {}), ...(processorMap ? { mappa: basename(processorMap) } : {}) }), notes, ctx);
      return;
    }
    if (heading && !describesProcessing(heading)) {
      notes.push(asideNote(s.name, heading.vertical !== undefined));
      return;
    }
    const plan = planImport(s, file, { ...options, ctx, foglio: s.name, ...(heading ? { found: heading } : {}) });
    if ('seen' in plan) {
      firstSeen ??= plan.seen;
      notes.push(said(`Foglio "${s.name}" non importato: nessuna intestazione di registro riconosciuta (per importarlo: --foglio "${s.name}" --mappa FILE).`, `Sheet "${s.name}" not imported: no register heading recognised (to import it: --foglio "${s.name}" --mappa FILE).`));
      if (!merged) cover.push(...s.rows, []);
    } else {
      titleBlock ??= [...cover, ...rowsAbove(s, plan)];
      merged = mergeSheet(merged, s.name, plan, notes);
      if (plan.records.length > 0) tables.push({ name: s.name, plan });
    }
  });
  if (!merged) return { seen: firstSeen ?? [] };
  // One sheet per area only when several sheets hold activities: a register beside a legend
  // keeps its sheet's name ("Foglio1", "Registro") out of the area.
  if (tables.length > 1) for (const { name, plan } of tables) areaFromSheet(name, plan);
  return withLeft({ ...merged, notes, ...(titleBlock ? { titleBlock } : {}) }, sheet);
}

/** The title block of a sheet: above its heading, or above its first card. */
function rowsAbove(sheet: Sheet, plan: ImportPlan): string[][] {
  const above = plan.vertical ? plan.titleRows ?? 0 : plan.heading.rows.length > 0 ? Math.min(...plan.heading.rows) : 0;
  return sheet.rows.slice(0, above);
}

/** Sheet names that name no area: a spreadsheet's defaults and the register's own name. */
const GENERIC_SHEET = /^(?:foglio|sheet|tabella|table|registro|register|trattamenti)\s*\d*$|^registro (?:dei|delle attività di) trattament/i;

/**
 * A table per sheet, with no column for the area: the sheet's name is the area, unless a
 * section title above the activity already gave one, or the name is a spreadsheet's default.
 */
function areaFromSheet(name: string, plan: ImportPlan): void {
  if (plan.vertical || plan.heading.columns.some((c) => c.campo === 'area') || GENERIC_SHEET.test(name.trim())) return;
  for (const r of plan.records.filter((record) => !record.data.area)) {
    const { denominazione, ...rest } = r.data;
    r.data = { denominazione, area: readableName(name), ...rest };
    r.report.push({ campo: 'area', fate: 'dedotto', value: said(`dal nome del foglio "${name}"`, `from the sheet's name "${name}"`) });
  }
}

/** Adds one sheet's activities to the workbook's plan, with its notes. */
function mergeSheet(merged: ImportPlan | undefined, name: string, plan: ImportPlan, notes: Said[]): ImportPlan {
  // One card on the sheet, naming no activity: the sheet's name is the activity's ("Protocollo").
  if (plan.vertical && plan.records.length === 1 && !isNamed(plan.heading)) namedBySheet(plan.records[0]!, name);
  notes.push(
    said(`Foglio "${name}": ${count(plan.records.length, 'trattamento', 'trattamenti')}.`, `Sheet "${name}": ${count(plan.records.length, 'processing activity', 'processing activities')}.`),
    ...plan.notes.map((n) => said(`Foglio "${name}": ${n.it}`, `Sheet "${name}": ${n.en}`)),
  );
  for (const k of plan.skipped) k.sheet = name;
  if (!merged) return { ...plan, notes: [], skipped: [...plan.skipped], records: [...plan.records], entries: [...plan.entries] };
  // A processor's sheet read first lent its heading; the controller's register, when there is one, gives it.
  if (merged.records.length === 0 && merged.entries.length > 0) merged.heading = plan.heading;
  merged.records.push(...plan.records);
  merged.skipped.push(...plan.skipped);
  return merged;
}

/** The name of the activity a sheet holds alone, from the sheet's name, said in the report. */
function namedBySheet(record: ImportPlan['records'][number], sheet: string): void {
  const entry = record.report.find((r) => r.campo === 'denominazione');
  record.name = sheet;
  record.data.denominazione = readableName(sheet);
  if (entry) entry.value = said(`dal nome del foglio "${sheet}"`, `from the sheet's name "${sheet}"`);
}

/** Adds one processor's sheet to the workbook's plan, with its notes. */
function mergeProcessor(merged: ImportPlan | undefined, name: string, found: ProcessorSheet, notes: Said[], ctx: ImportContext): ImportPlan {
  const own = [...found.notes, ...found.skipped.map(skippedNote)];
  notes.push(processorCountNote(name, found.entries.length), ...own.map((n) => said(`Foglio "${name}": ${n.it}`, `Sheet "${name}": ${n.en}`)));
  for (const k of found.skipped) k.sheet = name;
  const plan = merged ?? { heading: found.heading, vertical: false, records: [], entries: [], notes: [], skipped: [], ctx };
  plan.entries.push(...found.entries);
  plan.skipped.push(...found.skipped);
  return plan;
}

/** The plan of a file holding only the processor's register: a csv, a document's one table, a single sheet. */
function processorPlan(sheet: Sheet, heading: Heading, file: string, options: { today: string; lang?: Lang; mappa?: string }): ImportPlan {
  const ctx = new ImportContext(new Vocabulary());
  const mappa = options.mappa && isProcessorMapping(options.mappa) ? { mappa: basename(options.mappa) } : {};
  const found = planProcessor(sheet, heading, { file, today: options.today, ctx, ...(options.lang ? { lang: options.lang } : {}), ...mappa });
  const below = found.end === undefined ? undefined : controllerBelow(sheet, found.end, file, { ...options, ctx });
  // The controller's register read below the processor's is no longer a table left out.
  const mine = below ? found.skipped.filter((k) => k.line !== found.end! + 1) : found.skipped;
  // The activities' notes already name the rows they left out.
  const notes = [processorCountNote(undefined, found.entries.length), ...found.notes, ...mine.map(skippedNote), ...(below?.notes ?? [])];
  return { heading, vertical: false, records: below?.records ?? [], entries: found.entries, notes, skipped: [...mine, ...(below?.skipped ?? [])], ctx };
}

/**
 * A document that keeps the controller's register under the processor's: the rows from `start`
 * read as a register of activities, when their heading describes processing; undefined otherwise.
 */
function controllerBelow(sheet: Sheet, start: number, file: string, options: { today: string; lang?: Lang; ctx: ImportContext }): ImportPlan | undefined {
  const rows = sheet.rows.map((row, i) => (i < start ? [] : row));
  const heading = detectHeading(rows, start);
  if (!heading || heading.rows[0] !== start || !describesProcessing({ heading })) return undefined;
  // Only the rows: how the file was read is said once, by the processor's part.
  const plan = planImport({ name: sheet.name, rows }, file, { ...options, found: { heading } });
  if ('seen' in plan) return undefined;
  return { ...plan, notes: [said(`Sotto il registro del responsabile, ${count(plan.records.length, 'trattamento', 'trattamenti')}.`, `Below the processor's register, ${count(plan.records.length, 'processing activity', 'processing activities')}.`), ...plan.notes] };
}

/** Fields that say what a processing is: its purpose or basis, whom and which data it concerns. */
const PROCESSING_FIELDS = ['finalita', 'base', 'interessati', 'dati', 'dati_sensibili'];

/**
 * Whether a sheet's heading describes processing activities. A list of parties, services,
 * codes or changes maps some fields (a name, a processor, a recipient) but none of these; a
 * sheet of label-value cards is one only if its cards name their activity. When no sheet
 * describes any, the import stops: the user names the sheet to read with --foglio.
 */
function describesProcessing({ heading, vertical }: SheetHeading): boolean {
  const fields = new Set(heading.columns.map((c) => c.campo));
  const described = PROCESSING_FIELDS.filter((f) => fields.has(f)).length;
  // A card is named by its name or, as rows are, by its description. A sheet of one card without
  // either (the sheet names it) describes one when it states a purpose and one more of these
  // fields; a legend of codes repeats its labels ("Base giuridica | 6.1.c", "Base giuridica | 6.1.e") and states no purpose.
  if (vertical && !isNamed(heading)) return vertical.rows.length === 1 && fields.has('finalita') && described >= 2;
  return described > 0;
}

function isNamed(heading: Heading): boolean {
  return heading.columns.some((c) => c.campo === 'denominazione' || c.campo === 'descrizione');
}

function asideNote(name: string, cards: boolean): Said {
  const why = cards
    ? said('le sue schede (etichetta | valore) non nominano un trattamento', 'its label-value cards name no processing activity')
    : said('le sue colonne non descrivono trattamenti (nessuna finalità, base giuridica, categoria di interessati o di dati)', 'its columns describe no processing activities (no purpose, legal basis, category of data subjects or of data)');
  return said(
    `Foglio "${name}" non importato: ${why.it}; per importarlo: --foglio "${name}" --mappa FILE.`,
    `Sheet "${name}" not imported: ${why.en}; to import it: --foglio "${name}" --mappa FILE.`,
  );
}

function withLeft(plan: ImportPlan | { seen: string[][] }, sheet: Sheet): ImportPlan | { seen: string[][] } {
  if ('seen' in plan) return plan;
  for (const l of sheet.left ?? []) plan.notes.push(said(`Foglio "${l.name}" non importato: è nascosto (per importarlo: --foglio "${l.name}").`, `Sheet "${l.name}" not imported: it is hidden (to import it: --foglio "${l.name}").`));
  return plan;
}
