import type { AttivitaResponsabileFile } from '../types/schema.js';
import type { ImportContext } from './normalize.js';
import { splitList } from './normalize.js';
import { splitTerms } from './split-terms.js';
import { readTransfers } from './transfers.js';
import { contactsOnly, nameAndContacts } from './party-contacts.js';
import { parseDate } from './dates.js';
import { readableName } from './names.js';
import { isUnstated } from './answers.js';
import { isSheetError } from '../text/placeholder.js';
import { isValidId } from './record-paths.js';
import { verbatim, type ReportEntry } from './record.js';
import { said } from './said.js';
import type { Lang } from '../i18n/lang.js';

/** One entry of the processor's register (art. 30, par. 2) read from one row, with what the report says of it. */
export interface ProcessorEntry {
  /** Suggested id: the entry's name, or its controller's (collisions are resolved when writing). */
  name: string;
  data: AttivitaResponsabileFile;
  report: ReportEntry[];
}

type Source = { file: string; line: number; today: string; sheet?: string; lang?: Lang };

/** A full date inside a longer text ("Convenzione rep. 12/2022 del 31/01/2022"); "12/2022" alone is a number, not a date. */
const DATE_IN_TEXT = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;

/**
 * An entry from a row: the controller becomes a party (ruolo titolare) referenced by id, the
 * categories a list, transfers and dates as in the controller's register, the measures the
 * vocabulary's ids where the sheet names them and text where it does not. Every cell is kept
 * verbatim under `importazione.originali`.
 */
export function entryFromRow(row: readonly string[], columns: ReadonlyMap<string, number>, labels: ReadonlyMap<number, string>, source: Source, ctx: ImportContext, written: readonly string[] = row): ProcessorEntry {
  const cell = (campo: string) => {
    const col = columns.get(campo);
    const value = col === undefined ? '' : (row[col] ?? '').trim();
    return isSheetError(value) ? '' : value;
  };
  const report: ReportEntry[] = [];
  const note = (entry: ReportEntry) => entry.value && report.push(entry);
  const { id: titolare, name: named } = controllerOf(cell, source, ctx, note);
  const data: AttivitaResponsabileFile = { titolare };
  if (cell('denominazione')) data.denominazione = readableName(cell('denominazione'));
  const categories = splitTerms(cell('categorie'), false, () => false).filter((c) => !isUnstated(c));
  if (categories.length) data.categorie_trattamento = categories;
  note({ campo: 'categorie_trattamento', fate: 'mappato', value: cell('categorie') });
  const atto = appointment(cell('atto'), /\bdat[ae]\b/i.test(labels.get(columns.get('atto') ?? -1) ?? ''));
  if (atto) data.atto = atto;
  // An Excel serial under "Data nomina" is the date it shows in Excel: the report says which.
  const serial = atto?.data && atto.riferimento === atto.data && atto.data !== cell('atto');
  note({ campo: 'atto', fate: serial ? 'dedotto' : 'testuale', value: cell('atto'), ...(serial ? { result: atto.data } : {}) });

  const transfers = readTransfers(cell('paesi_terzi'), columns.get('garanzie') !== columns.get('misure') ? cell('garanzie') : '');
  if (transfers.trasferimenti) data.trasferimenti = transfers.trasferimenti;
  note({ campo: 'paesi_terzi', fate: transfers.fate, value: cell('paesi_terzi'), ...(transfers.result !== undefined ? { result: transfers.result } : {}) });
  Object.assign(data, measures(cell('misure'), ctx, note));
  for (const key of ['creato', 'aggiornato'] as const) {
    const date = parseDate(cell(key));
    if (date) data[key] = date;
    note({ campo: key, fate: date ? 'mappato' : 'testuale', value: cell(key) });
  }
  data.importazione = { file: source.file, ...(source.sheet ? { foglio: source.sheet } : {}), riga: source.line, data: source.today, originali: verbatim(written, labels) };
  // An id written by registro export ("sue-unione") names the file again; a row number does not.
  const id = /[a-z]/i.test(cell('numero')) && isValidId(cell('numero')) ? cell('numero') : undefined;
  return { name: id ?? data.denominazione ?? named, data, report };
}

/** The party of the row's controller (ruolo titolare), with the contacts its cell and its DPO's cell give. */
function controllerOf(cell: (campo: string) => string, source: Source, ctx: ImportContext, note: (entry: ReportEntry) => unknown): { id: string; name: string } {
  const { name: written, contatti } = nameAndContacts(cell('titolare'));
  const rpd = contactsOnly(cell('rpd_titolare'));
  // A row naming no controller still needs one: the party is then a placeholder to complete.
  const name = written || (source.lang === 'en' ? `Controller in row ${source.line}` : `Titolare della riga ${source.line}`);
  const id = ctx.controller(name, { ...(contatti ? { contatti } : {}), ...(rpd ? { rpd } : {}) });
  note({ campo: 'titolare', fate: written ? 'dedotto' : 'testuale', value: cell('titolare') || '-', result: said(`soggetto ${id} (ruolo titolare)`, `party ${id} (role titolare)`) });
  return { id, name };
}

/**
 * "Convenzione rep. 12/2022 del 31/01/2022": the act as written, and its date when it gives a
 * whole one. "Tipo — riferimento — data", as registro export writes it, is read back into its parts.
 */
function appointment(text: string, dateColumn: boolean): AttivitaResponsabileFile['atto'] | undefined {
  if (!text || isUnstated(text)) return undefined;
  // A column of dates ("Data nomina") holds the act's date alone, an Excel serial too (45292).
  const only = dateColumn ? parseDate(text) : undefined;
  if (only) return { riferimento: only, data: only };
  const parts = text.split(/\s+—\s+/);
  const date = parseDate(DATE_IN_TEXT.exec(text)?.[0] ?? '');
  if (parts.length >= 2 && parts.length <= 3 && (parts.length === 2 || parseDate(parts[2]!))) {
    return { tipo: parts[0]!, riferimento: parts[1]!, ...(date ? { data: date } : {}) };
  }
  return { riferimento: text.replace(/\s+/g, ' '), ...(date ? { data: date } : {}) };
}

/** The measures the vocabulary knows as its ids; the others, as written, in misure_descrizione. */
function measures(text: string, ctx: ImportContext, note: (entry: ReportEntry) => unknown): Pick<AttivitaResponsabileFile, 'misure' | 'misure_descrizione'> {
  const ids: string[] = [];
  const rest: string[] = [];
  for (const item of splitList(text, 'outside')) {
    const id = ctx.known('misure', item);
    if (id) ids.push(id);
    else rest.push(item);
    note({ campo: 'misure', fate: id ? 'mappato' : 'testuale', value: item, ...(id ? { result: id } : {}) });
  }
  return { ...(ids.length ? { misure: [...new Set(ids)] } : {}), ...(rest.length ? { misure_descrizione: rest.join('; ') } : {}) };
}
