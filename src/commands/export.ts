import type { ContinuedCell } from '../export/xlsx-continued.js';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { count as counted } from '../i18n/plural.js';
import { chooseColumns } from '../table/column-choice.js';
import { controllerTable, dataTable, workbookTables } from '../table/tables.js';
import { workbookState } from '../export/workbook-state.js';
import { toCsv } from '../export/csv.js';
import { resolvedModel } from '../export/json-model.js';
import { UsageError } from '../util/errors.js';
import { displayPath, isStdout, isYamlPath } from '../util/paths.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { toolVersion } from '../util/version.js';
import { changeLogTables } from '../export/change-log.js';
import { loadForOutput } from './load-for-output.js';
import { printContinuedCells, printOpenFindings } from './output-status.js';

export type ExportFormat = 'xlsx' | 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'json'];

export interface ExportOptions {
  output?: string;
  format: ExportFormat;
  lang: Lang;
  colonne?: string;
  insieme?: string;
  area?: string;
  force: boolean;
  strict?: boolean;
  /** --al: the register as it stood on that day, from git. */
  al?: string;
}

/**
 * `registro export`: the register as a workbook (or CSV, or JSON). Files with shape errors would
 * be missing from it, so their errors stop the export unless --force. Legal findings do not
 * stop it (the Garante may ask for the register as it is today), but the workbook then says so
 * in its heading and its properties; --strict refuses to write it.
 */
export async function runExport(dir: string, options: ExportOptions): Promise<number> {
  const cwd = process.cwd();
  const output = resolve(cwd, options.output ?? `registro.${options.format}`);
  if (isYamlPath(output)) throw new UsageError('usage.yamlOutput', { path: displayPath(output, cwd) });
  // CSV and JSON may go to the screen (`-o -`), for a pipe; a workbook is a file.
  const toScreen = isStdout(options.output);
  if (toScreen && options.format === 'xlsx') throw new UsageError('usage.workbookToScreen', {});
  const write = (text: string) => (toScreen ? process.stdout.write(text) : writeFileAtomic(output, text));
  const loaded = await loadForOutput(dir, { lang: options.lang, force: options.force, strict: options.strict, asOf: options.al });
  if (!loaded) return 1;
  const { register, today: now } = loaded;
  const { open } = loaded;

  const columns = chooseColumns({ colonne: options.colonne, insieme: options.insieme }, register.registro?.data.opzioni);
  const tableOptions = { lang: options.lang, columns, area: options.area, today: now, openErrors: open.errors };
  const controller = controllerTable(register, tableOptions);
  // An area that matches nothing is a typo far more often than an empty office: say so, write nothing.
  if (options.area && controller.rows.length === 0) throw new UsageError('usage.emptyArea', { area: options.area });
  let continued: ContinuedCell[] = [];
  if (options.format === 'xlsx') {
    const { writeXlsx } = await import('../export/xlsx.js');
    const tables = [...workbookTables(register, tableOptions, controller), ...changeLogTables(register, tableOptions), dataTable(register, tableOptions)];
    continued = await writeXlsx(output, tables, options.lang, `registro ${toolVersion()}`, workbookState(tables, open.errors, now, options.lang), { controller: register.registro?.data.titolare.denominazione, generated: now });
  } else if (options.format === 'csv') {
    // The BOM tells Excel the file is UTF-8; in a pipe it would be a stray character before the first field.
    const csv = toCsv(controller);
    write(toScreen ? csv.replace(/^\uFEFF/, '') : csv);
  } else {
    const model = resolvedModel(register, options.lang, toolVersion(), now) as Record<string, unknown>;
    write(JSON.stringify({ ...model, stato: { errori_aperti: open.errors, avvisi_aperti: open.warnings } }, null, 2) + '\n');
  }
  const count = controller.rows.length;
  const where = toScreen ? { it: "sull'output standard", en: 'to standard output' } : { it: `in ${displayPath(output, cwd)}`, en: `to ${displayPath(output, cwd)}` };
  // The line that says what was written never mixes with what was written.
  (toScreen ? process.stderr : process.stdout).write(options.lang === 'it' ? `Registro esportato ${where.it}: ${counted(count, 'trattamento', 'trattamenti')}.\n` : `Register exported ${where.en}: ${counted(count, 'processing activity', 'processing activities')}.\n`);
  printContinuedCells(continued, options.lang);
  printOpenFindings(open, options.lang);
  return 0;
}
