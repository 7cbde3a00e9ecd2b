import type { MessageParams } from '../diagnostics/types.js';
import { count } from './plural.js';
import type { importIt } from './messages-import-it.js';

/** English messages of import. Must have every id of the Italian ones. */
export const importEn: Record<keyof typeof importIt, (p: MessageParams) => string> = {
  'usage.sheetTooManyRows': (p) => `"${p.path}" has ${p.rows} rows, over the limit of ${p.limit}: no register has that many; remove the empty rows or split the file`,
  'usage.sheetTooManyColumns': (p) => `"${p.path}" has ${p.columns} columns, over the limit of ${p.limit}: no register has that many; remove the empty columns`,
  'usage.unclosedQuote': (p) => `"${p.path}", row ${p.row}, column ${p.col}: the cell opens with a quote (") that the file never closes, and would take every row after it; close the quotes or remove the opening one; no file was written`,
  'usage.emptyImport': (p) => `"${p.path}" holds nothing to import: no cell is filled in; is it the right file? No file was written`,
  'usage.cellTooLong': (p) => `"${p.path}", row ${p.row}, column ${p.col}: the cell has ${count(p.length, 'character', 'characters')}, over Excel's limit (${p.limit}); no file was written`,
  'usage.badWorkbook': (p) => `"${p.path}" is not a readable xlsx workbook (damaged, truncated or of another format)${p.detail ? `: ${p.detail}` : ''}; open it and save it again from Excel or LibreOffice`,
  'usage.workbookTooLarge': (p) => `"${p.path}" would unpack to more than ${p.limit} MB: it is not a register (perhaps a "zip bomb"); it was not read`,
  'usage.emptyWorkbook': (p) => `"${p.path}" has no rows to import: its visible sheets are empty`,
  'usage.noSheet': (p) => `sheet "${p.value}" not found; sheets: ${p.allowed}`,
  'usage.officeRefused': (p) => `LibreOffice cannot open "${p.path}": the file is damaged, password-protected or not of the format its name says; no file was written`,
  'usage.officeTimeout': (p) => `LibreOffice did not finish converting "${p.path}" within ${p.seconds} seconds: conversion stopped, no file was written`,
  'usage.needLibreOffice': (p) => `reading "${p.path}" needs LibreOffice (sudo apt-get install libreoffice-calc), or save it as xlsx or csv from Excel or LibreOffice`,
  'usage.noHeading': (p) =>
    `no register heading found in "${p.path}" (columns such as FINALITÀ, BASE GIURIDICA, CATEGORIE DI INTERESSATI)` +
    (p.mapping ? `.\nHeadings seen on row ${p.row}: ${p.headings}.\nA column mapping to complete, to save as mappa.yaml and pass with --mappa mappa.yaml:\n${p.mapping}` : ''),
  'usage.noImportRows': (p) =>
    `in "${p.path}" the register heading ends on row ${p.row}, but no processing activity follows` +
    (Number(p.skipped) > 0 ? ` (${count(Number(p.skipped), 'row', 'rows')} left out: titles, totals, stray cells or another table)` : '') +
    ': no file was written',
  'usage.noRegisterSheet': (p) =>
    `no sheet of "${p.path}" describes processing activities (columns of purposes, legal bases, categories of data subjects or of data): the sheets ${p.sheets} list other things (parties, services, codes, changes); to import one as a register: --foglio NAME, with --mappa FILE if needed; no file was written`,
  'usage.badMapping': (p) => `column mapping "${p.path}" is not valid: ${p.detail}`,
  'usage.badImportId': (p) => `${importAt(p)}: the id "${p.id}" is not valid (lowercase letters, digits and hyphens only, at most 80 characters, e.g. staff-management): no file was written`,
  'usage.duplicateImportId': (p) => `${importAt(p)}: "${p.id}" already appears at row ${p.line}: no file was written`,
  'usage.badDataSheet': (p) => `${importAt(p)}: the cell does not hold a record's data (JSON of an object): the data sheet was edited; no file was written`,
};

/** Where in the imported file: "registro.xlsx, sheet \"Services\", row 4". */
function importAt(p: MessageParams): string {
  return [p.file, p.sheet ? `sheet "${p.sheet}"` : '', p.row ? `row ${p.row}` : ''].filter(Boolean).join(', ');
}
