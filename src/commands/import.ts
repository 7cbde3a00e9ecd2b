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
import { writeFileAtomic } from '../util/atomic-write.js';
import { validateRegister } from '../validate/validate-register.js';
import { editedCells, readEmbedded, writeEmbedded } from '../import/restore.js';

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
  if (sheet.embedded && !options.mappa) return restoreExport(file, sheet.rows, sheet.embedded, options);
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

/**
 * A workbook written by `registro export`: the register comes back exactly from its hidden data
 * sheet. Cells edited in Excel since the export are kept verbatim in the record, and listed.
 */
async function restoreExport(file: string, visible: string[][], rows: string[][], options: ImportOptions): Promise<number> {
  const out = resolve(options.output);
  const embedded = readEmbedded(rows);
  const written = writeEmbedded(out, embedded, basename(file), options.force);
  const { register } = await validateRegister(out, process.cwd(), today(), { rules: false });
  const edits = editedCells(register, embedded, visible, today());
  for (const [id, cells] of edits) {
    const record = register.trattamenti.find((d) => d.id === id)!;
    const data = { ...record.data, importazione: { ...record.data.importazione, originali: { ...record.data.importazione?.originali, ...cells } } };
    writeEmbedded(out, { columns: embedded.columns, files: [{ kind: 'trattamento', id, data }] }, basename(file), true);
  }
  const lines = [`# Importazione di ${basename(file)}`, '', `Cartella di lavoro scritta da registro: ${written.length} file ripristinati esattamente dal foglio dati.`, ''];
  if (edits.size > 0) {
    lines.push('Celle modificate in Excel dopo l\'esportazione (conservate in `importazione.originali`, da riportare nelle schede):', '');
    for (const [id, cells] of edits) for (const [k, v] of Object.entries(cells)) lines.push(`- ${id}: ${k}: ${v.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  writeFileAtomic(resolve(out, 'importazione.md'), lines.join('\n') + '\n');
  const count = embedded.files.filter((f) => f.kind === 'trattamento').length;
  process.stdout.write(`${count} trattamenti ripristinati in ${displayPath(out)} da una cartella di lavoro di registro; ${edits.size} con celle modificate in Excel: vedi ${displayPath(resolve(out, 'importazione.md'))}.\n`);
  return 0;
}
