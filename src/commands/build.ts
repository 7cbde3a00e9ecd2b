import { join, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { message } from '../i18n/localize.js';
import { writeXlsx } from '../export/xlsx.js';
import { dataTable, workbookTables } from '../table/tables.js';
import { chooseColumns } from '../table/column-choice.js';
import { findBrowser } from '../informativa/browser.js';
import type { Register } from '../register/model.js';
import { entryFor, pruneStale, readManifest, writeManifest, type ManifestEntry } from '../util/manifest.js';
import { displayPath } from '../util/paths.js';
import { toolVersion } from '../util/version.js';
import { changeLogTables } from '../export/change-log.js';
import { loadForOutput, type PublishingOptions } from './load-for-output.js';
import { publishNotices } from '../informativa/publish.js';
import { reportNotices, reportPruned, reportRefusals, terminalProgress } from './notice-report.js';
import { printContinuedCells, printOpenFindings, printUntranslated } from './output-status.js';
import { workbookState } from '../export/workbook-state.js';

export interface BuildOptions extends PublishingOptions {
  output: string;
  formats?: Array<'pdf' | 'html'>;
}

/**
 * `registro build`: the yearly job. Validates, then writes the xlsx register (marked as a draft
 * while errors are open) and the notice of every service without errors in what it shows
 * (--bozza writes the others as marked drafts). The output folder is build's own: the outputs
 * of services that no longer exist are removed, and nothing else.
 */
export async function runBuild(dir: string, options: BuildOptions): Promise<number> {
  const loaded = await loadForOutput(dir, { lang: options.lang, force: options.force, strict: options.strict });
  if (!loaded) return 1;
  const { register, root, diagnostics, open } = loaded;

  const out = resolve(options.output);
  const previous = readManifest(out);
  const xlsx = await writeWorkbook(register, out, options.lang, loaded.today, open.errors);
  const written: ManifestEntry[] = [entryFor(out, xlsx)];

  let formats = options.formats ?? ['pdf', 'html'];
  if (!options.formats && !findBrowser(options.browser)) {
    process.stderr.write(`registro: ${message(options.lang, 'usage.noBrowser', {})}\n`);
    formats = ['html'];
  }
  const notices = await publishNotices(register, register.servizi, diagnostics, {
    output: join(out, 'informative'),
    formats,
    lang: options.lang,
    template: options.template,
    browser: options.browser,
    bozza: options.bozza,
    progress: terminalProgress(),
  });
  reportRefusals(notices, root, options.lang);
  for (const r of notices.results) written.push(...r.files.map((f) => entryFor(out, f, r.id)));
  // A service still in the register keeps its earlier notices while this build refuses it.
  const services = new Set(register.servizi.map((s) => s.id));
  const kept = previous.filter((e) => e.servizio && services.has(e.servizio) && !written.some((w) => w.path === e.path));
  const pruned = pruneStale(out, previous, new Set([...written, ...kept].map((e) => e.path)));
  writeManifest(out, [...written, ...kept], `registro ${toolVersion()}`);
  reportPruned(pruned, options.lang);

  const ok = reportNotices(notices, options.lang);
  printUntranslated(register, options.lang);
  printOpenFindings(open, options.lang);
  return ok ? 0 : 1;
}

async function writeWorkbook(register: Register, out: string, lang: Lang, today: string, openErrors: number): Promise<string> {
  const xlsx = join(out, 'registro.xlsx');
  const columns = chooseColumns({}, register.registro?.data.opzioni);
  const tableOptions = { lang, columns, today, openErrors };
  const tables = [...workbookTables(register, tableOptions), ...changeLogTables(register, tableOptions), dataTable(register, tableOptions)];
  const continued = await writeXlsx(xlsx, tables, lang, `registro ${toolVersion()}`, workbookState(tables, openErrors, today, lang), { controller: register.registro?.data.titolare.denominazione, generated: today });
  process.stdout.write(`${displayPath(xlsx)}\n`);
  printContinuedCells(continued, lang);
  return xlsx;
}
