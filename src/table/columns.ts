import type { Lang } from '../i18n/lang.js';
import type { Doc, Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { characteristicLines, collectionLabel, modeLabel, provisionLine } from './fact-labels.js';
import { basisLine, dpiaLine, isProcessor, partyName, recipientLines, retentionLine, specialLine, terms, transferLine } from './labels.js';

/** The columns of the controller's register: an id, its art. 30 group, its heading, its value. */
export interface Column {
  id: string;
  group: GroupId;
  header: Record<Lang, string>;
  width: number;
  /** The cell holds a date (YYYY-MM-DD in the YAML): written as a real date, shown dd/mm/yyyy. */
  date?: true;
  value(record: Doc<TrattamentoFile>, register: Register, lang: Lang, context: ColumnContext): string | string[];
}

/** What a column may need to know about the others chosen with it. */
export interface ColumnContext {
  /** The processors have their own column: the recipients' column leaves them out, so each party is listed once. */
  processorsApart: boolean;
}

export type GroupId = 'trattamento' | 'finalita' | 'dati' | 'destinatari' | 'trasferimenti' | 'conservazione' | 'misure' | 'dpia' | 'date' | 'altro';

export const GROUPS: Record<GroupId, Record<Lang, string>> = {
  trattamento: { it: 'Trattamento', en: 'Processing activity' },
  finalita: { it: 'Finalità e basi giuridiche (art. 30.1.b)', en: 'Purposes and legal bases (Art. 30(1)(b))' },
  dati: { it: 'Interessati e dati personali (art. 30.1.c)', en: 'Data subjects and personal data (Art. 30(1)(c))' },
  destinatari: { it: 'Destinatari (art. 30.1.d)', en: 'Recipients (Art. 30(1)(d))' },
  trasferimenti: { it: 'Trasferimenti (art. 30.1.e)', en: 'Transfers (Art. 30(1)(e))' },
  conservazione: { it: 'Conservazione (art. 30.1.f)', en: 'Retention (Art. 30(1)(f))' },
  misure: { it: 'Sicurezza (art. 30.1.g)', en: 'Security (Art. 30(1)(g))' },
  dpia: { it: "Valutazione d'impatto (art. 35)", en: 'DPIA (Art. 35)' },
  date: { it: 'Date', en: 'Dates' },
  altro: { it: 'Altre informazioni', en: 'Other information' },
};

type Purpose = NonNullable<TrattamentoFile['finalita']>[number];
/** A purpose as the register states it: with its own data subjects when it names them (finalita[].interessati). */
const purposeLine = (f: Purpose, reg: Register, lang: Lang) =>
  f.interessati?.length ? `${f.descrizione} (${lang === 'it' ? 'interessati' : 'data subjects'}: ${terms(reg, 'interessati', f.interessati, lang).join(', ')})` : f.descrizione;
const specials = (r: TrattamentoFile, reg: Register, lang: Lang) => (r.dati_particolari ?? []).map((d) => specialLine(reg, d, lang));
const criminal = (r: TrattamentoFile) => (r.dati_giudiziari ? [[r.dati_giudiziari.descrizione, r.dati_giudiziari.norma].filter(Boolean).join(' — ')] : []);
// The recipient's description goes with the processor: the recipients' column may leave it out.
const processors = (r: TrattamentoFile, reg: Register) =>
  (Array.isArray(r.destinatari) ? r.destinatari : [])
    .filter((d) => isProcessor(reg, d.soggetto))
    .map((d) => (d.descrizione ? `${partyName(reg, d.soggetto)} (${d.descrizione})` : partyName(reg, d.soggetto)));
const measures = (r: TrattamentoFile, reg: Register, lang: Lang) => [
  ...terms(reg, 'misure', r.misure, lang),
  ...(r.misure_descrizione ? [r.misure_descrizione] : []),
  ...(r.misure_documento ? [r.misure_documento] : []),
];

export const COLUMNS: readonly Column[] = [
  { id: 'id', group: 'trattamento', header: { it: 'ID', en: 'ID' }, width: 14, value: (d) => d.id },
  { id: 'denominazione', group: 'trattamento', header: { it: 'Trattamento', en: 'Processing activity' }, width: 24, value: (d) => d.data.denominazione },
  { id: 'descrizione', group: 'trattamento', header: { it: 'Descrizione', en: 'Description' }, width: 30, value: (d) => d.data.descrizione ?? '' },
  { id: 'area', group: 'trattamento', header: { it: 'Area / ufficio', en: 'Department / office' }, width: 18, value: (d) => [d.data.area, d.data.ufficio].filter((x): x is string => Boolean(x)) },
  { id: 'referente', group: 'trattamento', header: { it: 'Referente interno', en: 'Internal contact' }, width: 16, value: (d) => d.data.referente ?? '' },
  { id: 'finalita', group: 'finalita', header: { it: 'Finalità', en: 'Purposes' }, width: 30, value: (d, r, lang) => (d.data.finalita ?? []).map((f) => purposeLine(f, r, lang)) },
  {
    id: 'basi',
    group: 'finalita',
    header: { it: 'Basi giuridiche e norme', en: 'Legal bases and norms' },
    width: 34,
    value: (d, _r, lang) => (d.data.finalita ?? []).flatMap((f) => (f.basi_giuridiche ?? []).map((b) => basisLine(b, lang))),
  },
  {
    id: 'finalita-basi',
    group: 'finalita',
    header: { it: 'Finalità e basi legali del trattamento', en: 'Purposes and legal bases of the processing' },
    width: 44,
    value: (d, r, lang) =>
      (d.data.finalita ?? []).flatMap((f) => [purposeLine(f, r, lang), ...(f.basi_giuridiche ?? []).map((b) => `  ${basisLine(b, lang)}`)]),
  },
  { id: 'interessati', group: 'dati', header: { it: 'Categorie di interessati', en: 'Categories of data subjects' }, width: 16, value: (d, r, lang) => terms(r, 'interessati', d.data.interessati, lang) },
  { id: 'dati', group: 'dati', header: { it: 'Categorie di dati personali', en: 'Categories of personal data' }, width: 18, value: (d, r, lang) => terms(r, 'dati', d.data.dati, lang) },
  { id: 'dati-particolari', group: 'dati', header: { it: 'Categorie particolari (art. 9) e condizione', en: 'Special categories (Art. 9) and condition' }, width: 26, value: (d, r, lang) => specials(d.data, r, lang) },
  { id: 'dati-giudiziari', group: 'dati', header: { it: 'Dati giudiziari (art. 10)', en: 'Criminal-offence data (Art. 10)' }, width: 18, value: (d) => criminal(d.data) },
  {
    id: 'dati-tutti',
    group: 'dati',
    header: { it: 'Categorie di dati personali', en: 'Categories of personal data' },
    width: 30,
    value: (d, r, lang) => [...terms(r, 'dati', d.data.dati, lang), ...specials(d.data, r, lang), ...criminal(d.data)],
  },
  { id: 'raccolta', group: 'dati', header: { it: 'Raccolta e fonte', en: 'Collection and source' }, width: 18, value: (d, _r, lang) => [d.data.raccolta ? collectionLabel(d.data.raccolta, lang) : '', d.data.fonte?.descrizione ?? ''].filter(Boolean) },
  { id: 'operazioni', group: 'dati', header: { it: 'Operazioni', en: 'Operations' }, width: 18, value: (d, r, lang) => terms(r, 'operazioni', d.data.operazioni, lang) },
  { id: 'modalita', group: 'dati', header: { it: 'Modalità e applicativi', en: 'Mode and applications' }, width: 18, value: (d, _r, lang) => [d.data.modalita ? modeLabel(d.data.modalita, lang) : '', ...(d.data.applicativi ?? [])].filter(Boolean) },
  { id: 'destinatari', group: 'destinatari', header: { it: 'Categorie di destinatari', en: 'Categories of recipients' }, width: 28, value: (d, r, lang, context) => recipientLines(r, d.data, lang, context.processorsApart) },
  { id: 'responsabili', group: 'destinatari', header: { it: 'Responsabili del trattamento (art. 28)', en: 'Processors (Art. 28)' }, width: 20, value: (d, r) => processors(d.data, r) },
  {
    id: 'trasferimenti',
    group: 'trasferimenti',
    header: { it: 'Trasferimento dati verso paesi terzi', en: 'Transfers to third countries' },
    width: 24,
    value: (d, r, lang) => (d.data.trasferimenti?.length ? d.data.trasferimenti.map((t) => transferLine(r, t, lang)) : [lang === 'it' ? 'nessuno' : 'none']),
  },
  {
    id: 'conservazione',
    group: 'conservazione',
    header: { it: 'Termini ultimi di cancellazione previsti', en: 'Envisaged time limits for erasure' },
    width: 30,
    value: (d, r, lang) => (d.data.conservazione ?? []).map((c) => retentionLine(r, c, lang)),
  },
  { id: 'misure', group: 'misure', header: { it: 'Misure di sicurezza tecniche e organizzative', en: 'Technical and organisational security measures' }, width: 26, value: (d, r, lang) => measures(d.data, r, lang) },
  { id: 'conferimento', group: 'dati', header: { it: 'Conferimento dei dati', en: 'Provision of data' }, width: 18, value: (d, _r, lang) => provisionLine(d.data.conferimento, lang) },
  {
    id: 'caratteristiche',
    group: 'dpia',
    header: { it: 'Caratteristiche rilevanti (artt. 8, 21, 22 e 35)', en: 'Relevant characteristics (Arts 8, 21, 22 and 35)' },
    width: 24,
    value: (d, _r, lang) => characteristicLines(d.data, lang),
  },
  { id: 'dpia', group: 'dpia', header: { it: "Valutazione d'impatto", en: 'DPIA' }, width: 22, value: (d, _r, lang) => dpiaLine(d.data.dpia, lang) },
  // Wide enough for "aggiornamento" in the bold heading: a narrower column breaks the word.
  { id: 'creato', group: 'date', header: { it: 'Scheda creata il', en: 'Record created' }, width: 14, date: true, value: (d) => d.data.creato ?? '' },
  { id: 'aggiornato', group: 'date', header: { it: 'Ultimo aggiornamento', en: 'Last updated' }, width: 14, date: true, value: (d) => d.data.aggiornato ?? '' },
  { id: 'note', group: 'altro', header: { it: 'Note', en: 'Notes' }, width: 20, value: (d) => d.data.note ?? '' },
];

/** Named sets of columns; a register may add its own in registro.yaml (opzioni.export.insiemi). */
export const COLUMN_SETS: Readonly<Record<string, readonly string[]>> = {
  // Every fact of a record: what art. 30 asks, then how the data are collected, handled and
  // provided, and what weighs on a DPIA and on the notice.
  completo: [
    'id', 'denominazione', 'descrizione', 'area', 'referente', 'finalita', 'basi', 'interessati', 'dati', 'dati-particolari', 'dati-giudiziari',
    'raccolta', 'operazioni', 'modalita', 'conferimento', 'destinatari', 'responsabili', 'trasferimenti', 'conservazione', 'misure',
    'caratteristiche', 'dpia', 'creato', 'aggiornato', 'note',
  ],
  // The headings of the Garante's simplified model (docs/LEGAL.md §1; to verify against the model).
  garante: ['denominazione', 'finalita-basi', 'interessati', 'dati-tutti', 'destinatari', 'trasferimenti', 'conservazione', 'misure', 'creato', 'aggiornato'],
};
