import type { Table } from '../table/tables.js';
import { displaySafe } from '../text/display-safe.js';

/**
 * A cell that a spreadsheet could take for a formula (=, +, -, @, tab, CR) is prefixed with an
 * apostrophe, as OWASP advises against CSV injection.
 */
export function neutralize(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string, separator: string): string {
  // Hidden characters go first: "\u200B=1+1" is a formula once a spreadsheet drops the space.
  const safe = neutralize(displaySafe(value));
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One row per activity, as Excel in Italian opens it by double click: UTF-8 with BOM, `;` as
 * separator, CRLF line ends; multi-value cells keep their line breaks inside quotes.
 */
export function toCsv(table: Table, separator = ';'): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map((v) => quote(v, separator)).join(separator));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
