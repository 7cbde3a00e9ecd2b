import type { MessageParams } from '../diagnostics/types.js';
import type { workbookIt } from './messages-workbook-it.js';
import { count } from './plural.js';

/** English messages of the workbook export. Must have every id of the Italian ones. */
export const workbookEn: Record<keyof typeof workbookIt, (p: MessageParams) => string> = {
  'workbook.cellContinued': (p) =>
    `sheet "${p.sheet}", "${p.id}", column "${p.column}": ${count(p.length, 'character', 'characters')}, more than one row of Excel or LibreOffice can show; the text is written whole over ${p.rows} rows, the added ones marked "(continued)" in the ID`,
};
