import type { Lang } from '../i18n/lang.js';
import type { Table } from '../table/tables.js';
import { placeholderIn } from '../text/placeholder.js';

/** The workbook's properties: a draft says so, and so does a cell that still holds a placeholder. */
export function workbookState(tables: readonly Table[], errors: number, date: string, lang: Lang): { subject: string; keywords: string } {
  const placeholders = tables.filter((t) => !t.hidden).flatMap((t) => [...t.heading.map(([, v]) => v), ...t.rows.flat()]).filter((v) => placeholderIn(v)).length;
  const draft = errors > 0 || placeholders > 0;
  if (lang === 'it') {
    return draft
      ? { subject: `BOZZA al ${date}: ${errors} ${errors === 1 ? 'errore aperto' : 'errori aperti'}, ${placeholders} ${placeholders === 1 ? 'valore da completare' : 'valori da completare'}`, keywords: 'registro dei trattamenti; bozza' }
      : { subject: `Registro dei trattamenti senza errori aperti al ${date}`, keywords: 'registro dei trattamenti' };
  }
  return draft
    ? { subject: `DRAFT on ${date}: ${errors} open ${errors === 1 ? 'error' : 'errors'}, ${placeholders} ${placeholders === 1 ? 'value' : 'values'} to complete`, keywords: 'record of processing activities; draft' }
    : { subject: `Record of processing activities with no open errors on ${date}`, keywords: 'record of processing activities' };
}
