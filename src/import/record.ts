import type { TrattamentoFile } from '../types/schema.js';

type Base = NonNullable<NonNullable<TrattamentoFile['finalita']>[number]['basi_giuridiche']>[number]['base'];
import { legalBases } from './legal-bases.js';
import { normsIn, splitPurposeAndBases } from './purpose-bases.js';
import { ImportContext, mode, type Fate } from './normalize.js';
import { splitTerms } from './split-terms.js';
import { readTransfers } from './transfers.js';
import { bracketedMarks, markedProcessor, processorNames } from './processor-marks.js';
import { nameOfPurpose, readableName } from './names.js';
import { isUnstated, yesNo } from './answers.js';
import { isSheetError } from '../text/placeholder.js';
import { splitSubjectsAndData } from './shared-cell.js';
import { readCollection } from './collection.js';
import { readRetention, retentionText } from './retention.js';
import { parseDate, parseDateMonthFirst, parsePartialDate, readMonthFirst } from './dates.js';
import { said, type Said } from './said.js';
import { CONDITIONS_NEEDING_NORM } from '../law/facts.js';
import type { Lang } from '../i18n/lang.js';

export interface ReportEntry {
  campo: string;
  fate: Fate;
  value: Said | string;
  result?: Said | string;
}

export interface ImportedRecord {
  /** Suggested id, from the activity's name (collisions are resolved when writing). */
  name: string;
  data: TrattamentoFile;
  /** Field -> how its value was carried over: what the sheet said and, when it differs, what was written. */
  report: ReportEntry[];
}

/** A tick under a heading that names the value: "X", "✓", "sì". */
const ticked = (value: string) => /^(?:x|✓|✔|☑|☒|s[iì]|yes)$/i.test(value.trim());

/**
 * One activity from one spreadsheet row. Every non-empty source cell is kept verbatim under
 * `importazione.originali` (by its heading), so nothing is lost whatever the mapping guessed.
 */
export function recordFromRow(
  row: readonly string[],
  columns: ReadonlyMap<string, number>,
  labels: ReadonlyMap<number, string>,
  source: { file: string; line: number; today: string; sheet?: string; monthFirst?: ReadonlySet<string>; lang?: Lang; joined?: ReadonlyMap<string, readonly number[]> },
  ctx: ImportContext,
): ImportedRecord {
  // A spreadsheet's error (#N/D, #VALORE!) is no value of any field; originali keep it as written.
  const one = (col: number | undefined) => {
    const value = col === undefined ? '' : (row[col] ?? '').trim();
    return isSheetError(value) ? '' : value;
  };
  // A field under sub-headings ("Destinatari": "Interni | Esterni") reads every one of its columns, as one list.
  const joinedCell = (campo: string) => [columns.get(campo), ...(source.joined?.get(campo) ?? [])].map(one).filter(Boolean).join('; ');
  // A recipient "- responsabile ex art. 28" keeps its mark, not cut off as an item of its own.
  const cell = (campo: string) => (campo === 'destinatari' ? bracketedMarks(joinedCell(campo)) : campo === 'base' ? basesCell() : joinedCell(campo));
  // "Base giuridica" over "Consenso | Contratto | Obbligo legale", an X under one: the basis is the ticked column's heading.
  const basesCell = () => {
    const grid = source.joined?.get('base') ?? [];
    // A "Consenso" column is one of the grid's only beside other ticked bases; alone, "SI" may say consent was collected.
    const consent = grid.length > 0 && /^[x✓✔☑☒]$/i.test(one(columns.get('consenso'))) ? [columns.get('consenso')] : [];
    const cols = [columns.get('base'), ...grid, ...consent];
    return cols.map((col) => (ticked(one(col)) && col !== undefined ? labels.get(col) ?? '' : one(col))).filter(Boolean).join('; ');
  };
  const report: ImportedRecord['report'] = [];
  const note = (campo: string, fate: Fate, value: Said | string, result?: Said | string) => value && report.push({ campo, fate, value, ...(result !== undefined ? { result } : {}) });
  const data: TrattamentoFile = { denominazione: '' };

  if (cell('descrizione')) {
    data.descrizione = cell('descrizione');
    note('descrizione', 'mappato', data.descrizione);
  }
  for (const key of ['area', 'referente'] as const) {
    if (!cell(key)) continue;
    data[key] = cell(key);
    note(key, 'mappato', cell(key));
  }

  // "Finalità e basi legali del trattamento" (the Garante's model) holds both in one cell:
  // when the basis has no column of its own, the basis phrases are read out of the purposes.
  const shared = (a: string, b: string) => columns.has(a) && (!columns.has(b) || columns.get(a) === columns.get(b));
  const merged = shared('finalita', 'base') && cell('finalita') ? splitPurposeAndBases(cell('finalita')) : undefined;
  const bases = merged ? merged.bases : legalBases(cell('base'));
  const purpose = merged ? merged.purpose : cell('finalita') || cell('descrizione');
  // A row with no name is named by its purpose's first clause (to check, said in the report),
  // else by its line, in the language of the import (the id follows it).
  const written = cell('denominazione') || cell('descrizione');
  const fromPurpose = written ? '' : nameOfPurpose(purpose);
  const rawName = written || fromPurpose || (source.lang === 'en' ? `Processing activity in row ${source.line}` : `Trattamento della riga ${source.line}`);
  data.denominazione = readableName(rawName);
  note('denominazione', rawName === data.denominazione && !fromPurpose ? 'mappato' : 'dedotto', rawName);
  // Pre-GDPR "schede" name the law (Fonti normative), not the basis: a law is 6.1.e or 6.1.c, to be checked.
  // Without a column of its own, the norm is the one the basis cell cites ("art. 6 ... - D.Lgs. 504/1992").
  // "Base giuridica e norma di riferimento": one cell for both, its norm only what it cites
  // ("Obbligo di legge" alone is no norm, and validate must still ask for one).
  const ownNorm = columns.get('norma') !== columns.get('base') ? cell('norma') : '';
  const norma = ownNorm || (merged ? merged.norms : normsIn(cell('base'))).join('; ');
  // A norm with no basis beside it, in any cell, is the same case: the norm is kept, its basis guessed.
  const guessed = Boolean(norma) && bases.codes.length === 0;
  if (guessed) {
    bases.codes.push('6.1.e');
    note('basi_giuridiche', 'dedotto', norma.replace(/\s+/g, ' '), said('6.1.e (da una norma: verifica se è 6.1.c)', '6.1.e (from a norm: check whether it is 6.1.c)'));
  }
  // Bases without a written purpose are kept under a purpose still to write: validate asks for it.
  const purposeText = purpose || (bases.codes.length ? (source.lang === 'en' ? 'TO BE COMPLETED: purpose of the processing' : 'DA COMPLETARE: finalità del trattamento') : '');
  if (purposeText) {
    const basi = bases.codes.map((base) => ({ base: base as Base, ...(norma ? { norma } : {}) }));
    data.finalita = [{ descrizione: purposeText, ...(basi.length ? { basi_giuridiche: basi } : {}) }];
    note('finalita', cell('finalita') ? 'mappato' : 'dedotto', purposeText);
  }
  if (bases.codes.length && !guessed) note('basi_giuridiche', 'dedotto', cell('base') || cell('finalita'), withNorm(bases.codes.join(', '), norma));
  // A piece that is the norm written in `norma` was read, not kept as text.
  for (const piece of bases.unread) if (!inNorm(piece, norma)) note('basi_giuridiche', 'testuale', piece);

  const markedProcessors: string[] = [];
  // "Categorie di interessati e di dati": one cell, both lists, told apart piece by piece.
  const both = columns.has('interessati') && columns.get('interessati') === columns.get('dati') ? splitSubjectsAndData(cell('interessati'), ctx) : undefined;
  const terms = (campo: string, vocab: 'interessati' | 'dati' | 'destinatari' | 'operazioni', commas: boolean | 'outside' = true, classe?: 'particolare') =>
    (both && (campo === 'interessati' || campo === 'dati') ? both[campo] : splitTerms(cell(campo), commas, (text) => ctx.known(vocab, text) !== undefined)).flatMap((written) => {
      // "-", "n.d.", "N/A": nothing was stated; "nessuno" is the answer none.
      if (isUnstated(written)) {
        note(campo, 'testuale', written, said('non indicato', 'not stated'));
        return [];
      }
      if (vocab === 'destinatari' && yesNo(written) === 'no') {
        note(campo, 'mappato', written, 'nessuno');
        return ['nessuno'];
      }
      // "Cooperativa Il Girasole (resp. esterno)": a processor, a party as in the processors' column.
      const processor = vocab === 'destinatari' ? markedProcessor(written) : undefined;
      if (processor) {
        markedProcessors.push(processor);
        note(campo, 'dedotto', written, said(`responsabile (art. 28): soggetto ${ctx.party(processor)}`, `processor (Art. 28): party ${ctx.party(processor)}`));
        return [];
      }
      const { id, fate } = ctx.term(vocab, written, classe);
      note(campo, fate, written, id);
      return id;
    });

  const subjects = terms('interessati', 'interessati');
  if (subjects.length) data.interessati = [...new Set(subjects)];

  const common: string[] = [];
  const special: string[] = [];
  // A "Categorie particolari" column names its categories, or answers SI / NO.
  const sensitive = yesNo(cell('dati_sensibili')) || isUnstated(cell('dati_sensibili')) ? [] : terms('dati_sensibili', 'dati', 'outside', 'particolare');
  for (const id of new Set([...terms('dati', 'dati', 'outside'), ...sensitive])) {
    const term = ctx.vocabulary.get('dati', id);
    (term?.classe === 'particolare' || ctx.customTerms.get(`dati:${id}`)?.classe === 'particolare' ? special : common).push(id);
  }
  // "Dati sensibili: SI" without a category: a term of the register's own, to be made precise.
  if (yesNo(cell('dati_sensibili')) === 'si' && special.length === 0) {
    special.push(ctx.term('dati', 'dati sensibili (categoria da precisare)', 'particolare').id);
    note('dati_sensibili', 'dedotto', 'SI', said('dati particolari da precisare', 'special categories to be specified'));
  }
  if (common.length) data.dati = common;
  if (special.length) data.dati_particolari = special.map((categoria) => ({ categoria, ...specialCondition(bases.conditions, norma) }));
  if (bases.conditions.length) note('dati_particolari', bases.conditions.length === 1 && special.length ? 'dedotto' : 'testuale', conditionsNote(bases.conditions, special.length > 0));

  const operations = terms('operazioni', 'operazioni', 'outside');
  if (operations.length) data.operazioni = [...new Set(operations)];
  const m = mode(cell('modalita'));
  if (m.modalita) data.modalita = m.modalita;
  if (m.applicativi.length) data.applicativi = m.applicativi;
  note('modalita', 'dedotto', cell('modalita'));

  const recipients: NonNullable<Exclude<TrattamentoFile['destinatari'], 'nessuno'>> = [];
  const recipientIds = new Set(terms('destinatari', 'destinatari', 'outside'));
  for (const id of recipientIds) if (id !== 'nessuno') recipients.push({ categoria: id });
  for (const name of markedProcessors) recipients.push({ soggetto: ctx.party(name) });
  // "CADMO - SISCOM - CSI": processors, declared in soggetti.yaml and referenced by id.
  for (const name of processorNames(cell('responsabili'))) {
    recipients.push({ soggetto: ctx.party(name) });
    note('responsabili', 'dedotto', name, said(`soggetto ${ctx.party(name)}`, `party ${ctx.party(name)}`));
  }
  if (recipients.length) data.destinatari = recipients;
  // "Nessuno" alone is an answer: the schema's own word for no recipients.
  else if (recipientIds.has('nessuno')) data.destinatari = 'nessuno';

  // A safeguards column that is also the measures column ("Misure e garanzie") names no transfer mechanism.
  const safeguards = columns.get('garanzie') !== columns.get('misure') ? cell('garanzie') : '';
  const transfers = readTransfers(cell('paesi_terzi'), safeguards);
  if (transfers.trasferimenti) data.trasferimenti = transfers.trasferimenti;
  note('paesi_terzi', transfers.fate, cell('paesi_terzi'), transfers.result);

  if (cell('conservazione')) {
    const { terms: retention, unstated, unit } = readRetention(cell('conservazione'), labels.get(columns.get('conservazione')!) ?? '');
    if (retention.length) data.conservazione = retention;
    for (const piece of unstated) note('conservazione', 'testuale', piece, said('non indicato', 'not stated'));
    // Read into its parts, or given the unit of its heading, the terms are a reading to check; a phrase kept whole is text.
    const read = retention.length > 1 || unit !== undefined || retention.some((t) => t.decorrenza || t.fonte);
    if (retention.length) note('conservazione', read ? 'dedotto' : 'testuale', cell('conservazione'), read ? retentionText(retention) : undefined);
  }
  if (cell('misure') && isUnstated(cell('misure'))) note('misure', 'testuale', cell('misure'), said('non indicato', 'not stated'));
  else if (cell('misure')) {
    data.misure_descrizione = cell('misure');
    note('misure', 'testuale', data.misure_descrizione);
  }
  // "Presso l'interessato", "Banche dati pubbliche (ANPR)", "Misto": art. 13, art. 14 or both.
  const collection = readCollection(cell('raccolta'));
  if (collection) Object.assign(data, collection);
  note('raccolta', collection ? 'dedotto' : 'testuale', cell('raccolta'), collection?.raccolta);
  for (const flag of ['consenso', 'informativa'] as const) note(flag, 'testuale', cell(flag));

  Object.assign(data, recordDates(cell, note, source.monthFirst));
  data.importazione = { file: source.file, ...(source.sheet ? { foglio: source.sheet } : {}), riga: source.line, data: source.today, originali: verbatim(row, labels) };
  return { name: rawName, data, report };
}

/** The art. 9(2) conditions a row names: one goes to its special categories, several are left to the DPO. */
function conditionsNote(conditions: readonly string[], hasSpecial: boolean): Said {
  const list = conditions.join(', ');
  const toAssign = conditions.length > 1 || !hasSpecial;
  return said(
    `condizioni dell'art. 9, par. 2: ${list}${toAssign ? ' (da assegnare a ciascuna categoria particolare)' : ''}`,
    `Art. 9(2) conditions: ${list}${toAssign ? ' (to be assigned to each special category)' : ''}`,
  );
}

type Special = NonNullable<TrattamentoFile['dati_particolari']>[number];

/**
 * One art. 9(2) condition for the whole activity applies to each special category (several are
 * left to the DPO), with the norm the same cell cites when the condition refers to the law
 * ("Art. 9 ... h); D.L. 179/2012, art. 12"): the norm is that condition's too.
 */
function specialCondition(conditions: readonly string[], norma: string): Pick<Special, 'condizione' | 'norma'> {
  if (conditions.length !== 1) return {};
  const condizione = conditions[0] as Special['condizione'];
  return { condizione, ...(norma && CONDITIONS_NEEDING_NORM.has(condizione!) ? { norma } : {}) };
}

/**
 * Creation and update dates only from the source's own columns: the import date is recorded as
 * such (importazione.data), never as the day the activity was created.
 */
function recordDates(cell: (campo: string) => string, note: (campo: string, fate: Fate, value: string, result?: Said | string) => unknown, monthFirst: ReadonlySet<string> = new Set()): Pick<TrattamentoFile, 'creato' | 'aggiornato'> {
  const dates: Pick<TrattamentoFile, 'creato' | 'aggiornato'> = {};
  for (const key of ['creato', 'aggiornato'] as const) {
    if (!cell(key)) continue;
    // A column written month first (a US register) is a reading to check, every cell of it.
    const us = monthFirst.has(key) || readMonthFirst(cell(key));
    const date = us ? parseDateMonthFirst(cell(key)) : parseDate(cell(key));
    // "marzo 2021", "2019", "dal 2018": the first day of it, reported as a reading to check.
    const partial = date ? undefined : parsePartialDate(cell(key));
    if (date ?? partial) dates[key] = (date ?? partial!.iso)!;
    if (partial) note(key, 'dedotto', cell(key), partialNote(partial));
    else note(key, !date ? 'testuale' : us ? 'dedotto' : 'mappato', cell(key), date);
  }
  return dates;
}

/** What the report says of a date read without its day or month, or after "dal". */
function partialNote(p: NonNullable<ReturnType<typeof parsePartialDate>>): Said {
  if (p.missing === 'giorno') return said(`${p.iso} (giorno non indicato: il primo del mese)`, `${p.iso} (no day given: the first of the month)`);
  if (p.missing === 'mese') return said(`${p.iso} (solo l'anno: il primo gennaio)`, `${p.iso} (the year only: 1 January)`);
  return said(`${p.iso} (la data da cui decorre il trattamento)`, `${p.iso} (the date the activity runs from)`);
}

/** Every non-empty cell exactly as written, by its heading; repeated headings (three CATEGORIA) get their column number. */
export function verbatim(row: readonly string[], labels: ReadonlyMap<number, string>): Record<string, string> {
  const originali: Record<string, string> = {};
  const counts = new Map<string, number>();
  for (const label of labels.values()) counts.set(label, (counts.get(label) ?? 0) + 1);
  row.forEach((value, col) => {
    if (!value.trim()) return;
    const label = labels.get(col);
    const key = !label ? `colonna ${col + 1}` : label in originali || counts.get(label)! > 1 ? `${label} (colonna ${col + 1})` : label;
    originali[key] = value;
  });
  return originali;
}

/** "6.1.c, norma: DPR 445/2000": the codes read and the norm written beside them. */
function withNorm(codes: string, norma: string): Said | string {
  const norm = norma.replace(/\s+/g, ' ');
  return norm ? said(`${codes}, norma: ${norm}`, `${codes}, norm: ${norm}`) : codes;
}

function inNorm(piece: string, norma: string): boolean {
  const cited = normsIn(piece);
  return cited.length > 0 && cited.every((n) => norma.includes(n));
}
