import { join } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import type { Doc, Register } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { eachInPool } from '../util/pool.js';
import { buildNotice, type NoticeModel } from './model.js';
import { loadTemplates, type Layer } from './templates.js';
import { textOfHtml } from '../readability/text-of-html.js';
import { score, type Score } from '../readability/score.js';
import { findBrowser, NoticePrinter } from './browser.js';
import { rightsMismatch } from './check-rights.js';
import { markDraft, placeholderInNotice } from './output-check.js';
import { ID_PATTERN } from '../register/layout.js';
import { UsageError } from '../util/errors.js';

export type NoticeFormat = 'pdf' | 'html';

export interface NoticeJob {
  lang: Lang;
  formats: readonly NoticeFormat[];
  outDir: string;
  templateDir?: string;
  browser?: string;
  /** Services written as drafts, with their open errors: marked BOZZA on every page. */
  drafts?: ReadonlyMap<string, number>;
  /** Called after each service, for a progress bar. */
  progress?: (done: number, total: number, id: string) => void;
  /** The site (registro sito) points the short notice at its own full page. */
  adjust?: (model: NoticeModel) => NoticeModel;
  /** The site writes each rendered notice inside its page; the PDF is printed from the notice itself. */
  page?: (html: string, layer: Layer, model: NoticeModel) => string;
  /** PDFs still as printed from the same HTML are kept, not printed again (registro sito). */
  pdfCache?: PdfCache;
}

export interface PdfCache {
  fresh(pdfPath: string, html: string): boolean;
  record(pdfPath: string, html: string): void;
}

export interface NoticeResult {
  id: string;
  files: string[];
  /** With the index of the notice's language: Gulpease for Italian, Flesch reading ease for English. */
  readability: Score;
  blocked: string[];
  rights: { missing: string[]; extra: string[] };
  /** A placeholder found in what the notice would publish: nothing was written. */
  placeholder?: string;
}

const LAYERS: ReadonlyArray<[Layer, string]> = [
  ['informativa', ''],
  ['breve', '-breve'],
];

/** Browser pages printing at once: Chromium's own work is the cost, two cores here. */
const PARALLEL_PAGES = 4;

/**
 * Renders the notices of the given services: the full notice and the first-layer short one, as
 * HTML and PDF. One browser serves the whole batch, with several pages at once. Files are
 * written atomically, a service at a time.
 */
export async function renderNotices(register: Register, services: readonly Doc<ServizioFile>[], job: NoticeJob): Promise<NoticeResult[]> {
  // The id names the output files and the short notice's link to the full one: a file named
  // "javascript:alert(1).yaml" must not become either, even with the layout rule turned off.
  const badId = services.find((s) => !ID_PATTERN.test(s.id));
  if (badId) throw new UsageError('usage.badServiceId', { id: badId.id });
  const templates = loadTemplates(job.lang, job.templateDir);
  const rendered = services.map((service) => {
    const built = buildNotice(register, service, job.lang, templates.logo);
    const model = job.adjust ? job.adjust(built) : built;
    const html = Object.fromEntries(LAYERS.map(([layer]) => [layer, templates.render(layer, model)])) as Record<Layer, string>;
    const errors = job.drafts?.get(service.id);
    if (errors !== undefined) for (const [layer] of LAYERS) html[layer] = markDraft(html[layer], job.lang, errors);
    const placeholder = errors === undefined ? LAYERS.map(([layer]) => placeholderInNotice(model, html[layer])).find(Boolean) : undefined;
    return { service, model, html, placeholder };
  });

  // The browser starts when the first PDF must be printed: a batch whose PDFs are all fresh needs none.
  let launching: Promise<NoticePrinter> | undefined;
  const printer = job.formats.includes('pdf') ? () => (launching ??= NoticePrinter.launch(findBrowser(job.browser))) : undefined;
  if (printer && !job.pdfCache) await printer();
  const results: NoticeResult[] = new Array(rendered.length);
  let done = 0;
  try {
    await eachInPool(rendered, PARALLEL_PAGES, async (item, index) => {
      results[index] = await writeOne(item, job, printer);
      job.progress?.(++done, rendered.length, item.service.id);
    });
  } finally {
    if (launching) await (await launching).close();
  }
  return results;
}

async function writeOne(
  item: { service: Doc<ServizioFile>; model: NoticeModel; html: Record<Layer, string>; placeholder?: string },
  job: NoticeJob,
  printer: (() => Promise<NoticePrinter>) | undefined,
): Promise<NoticeResult> {
  const { service, model, html } = item;
  const files: string[] = [];
  const blocked: string[] = [];
  const rights = rightsMismatch(html.informativa, model);
  const readability = score(textOfHtml(html.informativa), job.lang, { bandLang: job.lang });
  if (item.placeholder) return { id: service.id, files, readability, blocked, rights, placeholder: item.placeholder };
  for (const [layer, suffix] of LAYERS) {
    const base = join(job.outDir, `${service.id}${suffix}`);
    if (job.formats.includes('html')) {
      writeFileAtomic(`${base}.html`, job.page ? job.page(html[layer], layer, model) : html[layer]);
      files.push(`${base}.html`);
    }
    if (printer) {
      if (!job.pdfCache?.fresh(`${base}.pdf`, html[layer])) {
        const printed = await (await printer()).print(html[layer], model.titolare.denominazione);
        blocked.push(...printed.blocked);
        writeFileAtomic(`${base}.pdf`, printed.pdf);
        job.pdfCache?.record(`${base}.pdf`, html[layer]);
      }
      files.push(`${base}.pdf`);
    }
  }
  return { id: service.id, files, readability, blocked, rights };
}
