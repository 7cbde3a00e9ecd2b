import type { Lang } from '../i18n/lang.js';
import type { ImportPlan } from './plan.js';
import { columnName } from './plan-notes.js';

const TEXT = {
  it: {
    title: (file: string) => `Anteprima dell'importazione di ${file}: nessun file scritto.`,
    vertical: 'Schede verticali (etichetta | valore).',
    heading: (rows: string) => `Intestazione ${rows.includes(',') ? 'alle righe' : 'alla riga'} ${rows.replace(', ', ' e ')}.`,
    head: ['colonna', 'intestazione', 'campo', 'punteggio'],
    unmapped: 'Colonne non mappate (conservate alla lettera in importazione.originali):',
    none: '  nessuna',
    records: (n: number) => (n === 1 ? '1 trattamento da importare.' : `${n} trattamenti da importare.`),
    entries: (n: number) => (n === 1 ? '1 voce del registro del responsabile (art. 30, par. 2) da importare in attivita-responsabile/.' : `${n} voci del registro del responsabile (art. 30, par. 2) da importare in attivita-responsabile/.`),
    skipped: 'Righe non importate:',
    why: { cella: 'una sola cella', tabella: "un'altra tabella", totale: 'una riga di totali', sezione: 'titolo di sezione (area)', calce: 'legenda o note in calce', gruppo: 'titolo di un gruppo di attività' },
    dates: (has: string[]) => (has.length ? `Date delle schede dalle colonne: ${has.join(', ')}.` : "Il foglio non ha colonne di data: le schede avranno la data dell'importazione in importazione.data, non come data di creazione."),
    next: 'Per importare: lo stesso comando senza --anteprima. Per correggere una colonna: --mappa (vedi README).',
  },
  en: {
    title: (file: string) => `Preview of the import of ${file}: no file written.`,
    vertical: 'Vertical tables (label | value).',
    heading: (rows: string) => `Heading on ${rows.includes(',') ? 'rows' : 'row'} ${rows.replace(', ', ' and ')}.`,
    head: ['column', 'heading', 'field', 'score'],
    unmapped: 'Unmapped columns (kept verbatim in importazione.originali):',
    none: '  none',
    records: (n: number) => (n === 1 ? '1 activity to import.' : `${n} activities to import.`),
    entries: (n: number) => (n === 1 ? "1 entry of the processor's register (Art. 30(2)) to import into attivita-responsabile/." : `${n} entries of the processor's register (Art. 30(2)) to import into attivita-responsabile/.`),
    skipped: 'Rows not imported:',
    why: { cella: 'a single cell', tabella: 'another table', totale: 'a totals row', sezione: 'section title (area)', calce: 'legend or notes at the foot', gruppo: 'title of a group of activities' },
    dates: (has: string[]) => (has.length ? `Record dates from the columns: ${has.join(', ')}.` : 'The sheet has no date columns: records will carry the import date in importazione.data, not as their creation date.'),
    next: 'To import: the same command without --anteprima. To fix a column: --mappa (see README).',
  },
};

/** What `import --anteprima` prints: each column's field and score, what stays unmapped, the rows left out. */
export function formatPreview(plan: ImportPlan, file: string, lang: Lang): string {
  const t = TEXT[lang];
  const { heading } = plan;
  const col = (c: number) => (plan.vertical ? String(c + 1) : columnName(c + 1));
  // Columns joined to a field under one title ("Interni | Esterni" under "Destinatari") are shown in their place.
  const columns = [...heading.columns, ...(heading.joined ?? [])].sort((a, b) => a.col - b.col);
  const rows = columns.map((c) => [col(c.col), c.label.replace(/\s+/g, ' '), c.campo, c.score.toFixed(2)]);
  const widths = t.head.map((h, i) => Math.min(50, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  const out = [t.title(file), plan.vertical ? t.vertical : t.heading(heading.rows.map((r) => r + 1).join(', ')), line(t.head), ...rows.map(line), t.unmapped];
  out.push(...(heading.unmapped.length ? heading.unmapped.map((u) => `  ${col(u.col)}  ${u.label.replace(/\s+/g, ' ')}`) : [t.none]));
  out.push(t.records(plan.records.length));
  if (plan.entries.length) out.push(t.entries(plan.entries.length));
  if (plan.skipped.length) {
    out.push(t.skipped);
    for (const s of plan.skipped) out.push(`  ${s.sheet ? `${lang === 'it' ? 'foglio' : 'sheet'} ${s.sheet}, ` : ''}${lang === 'it' ? 'riga' : 'row'} ${s.line}: ${t.why[s.why]}${s.until ? ` (${s.line}-${s.until})` : ''}: ${s.text.replace(/\s+/g, ' ').slice(0, 80)}`);
  }
  out.push(t.dates(heading.columns.filter((c) => c.campo === 'creato' || c.campo === 'aggiornato').map((c) => `${c.label} -> ${c.campo}`)), t.next);
  return out.join('\n') + '\n';
}
