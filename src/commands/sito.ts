import { join, resolve } from 'node:path';
import { message } from '../i18n/localize.js';
import { findBrowser } from '../informativa/browser.js';
import { buildSite } from '../site/build-site.js';
import { SitePdfCache } from '../site/pdf-cache.js';
import { entryFor, pruneStale, readManifest, writeManifest } from '../util/manifest.js';
import { displayPath } from '../util/paths.js';
import { toolVersion } from '../util/version.js';
import { reportNotices, reportPruned, reportRefusals, terminalProgress } from './notice-report.js';
import { loadForOutput, printDiagnostics, type PublishingOptions } from './load-for-output.js';
import { printOpenFindings } from './output-status.js';

/** The site's own list of what it wrote: never the one of `build`, so neither removes the other's files. */
const SITE_MANIFEST = '.registro-sito.json';

export interface SitoOptions extends PublishingOptions {
  output: string;
  baseUrl?: string;
}

/**
 * `registro sito`: the privacy section of the website, ready to upload. Every page shows the
 * controller, so open errors in registro.yaml stop it (--bozza writes it marked as a draft);
 * each notice follows the rules of `registro informativa`. The output folder is the site's own:
 * pages of services that no longer exist are removed, and nothing else.
 */
export async function runSito(dir: string, options: SitoOptions): Promise<number> {
  const loaded = await loadForOutput(dir, { lang: options.lang, force: options.force, strict: options.strict });
  if (!loaded) return 1;
  const { register, root, diagnostics, open } = loaded;
  const registro = register.registro?.file.displayPath;
  // A theme the site cannot use (site-theme) stops it whatever its severity: a draft would not read better.
  const theme = diagnostics.filter((d) => !d.suppressed && d.ruleId === 'site-theme');
  if (theme.length > 0) {
    printDiagnostics(theme, [registro!], root, options.lang);
    process.stderr.write(`registro: ${message(options.lang, 'status.siteTheme', {})}\n`);
    return 1;
  }
  // Every page shows the controller: open errors in registro.yaml stop the site, unless --bozza.
  const blockers = diagnostics.filter((d) => !d.suppressed && d.severity === 'error' && d.file === registro);
  if (blockers.length > 0 && !options.bozza) {
    printDiagnostics(blockers, [registro!], root, options.lang);
    process.stderr.write(`registro: ${message(options.lang, 'status.siteBlocked', { errors: blockers.length })}\n`);
    return 1;
  }
  // The PDFs to download when a browser is there; the pages are written anyway.
  const browser = findBrowser(options.browser);

  const out = resolve(options.output);
  const previous = readManifest(out, SITE_MANIFEST);
  const pdfCache = new SitePdfCache(out, `registro ${toolVersion()}`);
  const site = await buildSite(register, root, diagnostics, {
    pdfCache,
    output: out,
    baseUrl: options.baseUrl,
    formats: browser ? ['html', 'pdf'] : ['html'],
    template: options.template,
    browser: options.browser,
    bozza: options.bozza,
    lang: options.lang,
    progress: terminalProgress(),
  });
  reportRefusals(site, root, options.lang);
  const written = site.files.map((f) => entryFor(out, join(out, f)));
  const pruned = pruneStale(out, previous, new Set(written.map((e) => e.path)));
  writeManifest(out, written, `registro ${toolVersion()}`, SITE_MANIFEST);
  pdfCache.save();
  reportPruned(pruned, options.lang);

  const ok = reportNotices({ results: site.notices, refused: site.refused }, options.lang);
  for (const w of site.withheld) process.stderr.write(`registro: ${message(options.lang, 'status.activityWithheld', { id: w.id, errors: w.errors })}\n`);
  const pages = site.files.filter((f) => f.endsWith('.html')).length;
  process.stdout.write(`${message(options.lang, 'status.siteWritten', { pages, path: displayPath(join(out, 'index.html')) })}\n`);
  process.stdout.write(`${message(options.lang, 'status.siteSnippet', { path: displayPath(join(out, 'collegamento-privacy.txt')) })}\n`);
  if (!browser) process.stderr.write(`registro: ${message(options.lang, 'status.siteNoPdf', {})}\n`);
  if (!site.base) process.stderr.write(`registro: ${message(options.lang, 'status.siteNoBase', {})}\n`);
  printOpenFindings(open, options.lang);
  return ok && site.withheld.length === 0 ? 0 : 1;
}
