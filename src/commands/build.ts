import { join, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { message } from '../i18n/localize.js';
import { writeXlsx } from '../export/xlsx.js';
import { dataTable, workbookTables } from '../export/tables.js';
import { chooseColumns } from '../export/column-choice.js';
import { findBrowser } from '../informativa/browser.js';
import { displayPath } from '../util/paths.js';
import { toolVersion } from '../util/version.js';
import { loadForOutput, printDiagnostics } from './load-for-output.js';
import { reportNotices, writeNotices } from './informativa.js';

export interface BuildOptions {
  output: string;
  lang: Lang;
  formats?: Array<'pdf' | 'html'>;
  template?: string;
  browser?: string;
  force: boolean;
}

/**
 * `registro build`: the yearly job. Validates; stops before writing anything if validation finds
 * errors (unless --force); then writes the xlsx register and every service's notices. Without
 * a browser, and unless PDFs were asked for, the notices are written as HTML with a notice.
 */
export async function runBuild(dir: string, options: BuildOptions): Promise<number> {
  const loaded = await loadForOutput(dir, options.lang, options.force);
  if (!loaded) return 1;
  const { register, root, diagnostics } = loaded;
  const errors = diagnostics.filter((d) => d.severity === 'error' && !d.suppressed);
  if (errors.length > 0) {
    printDiagnostics(errors, [...new Set(errors.map((d) => d.file))], root, options.lang);
    if (!options.force) {
      process.stderr.write(`registro: ${message(options.lang, 'usage.buildBlocked', { errors: errors.length })}\n`);
      return 1;
    }
  }

  const out = resolve(options.output);
  const xlsx = join(out, 'registro.xlsx');
  const columns = chooseColumns({}, register.registro?.data.opzioni);
  await writeXlsx(xlsx, [...workbookTables(register, { lang: options.lang, columns, today: loaded.today }), dataTable(register, { lang: options.lang, columns })], options.lang, `registro ${toolVersion()}`);
  process.stdout.write(`${displayPath(xlsx)}\n`);

  let formats = options.formats ?? ['pdf', 'html'];
  if (!options.formats && !findBrowser(options.browser)) {
    process.stderr.write(`registro: ${message(options.lang, 'usage.noBrowser', {})}\n`);
    formats = ['html'];
  }
  const results = await writeNotices(register, root, register.servizi, {
    output: join(out, 'informative'),
    formats,
    lang: options.lang,
    template: options.template,
    browser: options.browser,
  });
  return reportNotices(results, options.lang) ? 0 : 1;
}
