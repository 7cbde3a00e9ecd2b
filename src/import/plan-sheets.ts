import { planImport, type ImportPlan } from './plan.js';
import { ImportContext } from './normalize.js';
import { readableName } from './names.js';
import type { Sheet } from './read-table.js';
import { Vocabulary } from '../vocab/vocabulary.js';
import { count } from '../i18n/plural.js';
import { said, type Said } from './said.js';
import type { Lang } from '../i18n/lang.js';

/**
 * The plan of a whole workbook: each visible sheet read on its own (one sheet per area in a
 * school, one activity per sheet in a transposed register), the activities in sheet order, the
 * terms and parties shared. A sheet with no register heading, and a hidden one, is named in the
 * report with the way to import it; the import fails only when no sheet has a heading.
 */
export function planSheets(sheet: Sheet, file: string, options: { mappa?: string; today: string; lang?: Lang }): ImportPlan | { seen: string[][] } {
  const sheets = [sheet, ...(sheet.more ?? [])];
  if (sheets.length === 1) return withLeft(planImport(sheet, file, options), sheet);
  const ctx = new ImportContext(new Vocabulary());
  let merged: ImportPlan | undefined;
  const notes: Said[] = [];
  let firstSeen: string[][] | undefined;
  for (const s of sheets) {
    const plan = planImport(s, file, { ...options, ctx, foglio: s.name });
    if ('seen' in plan) {
      firstSeen ??= plan.seen;
      notes.push(said(`Foglio "${s.name}" non importato: nessuna intestazione di registro riconosciuta (per importarlo: --foglio "${s.name}" --mappa FILE).`, `Sheet "${s.name}" not imported: no register heading recognised (to import it: --foglio "${s.name}" --mappa FILE).`));
      continue;
    }
    // A table per sheet, with no column for the area: the sheet's name is the area, unless a
    // section title above the activity already gave one.
    if (!plan.vertical && !plan.heading.columns.some((c) => c.campo === 'area')) {
      for (const r of plan.records.filter((record) => !record.data.area)) {
        const { denominazione, ...rest } = r.data;
        r.data = { denominazione, area: readableName(s.name), ...rest };
        r.report.push({ campo: 'area', fate: 'dedotto', value: said(`dal nome del foglio "${s.name}"`, `from the sheet's name "${s.name}"`) });
      }
    }
    notes.push(
      said(`Foglio "${s.name}": ${count(plan.records.length, 'trattamento', 'trattamenti')}.`, `Sheet "${s.name}": ${count(plan.records.length, 'processing activity', 'processing activities')}.`),
      ...plan.notes.map((n) => said(`Foglio "${s.name}": ${n.it}`, `Sheet "${s.name}": ${n.en}`)),
    );
    for (const k of plan.skipped) k.sheet = s.name;
    if (!merged) merged = { ...plan, notes: [], skipped: [...plan.skipped], records: [...plan.records] };
    else {
      merged.records.push(...plan.records);
      merged.skipped.push(...plan.skipped);
    }
  }
  if (!merged) return { seen: firstSeen ?? [] };
  return withLeft({ ...merged, notes }, sheet);
}

function withLeft(plan: ImportPlan | { seen: string[][] }, sheet: Sheet): ImportPlan | { seen: string[][] } {
  if ('seen' in plan) return plan;
  for (const l of sheet.left ?? []) plan.notes.push(said(`Foglio "${l.name}" non importato: è nascosto (per importarlo: --foglio "${l.name}").`, `Sheet "${l.name}" not imported: it is hidden (to import it: --foglio "${l.name}").`));
  return plan;
}
