import { basename, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { readTable } from '../import/read-table.js';
import { planSheets } from '../import/plan-sheets.js';
import { controllerName } from '../import/controller.js';
import { readTitleBlock } from '../import/title-block.js';
import { cardNote, creationFromUpdateNote, unreadTitleDateNote } from '../import/plan-notes.js';
import { formatPreview } from '../import/preview.js';
import { suggestMapping } from '../import/suggest-mapping.js';
import { assignIds, importReport, writeImport } from '../import/write.js';
import { restoreExport } from '../import/restore-run.js';
import { UsageError } from '../util/errors.js';
import { count } from '../i18n/plural.js';
import { displayPath } from '../util/paths.js';
import { slugify } from '../util/suggest.js';
import { today } from '../util/today.js';

export interface ImportOptions {
  output: string;
  foglio?: string;
  mappa?: string;
  anteprima?: boolean;
  force: boolean;
  lang: Lang;
}

/** `registro import FILE -o DIR`: an existing register (sheet, csv, document) as YAML, losing nothing. */
export async function runImport(file: string, options: ImportOptions): Promise<number> {
  const sheet = await readTable(resolve(file), options.foglio);
  if (sheet.embedded && !options.mappa && !options.anteprima) return restoreExport(file, sheet.rows, sheet.embedded, options, sheet.embeddedSheet);
  const now = today();
  const plan = planSheets(sheet, file, { mappa: options.mappa ? resolve(options.mappa) : undefined, today: now, lang: options.lang });
  if ('seen' in plan) {
    // Nothing written in it at all: no heading to suggest a mapping for.
    if ([sheet, ...(sheet.more ?? [])].every((s) => s.rows.every((r) => r.every((c) => !c.trim())))) throw new UsageError('usage.emptyImport', { path: basename(file) });
    const { row, headings, yaml } = suggestMapping(plan.seen);
    throw new UsageError('usage.noHeading', { path: file, row, headings: headings.map((h) => `"${h}"`).join(', ') || '-', mapping: yaml });
  }
  if (options.anteprima) {
    process.stdout.write(formatPreview(plan, basename(file), options.lang));
    return 0;
  }
  const { records, entries, ctx, heading } = plan;
  // A heading with nothing under it is a wrong file or a wrong sheet, not an empty register.
  if (records.length === 0 && entries.length === 0) throw new UsageError('usage.noImportRows', { path: file, row: Math.max(0, ...heading.rows) + 1, skipped: plan.skipped.length });
  // The title block is what lies above the heading: the heading's own cells name columns, not
  // dates. Above label-value cards it is what comes before the first card: the cards' dates are the activities'.
  const above = plan.vertical ? plan.titleRows ?? 0 : heading.rows.length > 0 ? Math.min(...heading.rows) : 0;
  // A workbook's cover sheet is its title block too (plan.titleBlock).
  const titleRows = plan.titleBlock ?? sheet.rows.slice(0, above);
  const title = titleRows.length > 0 ? readTitleBlock(titleRows) : { unread: [] };
  // "Titolare del trattamento: X" in a cell, else the card's "Denominazione / Ragione sociale | X".
  const named = controllerName((plan.titleBlock ?? sheet.rows.slice(0, plan.vertical ? above : Math.max(0, ...heading.rows) + 1)).flat());
  const controller = named ?? title.card?.titolare.denominazione;
  for (const { campo, text } of title.unread) plan.notes.push(unreadTitleDateNote(campo, text));
  const card = title.card && cardNote(title.card, named === undefined);
  if (card) plan.notes.push(card);
  if (!title.creato && title.aggiornato && title.aggiornato < now) plan.notes.push(creationFromUpdateNote(title.aggiornato));
  const ids = assignIds(records, slugify);
  // The processor's entries live in their own folder: their ids need only differ from each other.
  const processor = { ids: assignIds(entries, slugify, 'attivita'), entries };
  const out = resolve(options.output);
  const report = importReport(basename(file), ids, records, plan.notes, options.lang, processor);
  const written = writeImport(out, ids, records, ctx, { file: basename(file), controller, title, today: now, lang: options.lang, report, processor }, options.force);
  const guessed = [...records, ...entries].reduce((n, r) => n + r.report.filter((x) => x.fate !== 'mappato').length, 0);
  process.stdout.write(importSummary({ records: records.length, entries: entries.length, files: written.length, guessed, skipped: plan.skipped.length, out, lang: options.lang }));
  return 0;
}

/** "1 trattamento importato in ...", in the user's language, with every count in agreement. */
function importSummary(n: { records: number; entries: number; files: number; guessed: number; skipped: number; out: string; lang: Lang }): string {
  const out = displayPath(n.out);
  const report = displayPath(resolve(n.out, 'importazione.md'));
  if (n.lang === 'en') {
    const skipped = n.skipped ? `; ${count(n.skipped, 'row', 'rows')} not imported` : '';
    const entries = n.entries ? ` and ${count(n.entries, "entry of the processor's register", "entries of the processor's register")}` : '';
    // A processor's register alone: its entries, not "0 processing activities".
    const what = n.records || !n.entries ? `${count(n.records, 'processing activity', 'processing activities')}${entries}` : count(n.entries, "entry of the processor's register", "entries of the processor's register");
    return `${what} imported into ${out} (${count(n.files, 'file', 'files')}); ${count(n.guessed, 'value', 'values')} inferred or kept as text${skipped}: see ${report}.\nNext: registro validate ${out}\n`;
  }
  const skipped = n.skipped ? `; ${count(n.skipped, 'riga non importata', 'righe non importate')}` : '';
  const entries = n.entries ? ` e ${count(n.entries, 'voce del registro del responsabile', 'voci del registro del responsabile')}` : '';
  const what = n.records || !n.entries ? `${count(n.records, 'trattamento importato', 'trattamenti importati')}${entries}` : count(n.entries, 'voce del registro del responsabile importata', 'voci del registro del responsabile importate');
  return `${what} in ${out} (${n.files} file); ${count(n.guessed, 'valore dedotto o conservato', 'valori dedotti o conservati')} come testo${skipped}: vedi ${report}.\nOra: registro validate ${out}\n`;
}
