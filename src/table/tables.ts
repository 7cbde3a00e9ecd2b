import { registerUpdated } from '../register/last-update.js';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import { COLUMNS, GROUPS, type Column, type ColumnContext } from './columns.js';
import { contactsLine as contacts, terms, transferLine } from './labels.js';
import { partiesTable } from './parties-table.js';
import { codeLabel } from '../law/codes.js';
import { VOCAB_NAMES } from '../vocab/vocabulary.js';
import { withoutFinalBreaks } from '../text/display-safe.js';
import { longDate } from '../informativa/notice-version.js';
import { numericDate } from '../text/numeric-date.js';
import { inLanguage } from '../register/translations.js';

/** A sheet of the workbook as plain data: what xlsx.ts, csv.ts and the tests read. */
export interface Table {
  sheet: string;
  /** A sheet for programs, not people: written very hidden. */
  hidden?: boolean;
  title: string;
  /** Label-value lines printed above the table (controller, DPO, dates); a third item marks a date. */
  heading: Array<[string, string] | [string, string, 'date']>;
  /** Column groups over the headings (the art. 30 items), as [label, first column, last column]. */
  groups?: Array<[string, number, number]>;
  headers: string[];
  widths: number[];
  rows: string[][];
  /** Columns whose cells are dates (YYYY-MM-DD), written as real dates. */
  dateColumns?: number[];
  /** The record id of each row, for the round trip: the workbook carries it in a hidden column when no chosen column shows it. */
  rowIds?: string[];
  /** The column that shows the record id, when one of the chosen columns does. */
  idColumn?: number;
}

export interface ExportOptions {
  lang: Lang;
  columns: readonly Column[];
  /** Keep only activities whose area or office contains this text (case-insensitive). */
  area?: string;
  /** Generation date, YYYY-MM-DD. */
  today: string;
  /** Open errors of the register when exported: a workbook with errors says so in its heading. */
  openErrors?: number;
}

// One value per line: a value written as a YAML block keeps no blank line after it.
const cell = (value: string | string[]): string => (Array.isArray(value) ? value.map(withoutFinalBreaks).join('\n') : value);

const T = {
  it: {
    controllerSheet: 'Registro del titolare', controllerTitle: 'Registro delle attività di trattamento del titolare (art. 30, par. 1, GDPR)',
    processorSheet: 'Registro del responsabile', processorTitle: 'Registro delle categorie di attività svolte per conto di titolari (art. 30, par. 2, GDPR)',
    servicesSheet: 'Servizi', servicesTitle: 'Servizi e attività di trattamento coinvolte',
    legendSheet: 'Legenda', legendTitle: 'Codici e termini usati nel registro',
    controller: 'Titolare', representative: 'Rappresentante (art. 27)', dpo: 'Responsabile protezione dati (RPD)',
    created: 'Registro istituito il', updated: 'Ultimo aggiornamento', generated: 'Generato il', area: 'Filtro per area',
    none: 'non designato',
    status: 'Stato', draft: (n: number, date: string) => `BOZZA: al ${date} il registro ha ${n === 1 ? 'un errore aperto' : `${n} errori aperti`} (registro validate li elenca)`,
  },
  en: {
    controllerSheet: 'Controller register', controllerTitle: 'Record of processing activities of the controller (GDPR Art. 30(1))',
    processorSheet: 'Processor register', processorTitle: 'Record of categories of processing carried out on behalf of controllers (GDPR Art. 30(2))',
    servicesSheet: 'Services', servicesTitle: 'Services and the processing activities they involve',
    legendSheet: 'Legend', legendTitle: 'Codes and terms used in the register',
    controller: 'Controller', representative: 'Representative (Art. 27)', dpo: 'Data protection officer',
    created: 'Register established', updated: 'Last updated', generated: 'Generated', area: 'Area filter',
    none: 'not designated',
    status: 'Status', draft: (n: number, date: string) => `DRAFT: on ${date} the register has ${n === 1 ? 'one open error' : `${n} open errors`} (registro validate lists them)`,
  },
};


export function controllerTable(source: Register, options: ExportOptions): Table {
  const { lang, columns } = options;
  const register = inLanguage(source, lang);
  const t = T[lang];
  const registro = register.registro?.data;
  const heading: Table['heading'] = [
    // The day in words: the draft line is a sentence, where 2026-12-03 reads as a code.
    ...(options.openErrors ? [[t.status, t.draft(options.openErrors, longDate(options.today, lang))] as [string, string]] : []),
    [t.controller, [registro?.titolare.denominazione, contacts(registro?.titolare.contatti)].filter(Boolean).join(' — ')],
    ...(registro?.rappresentante ? [[t.representative, [registro.rappresentante.denominazione, contacts(registro.rappresentante.contatti)].filter(Boolean).join(' — ')] as [string, string]] : []),
    [t.dpo, registro?.rpd ? [registro.rpd.nome, contacts(registro.rpd.contatti)].filter(Boolean).join(' — ') : t.none],
    [t.created, registro?.registro?.creato ?? '', 'date'],
    [t.updated, registerUpdated(register) ?? '', 'date'],
    [t.generated, options.today, 'date'],
    ...(options.area ? [[t.area, options.area] as [string, string]] : []),
  ];
  // The area is matched as the register writes it: --area "Servizi Sociali" in English too.
  const area = options.area?.toLowerCase();
  const records = register.trattamenti
    .filter((_, i) => !area || [source.trattamenti[i]!.data.area, source.trattamenti[i]!.data.ufficio].some((a) => a?.toLowerCase().includes(area)))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const context: ColumnContext = { processorsApart: columns.some((c) => c.id === 'responsabili') };
  const idColumn = columns.findIndex((c) => c.id === 'id');
  const groups: Table['groups'] = [];
  columns.forEach((c, i) => {
    const label = GROUPS[c.group][lang];
    const last = groups[groups.length - 1];
    if (last && last[0] === label && last[2] === i - 1) last[2] = i;
    else groups.push([label, i, i]);
  });
  return {
    sheet: t.controllerSheet,
    title: t.controllerTitle,
    heading,
    groups,
    headers: columns.map((c) => c.header[lang]),
    widths: columns.map((c) => c.width),
    rows: records.map((d) => columns.map((c) => cell(c.value(d, register, lang, context)))),
    dateColumns: columns.flatMap((c, i) => (c.date ? [i] : [])),
    rowIds: records.map((d) => d.id),
    ...(idColumn >= 0 ? { idColumn } : {}),
  };
}

export function processorTable(register: Register, options: ExportOptions): Table | undefined {
  if (register.attivitaResponsabile.length === 0) return undefined;
  const { lang } = options;
  const it = lang === 'it';
  const registro = register.registro?.data;
  const headers = it
    ? ['ID', 'Attività', 'Titolare per conto del quale si agisce', 'RPD del titolare', 'Categorie di trattamenti', 'Atto di nomina', 'Trasferimenti', 'Misure di sicurezza', 'Creata il', 'Aggiornata il', 'Note']
    : ['ID', 'Activity', 'Controller on whose behalf', "Controller's DPO", 'Categories of processing', 'Appointing act', 'Transfers', 'Security measures', 'Created', 'Updated', 'Notes'];
  const rows = register.attivitaResponsabile.map((d) => {
    const party = register.partyById.get(d.data.titolare)?.data;
    // Every value of the entry is printed: its name and notes too, though art. 30, par. 2 asks neither.
    return [
      d.id,
      d.data.denominazione ?? '',
      [party?.denominazione ?? d.data.titolare, contacts(party?.contatti)].filter(Boolean).join('\n'),
      contacts(party?.rpd),
      (d.data.categorie_trattamento ?? []).join('\n'),
      [d.data.atto?.tipo, d.data.atto?.riferimento, d.data.atto?.data && numericDate(d.data.atto.data)].filter(Boolean).join(' — '),
      (d.data.trasferimenti ?? []).map((x) => transferLine(register, x, lang)).join('\n') || (it ? 'nessuno' : 'none'),
      [...terms(register, 'misure', d.data.misure, lang), d.data.misure_descrizione, d.data.misure_documento].filter(Boolean).join('\n'),
      d.data.creato ?? '',
      d.data.aggiornato ?? '',
      d.data.note ?? '',
    ];
  });
  return {
    sheet: T[lang].processorSheet,
    title: T[lang].processorTitle,
    heading: [[it ? 'Responsabile' : 'Processor', [registro?.titolare.denominazione, contacts(registro?.titolare.contatti)].filter(Boolean).join(' — ')]],
    headers,
    widths: [16, 32, 36, 30, 44, 30, 30, 36, 14, 14, 30],
    rows,
    dateColumns: [8, 9],
  };
}

export function servicesTable(register: Register, options: ExportOptions): Table {
  const { lang } = options;
  const headers = lang === 'it' ? ['ID', 'Servizio', 'Descrizione', 'Ufficio', 'Trattamenti'] : ['ID', 'Service', 'Description', 'Office', 'Processing activities'];
  const names = new Map(register.trattamenti.map((d) => [d.id, d.data.denominazione]));
  const rows = register.servizi.map((d) => [
    d.id,
    d.data.denominazione,
    d.data.descrizione ?? '',
    [d.data.ufficio?.nome, contacts(d.data.ufficio?.contatti)].filter(Boolean).join('\n'),
    [...new Set(d.data.trattamenti)].map((id) => `${names.get(id) ?? id} (${id})`).join('\n'),
  ]);
  return { sheet: T[lang].servicesSheet, title: T[lang].servicesTitle, heading: [], headers, widths: [22, 32, 50, 36, 50], rows };
}

/** Every code and vocabulary term the register uses, with its label. */
export function legendTable(register: Register, options: ExportOptions): Table {
  const { lang } = options;
  const it = lang === 'it';
  const used = { basi: new Set<string>(), condizioni: new Set<string>(), meccanismi: new Set<string>() };
  const vocab = Object.fromEntries(VOCAB_NAMES.map((n) => [n, new Set<string>()])) as Record<(typeof VOCAB_NAMES)[number], Set<string>>;
  for (const { data } of register.trattamenti) {
    for (const f of data.finalita ?? []) for (const b of f.basi_giuridiche ?? []) used.basi.add(b.base);
    for (const d of data.dati_particolari ?? []) {
      if (d.condizione) used.condizioni.add(d.condizione);
      vocab.dati.add(d.categoria);
    }
    for (const t of data.trasferimenti ?? []) if (t.meccanismo) used.meccanismi.add(t.meccanismo);
    (data.interessati ?? []).forEach((x) => vocab.interessati.add(x));
    (data.dati ?? []).forEach((x) => vocab.dati.add(x));
    (data.operazioni ?? []).forEach((x) => vocab.operazioni.add(x));
    (data.misure ?? []).forEach((x) => vocab.misure.add(x));
    if (Array.isArray(data.destinatari)) data.destinatari.forEach((d) => d.categoria && vocab.destinatari.add(d.categoria));
  }
  // The processor's register (art. 30, par. 2) uses measures too: its terms belong to the legend.
  for (const { data } of register.attivitaResponsabile) (data.misure ?? []).forEach((x) => vocab.misure.add(x));
  const kinds: Record<string, string> = it
    ? { basi: 'Base giuridica (art. 6)', condizioni: 'Condizione (art. 9, par. 2)', meccanismi: 'Trasferimento (artt. 45-49)', interessati: 'Interessati', dati: 'Dati personali', destinatari: 'Destinatari', operazioni: 'Operazioni', misure: 'Misure di sicurezza' }
    : { basi: 'Legal basis (Art. 6)', condizioni: 'Condition (Art. 9(2))', meccanismi: 'Transfer (Arts 45-49)', interessati: 'Data subjects', dati: 'Personal data', destinatari: 'Recipients', operazioni: 'Operations', misure: 'Security measures' };
  const rows: string[][] = [];
  for (const list of ['basi', 'condizioni', 'meccanismi'] as const) {
    for (const code of [...used[list]].sort()) rows.push([kinds[list]!, code, codeLabel(list, code, lang)]);
  }
  for (const name of VOCAB_NAMES) {
    for (const id of [...vocab[name]].sort()) rows.push([kinds[name]!, id, register.vocabulary.label(name, id, lang)]);
  }
  const headers = it ? ['Tipo', 'Codice', 'Significato'] : ['Kind', 'Code', 'Meaning'];
  return { sheet: T[lang].legendSheet, title: T[lang].legendTitle, heading: [], headers, widths: [28, 26, 80], rows };
}

/**
 * Every sheet of the workbook; the controller's table may be passed in when already built. In
 * English the sheets read as the English notices do: the register's own texts in the
 * translations of vocabolario.yaml (`traduzioni`), where it has them.
 */
export function workbookTables(source: Register, options: ExportOptions, controller = controllerTable(source, options)): Table[] {
  const register = inLanguage(source, options.lang);
  const processor = processorTable(register, options);
  return [controller, ...(processor ? [processor] : []), partiesTable(register, options), servicesTable(register, options), legendTable(register, options)];
}

export { COLUMNS };
export { DATA_SHEET, DATA_SHEET_NAMES, dataTable } from './data-sheet.js';
