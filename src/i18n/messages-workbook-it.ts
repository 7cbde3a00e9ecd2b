import type { MessageParams } from '../diagnostics/types.js';
import { count } from './plural.js';

/** Italian messages of the workbook export: what it wrote differently from one cell per value. */
export const workbookIt = {
  'workbook.cellContinued': (p) =>
    `foglio "${p.sheet}", "${p.id}", colonna "${p.column}": ${count(p.length, 'carattere', 'caratteri')}, più di quanti una riga di Excel o di LibreOffice possa mostrare; il testo è scritto intero su ${p.rows} righe, quelle aggiunte con «(segue)» nell'ID`,
} satisfies Record<string, (p: MessageParams) => string>;
