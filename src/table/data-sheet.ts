import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { Table } from './tables.js';

/**
 * Name of the hidden sheet that carries the register's data, for an exact import back. Calc
 * lists it under Sheet > Show Sheet: the name says what it is for, in the workbook's language.
 */
export const DATA_SHEET: Record<Lang, string> = { it: 'Dati per registro import', en: 'Data for registro import' };

/** Every name the data sheet has had: workbooks exported before named it "registro-dati". */
export const DATA_SHEET_NAMES: readonly string[] = [...Object.values(DATA_SHEET), 'registro-dati'];

/** A cell holds at most 32,767 characters: longer JSON is split over the next cells. */
const CELL_LIMIT = 30_000;

/** How the visible register was written: what import needs to rebuild it and compare its cells. */
export interface ExportSettings {
  colonne: string[];
  lingua: Lang;
  area?: string;
}

/**
 * The register's own data, one row per file (its kind, its id, its JSON), so that importing the
 * workbook gives back exactly the same records; and how the visible table was written (columns,
 * language, area filter), so that cells edited in Excel can be told apart.
 */
export function dataTable(register: Register, options: { columns: readonly { id: string }[]; lang: Lang; area?: string }): Table {
  const settings: ExportSettings = { colonne: options.columns.map((c) => c.id), lingua: options.lang, ...(options.area ? { area: options.area } : {}) };
  const rows: string[][] = [['esportazione', '', cellJson(settings)]];
  const add = (kind: string, id: string, data: unknown) => {
    const json = cellJson(data);
    const chunks: string[] = [];
    for (let i = 0; i < json.length; i += CELL_LIMIT) chunks.push(json.slice(i, i + CELL_LIMIT));
    rows.push([kind, id, ...chunks]);
  };
  if (register.registro) add('registro', 'registro', register.registro.data);
  if (register.soggetti) add('soggetti', 'soggetti', register.soggetti.data);
  if (register.vocabolario) add('vocabolario', 'vocabolario', register.vocabolario.data);
  for (const d of register.trattamenti) add('trattamento', d.id, d.data);
  for (const d of register.servizi) add('servizio', d.id, d.data);
  for (const d of register.attivitaResponsabile) add('attivita-responsabile', d.id, d.data);
  return { sheet: DATA_SHEET[options.lang], hidden: true, title: '', heading: [], headers: ['tipo', 'id', 'json'], widths: [12, 30, 80], rows };
}

/**
 * JSON with every "&" written as \u0026, the same JSON to a parser. exceljs decodes the XML
 * entities of a plain-string cell twice when reading it back, so a value holding the text
 * "&amp;" or "&lt;tag&gt;" came back from the data sheet as "&" or "<tag>": the restored
 * record was not the exported one.
 */
function cellJson(data: unknown): string {
  return JSON.stringify(data).replace(/&/g, '\\u0026');
}
