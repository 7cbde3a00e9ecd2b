import { basename, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { readTable } from '../import/read-table.js';
import { detectHeading } from '../import/headers.js';
import { alignBlock, dataBlocks } from '../import/align.js';
import { ImportContext } from '../import/normalize.js';
import { recordFromRow, type ImportedRecord } from '../import/record.js';
import { fromVertical } from '../import/vertical.js';
import { applyMapping } from '../import/mapping.js';
import { assignIds, importReport, writeImport } from '../import/write.js';
import { Vocabulary } from '../vocab/vocabulary.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { slugify } from '../util/suggest.js';
import { today } from '../util/today.js';

export interface ImportOptions {
  output: string;
  foglio?: string;
  mappa?: string;
  force: boolean;
  lang: Lang;
}

/** Rows with fewer filled cells are notes or totals, not activities. */
const MIN_CELLS = 3;

/** `registro import FILE -o DIR`: an existing Excel/CSV register as YAML, losing nothing. */
export async function runImport(file: string, options: ImportOptions): Promise<number> {
  const sheet = await readTable(resolve(file), options.foglio);
  const detected = detectHeading(sheet.rows);
  const vertical = !detected && !options.mappa ? fromVertical(sheet.rows) : undefined;
  const heading = options.mappa ? applyMapping(resolve(options.mappa), sheet.rows, detected) : (detected ?? vertical?.heading);
  if (!heading || heading.columns.length === 0) throw new UsageError('usage.noHeading', { path: file });
  const ctx = new ImportContext(new Vocabulary());
  const now = today();
  const labels = new Map(heading.columns.map((c) => [c.col, c.label]));
  const records: ImportedRecord[] = [];
  const notes: string[] = [];
  if (sheet.encoding) notes.push(`Codifica ${sheet.encoding}, separatore ${sheet.delimiter === '\t' ? 'tabulazione' : `"${sheet.delimiter}"`}.`);
  notes.push(
    vertical
      ? `Foglio verticale (etichetta | valore), ${vertical.rows.length} schede: ${heading.columns.map((c) => `${c.label} -> ${c.campo}`).join('; ')}.`
      : `Intestazione alle righe ${heading.rows.map((r) => r + 1).join(' e ')}${options.mappa ? ` (con la mappa ${basename(options.mappa)})` : ''}: ${heading.columns.map((c) => `${c.label} -> ${c.campo}`).join('; ')}.`,
  );
  const blocks = vertical ? [{ rows: vertical.rows, lines: vertical.lines }] : dataBlocks(sheet.rows, heading);
  for (const block of blocks) {
    // Columns named by a mapping file, or built from a vertical sheet, are taken as they are.
    const columns = options.mappa || vertical ? new Map(heading.columns.map((c) => [c.campo, c.col])) : alignBlock(heading, block.rows);
    const shifted = [...columns].filter(([campo, col]) => heading.columns.find((c) => c.campo === campo)!.col !== col).map(([campo, col]) => `${campo} -> colonna ${col + 1}`);
    if (shifted.length) notes.push(`Righe ${block.lines[0]}-${block.lines[block.lines.length - 1]}: colonne spostate rispetto all'intestazione (${shifted.join(', ')}).`);
    const blockLabels = new Map([...columns].map(([campo, col]) => [col, labels.get(heading.columns.find((c) => c.campo === campo)!.col)!]));
    block.rows.forEach((row, i) => {
      if (row.filter(Boolean).length < MIN_CELLS) return;
      records.push(recordFromRow(row, columns, blockLabels, { file: basename(file), line: block.lines[i]!, today: now }, ctx));
    });
  }
  const controller = sheet.rows.slice(0, Math.max(...heading.rows) + 1).flat().find((c) => /^(comune|provincia|regione|unione) d/i.test(c));
  const ids = assignIds(records, slugify);
  const out = resolve(options.output);
  const written = writeImport(out, ids, records, ctx, { file: basename(file), controller, today: now, report: importReport(basename(file), ids, records, notes) }, options.force);
  const guessed = records.reduce((n, r) => n + r.report.filter((x) => x.fate !== 'mappato').length, 0);
  process.stdout.write(
    `${records.length} trattamenti importati in ${displayPath(out)} (${written.length} file); ${guessed} valori dedotti o conservati come testo: vedi ${displayPath(resolve(out, 'importazione.md'))}.\nOra: registro validate ${displayPath(out)}\n`,
  );
  return 0;
}
