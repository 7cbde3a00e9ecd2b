import type { Lang } from '../i18n/lang.js';
import type { RowMatch } from './match-rows.js';

/** The words of a restore, in both languages: the report, the summary, the YAML comments. */
export const RESTORE_WORDS = {
  it: {
    editedSuffix: '(modificato in Excel)',
    restoredFrom: (source: string) => `Ripristinato da ${source}.`,
    title: (source: string) => `# Importazione di ${source}`,
    restored: (count: number) => `Cartella di lavoro scritta da registro: ${n(count, 'file ripristinato', 'file ripristinati')} esattamente dal foglio dati.`,
    notFound: 'La tabella del registro non si trova più nel foglio (intestazioni cambiate o eliminate): le celle non sono state confrontate con le schede.',
    edited: "Celle modificate in Excel dopo l'esportazione (conservate in `importazione.originali`, da riportare nelle schede):",
    added: 'Righe aggiunte nel foglio, senza una scheda corrispondente (non importate: aggiungile come schede):',
    deleted: 'Righe eliminate nel foglio (le schede sono state ripristinate comunque dal foglio dati: eliminale se non servono più):',
    repeated: 'Righe che ripetono una scheda già vista sopra (ignorate):',
    row: (line: number) => `riga ${line}`,
    noId: 'senza ID',
  },
  en: {
    editedSuffix: '(edited in Excel)',
    restoredFrom: (source: string) => `Restored from ${source}.`,
    title: (source: string) => `# Import of ${source}`,
    restored: (count: number) => `Workbook written by registro: ${n(count, 'file', 'files')} restored exactly from the data sheet.`,
    notFound: "The register's table is no longer in the sheet (headings changed or deleted): cells were not compared with the records.",
    edited: 'Cells edited in Excel after the export (kept in `importazione.originali`, to be carried into the records):',
    added: 'Rows added in the sheet, with no matching record (not imported: add them as records):',
    deleted: 'Rows deleted in the sheet (the records were restored from the data sheet anyway: delete them if no longer needed):',
    repeated: 'Rows repeating a record already seen above (ignored):',
    row: (line: number) => `row ${line}`,
    noId: 'no ID',
  },
};

/** "1 riga aggiunta", "2 righe aggiunte". */
const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const short = (value: string) => value.replace(/\s+/g, ' ').slice(0, 160);

/** importazione.md of a restore: what came back, and what changed in the sheet since the export. */
export function restoreReport(source: string, fileCount: number, match: RowMatch, lang: Lang): string {
  const w = RESTORE_WORDS[lang];
  const lines = [w.title(source), '', w.restored(fileCount), ''];
  if (!match.found) lines.push(w.notFound, '');
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push(title, '', ...items, '');
  };
  section(w.edited, [...match.edits].flatMap(([id, cells]) => Object.entries(cells).map(([h, v]) => `- ${id}: ${h} ${w.editedSuffix}: ${short(v)}`)));
  section(
    w.added,
    match.added.map((a) => `- ${w.row(a.row)} (${a.id || w.noId}): ${Object.entries(a.cells).map(([h, v]) => `${h}: ${short(v)}`).join('; ')}`),
  );
  section(w.deleted, match.deleted.map((id) => `- ${id}`));
  section(w.repeated, match.repeated.map((r) => `- ${w.row(r.row)}: ${r.id}`));
  return lines.join('\n');
}

/** The one-line summary on stdout. */
export function restoreSummary(count: number, out: string, report: string, match: RowMatch, lang: Lang): string {
  const it = lang === 'it';
  const parts = [
    it
      ? `${n(count, 'trattamento ripristinato', 'trattamenti ripristinati')} in ${out} da una cartella di lavoro di registro; ${match.edits.size} con celle modificate in Excel`
      : `${n(count, 'processing activity', 'processing activities')} restored to ${out} from a registro workbook; ${match.edits.size} with cells edited in Excel`,
  ];
  if (!match.found) parts.push(it ? 'tabella del registro non trovata nel foglio: celle non confrontate' : "register's table not found in the sheet: cells not compared");
  if (match.added.length) parts.push(it ? `${n(match.added.length, 'riga aggiunta', 'righe aggiunte')} nel foglio` : `${n(match.added.length, 'row', 'rows')} added in the sheet`);
  if (match.deleted.length) parts.push(it ? `${n(match.deleted.length, 'riga eliminata', 'righe eliminate')} nel foglio` : `${n(match.deleted.length, 'row', 'rows')} deleted from the sheet`);
  return `${parts.join('; ')}: ${it ? 'vedi' : 'see'} ${report}.`;
}
