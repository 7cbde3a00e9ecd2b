import { extname, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { count as counted } from '../i18n/plural.js';
import { chooseColumns } from '../export/column-choice.js';
import { controllerTable, dataTable, workbookTables } from '../export/tables.js';
import { toCsv } from '../export/csv.js';
import { resolvedModel } from '../export/json-model.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { toolVersion } from '../util/version.js';
import { loadForOutput } from './load-for-output.js';

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
}

/**
 * `registro export`: the register as a workbook (or CSV, or JSON). Files with shape errors would
 * be missing from it, so their errors stop the export unless --force; legal findings do not:
 * the register is exported as it is.
 */
export async function runExport(dir: string, options: ExportOptions): Promise<number> {
  const cwd = process.cwd();
  const output = resolve(cwd, options.output ?? `registro.${options.format}`);
  if (/^\.ya?ml$/i.test(extname(output))) throw new UsageError('usage.yamlOutput', { path: displayPath(output, cwd) });
  const loaded = await loadForOutput(dir, options.lang, options.force, { rules: false });
  if (!loaded) return 1;
  const { register, today: now } = loaded;

  const columns = chooseColumns({ colonne: options.colonne, insieme: options.insieme }, register.registro?.data.opzioni);
  const tableOptions = { lang: options.lang, columns, area: options.area, today: now };
  const controller = controllerTable(register, tableOptions);
  if (options.format === 'xlsx') {
    const { writeXlsx } = await import('../export/xlsx.js');
    const tables = [...workbookTables(register, tableOptions, controller), dataTable(register, tableOptions)];
    await writeXlsx(output, tables, options.lang, `registro ${toolVersion()}`);
  } else if (options.format === 'csv') {
    writeFileAtomic(output, toCsv(controller));
  } else {
    writeFileAtomic(output, JSON.stringify(resolvedModel(register, options.lang, toolVersion(), now), null, 2) + '\n');
  }
  const count = controller.rows.length;
  const shown = displayPath(output, cwd);
  process.stdout.write(options.lang === 'it' ? `Registro esportato in ${shown}: ${counted(count, 'trattamento', 'trattamenti')}.\n` : `Register exported to ${shown}: ${counted(count, 'processing activity', 'processing activities')}.\n`);
  return 0;
}
