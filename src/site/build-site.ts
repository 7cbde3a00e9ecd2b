import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import type { NoticeFormat, NoticeJob, NoticeResult, PdfCache } from '../informativa/render-notices.js';
import type { Doc, Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { publishNotices, type PublishedNotices } from '../informativa/publish.js';
import { loadTemplates } from '../informativa/templates.js';
import { writeAssets } from './assets.js';
import { logoOf } from './logo.js';
import { chooserPage, homePage, type ListedService } from './home.js';
import type { Site } from './layout.js';
import { noticePage, noticeParts } from './notice-page.js';
import { registerPage } from './public-register.js';
import { sitemapXml, type SitemapEntry } from './sitemap.js';
import { snippetText } from './snippet.js';
import { loadSiteTemplates } from './templates.js';
import { themeCss } from './theme.js';
import { absoluteUrl, normalizeBaseUrl, sitePath } from './urls.js';
import { publishedLangs } from '../register/translations.js';

export interface SiteJob {
  output: string;
  /** --base-url; else opzioni.sito.url; else the site links only relatively and has no sitemap. */
  baseUrl?: string;
  formats: NoticeFormat[];
  template?: string;
  browser?: string;
  bozza?: boolean;
  /** The language of the command's messages (the site's languages come from the register). */
  lang: Lang;
  /** PDFs unchanged since the last build are kept. */
  pdfCache?: PdfCache;
  /** Called after each notice printed, for a progress line. */
  progress?: NoticeJob['progress'];
}

export interface SiteOutcome {
  /** Site paths written, forward slashes, relative to the output folder. */
  files: string[];
  notices: NoticeResult[];
  /** The services left out and those written as drafts, in the site's first language (the others repeat them). */
  refused: PublishedNotices['refused'];
  drafts: PublishedNotices['drafts'];
  /** Activities left out of the public register: open errors in their record. */
  withheld: Array<{ id: string; errors: number }>;
  base: string | null;
  snippet: string;
}

/**
 * Register -> the privacy section of the website, in every language it offers: the notices
 * through the notices' own render path (publishNotices, same publish rules), each in a page of
 * the site; the home page, the optional public register, the language chooser, the sitemap,
 * the stylesheets and fonts, and the footer snippet for the comune's website.
 */
export async function buildSite(register: Register, root: string, diagnostics: readonly Diagnostic[], job: SiteJob): Promise<SiteOutcome> {
  const options = register.registro?.data.opzioni?.sito ?? {};
  const theme = themeCss(options.colore, job.lang);
  const logo = logoOf(root, options.logo);
  const site: Site = {
    templates: loadSiteTemplates(),
    langs: publishedLangs(register),
    base: normalizeBaseUrl(job.baseUrl ?? options.url),
    ente: register.registro?.data.titolare.denominazione ?? '',
    logo: logo?.name ?? noticeLogo(register, root, job.template),
    register: options.registro_pubblico === true,
  };
  const files: string[] = [];
  const write = (path: string, data: string) => {
    writeFileAtomic(join(job.output, path), data);
    files.push(path);
  };
  const draft = (lang: Lang, errors: number) => (errors > 0 ? (site.templates.texts(lang).bozza_pagina ?? '') : null);
  const controllerErrors = openErrorsIn(diagnostics, [register.registro?.file.displayPath]);

  const notices: NoticeResult[] = [];
  let refused: SiteOutcome['refused'] = [];
  let drafts: SiteOutcome['drafts'] = [];
  let published: string[] = [];
  for (const lang of site.langs) {
    const { written, services } = await noticesIn(site, register, diagnostics, job, lang);
    notices.push(...written.results);
    if (lang === site.langs[0]) ({ refused, drafts } = written);
    for (const r of written.results) files.push(...r.files.map((f) => relativeTo(job.output, f)));
    write(sitePath.home(lang), homePage(site, register, lang, services, draft(lang, controllerErrors)));
    if (lang === site.langs[0]) published = services.map((s) => s.model.servizio.id);
  }

  const { shown, withheld } = publicActivities(register, diagnostics, job.bozza === true);
  if (site.register) {
    const errors = controllerErrors + shown.reduce((n, s) => n + s.errors, 0);
    for (const lang of site.langs) write(sitePath.register(lang), registerPage(site, register, lang, shown.map((s) => s.doc), draft(lang, errors)));
  }
  // The folder's own address always answers: with one language too, a link to its home.
  write(sitePath.chooser(), chooserPage(site));
  files.push(...writeAssets(job.output, { site: site.templates.css('sito.css'), fonts: site.templates.css('fonts.css'), theme }, logo));
  if (site.base) write('sitemap.xml', sitemapXml(site.base, sitemapOf(site, published)));
  const snippet = snippetText(site);
  write('collegamento-privacy.txt', snippet);
  return { files, notices, refused, drafts, withheld: site.register ? withheld : [], base: site.base, snippet };
}

/**
 * One language's notices, through publishNotices: each written as a page of the site, the short
 * one pointing at the site's own full one (absolute when the site's address is known).
 */
async function noticesIn(site: Site, register: Register, diagnostics: readonly Diagnostic[], job: SiteJob, lang: Lang) {
  const listed = new Map<string, ListedService>();
  const written = await publishNotices(register, register.servizi, diagnostics, {
    output: join(job.output, lang),
    formats: job.formats,
    lang,
    progress: job.progress,
    template: job.template,
    browser: job.browser,
    bozza: job.bozza,
    pdfCache: job.pdfCache,
    adjust: (model) => ({ ...model, url_completa: site.base ? absoluteUrl(site.base, sitePath.full(lang, model.servizio.id)) : null }),
    page: (html, layer, model) => {
      listed.set(model.servizio.id, { model, draft: noticeParts(html).draft !== null });
      return noticePage(site, html, layer, model, job.formats.includes('pdf'));
    },
  });
  const services = register.servizi.map((s) => listed.get(s.id)).filter((s): s is ListedService => s !== undefined);
  return { written, services };
}

/** Every page but the language chooser, each with its versions in the other languages. */
function sitemapOf(site: Site, services: readonly string[]): SitemapEntry[] {
  const each = (path: (lang: Lang) => string): SitemapEntry[] => site.langs.map((lang) => ({ path: path(lang), alternates: site.langs.map((l) => ({ lang: l, path: path(l) })) }));
  return [
    ...each(sitePath.home),
    ...services.flatMap((id) => [...each((l) => sitePath.short(l, id)), ...each((l) => sitePath.full(l, id))]),
    ...(site.register ? each(sitePath.register) : []),
  ];
}

/** Without opzioni.sito.logo, the logo of the notice templates (--template, opzioni.informativa.modelli), as the notices show it. */
function noticeLogo(register: Register, root: string, template: string | undefined): string | null {
  const own = register.registro?.data.opzioni?.informativa?.modelli;
  const dir = template ? resolve(template) : own ? join(root, own) : undefined;
  return dir ? loadTemplates('it', dir).logo : null;
}

/** The open errors in the given files: what a page showing them would publish. */
function openErrorsIn(diagnostics: readonly Diagnostic[], files: ReadonlyArray<string | undefined>): number {
  const wanted = new Set(files.filter((f): f is string => f !== undefined));
  return diagnostics.filter((d) => !d.suppressed && d.severity === 'error' && wanted.has(d.file)).length;
}

/** The public register publishes an activity only without open errors in its record, as a notice; --bozza shows it marked. */
function publicActivities(register: Register, diagnostics: readonly Diagnostic[], bozza: boolean) {
  const shown: Array<{ doc: Doc<TrattamentoFile>; errors: number }> = [];
  const withheld: SiteOutcome['withheld'] = [];
  for (const doc of register.trattamenti) {
    const errors = openErrorsIn(diagnostics, [doc.file.displayPath, register.vocabolario?.file.displayPath]);
    if (errors === 0 || bozza) shown.push({ doc, errors });
    else withheld.push({ id: doc.id, errors });
  }
  return { shown, withheld };
}

function relativeTo(out: string, file: string): string {
  return relative(out, file).split('\\').join('/');
}

