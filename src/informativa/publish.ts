import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import type { Doc, Register } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import { noticeBlockers } from './blockers.js';
import { registerTemplateDir } from './register-templates.js';
import { renderNotices, type NoticeFormat, type NoticeJob, type NoticeResult } from './render-notices.js';

export interface PublishOptions extends Pick<NoticeJob, 'adjust' | 'page' | 'pdfCache' | 'progress'> {
  output: string;
  formats: NoticeFormat[];
  lang: Lang;
  /** --template; else the register's own (opzioni.informativa.modelli); else the built-in ones. */
  template?: string;
  browser?: string;
  /** Write notices over open errors anyway, marked BOZZA on every page. */
  bozza?: boolean;
}

export interface PublishedNotices {
  results: NoticeResult[];
  /** Services whose notice was not written: the open errors in what it shows, and no --bozza. */
  refused: Array<{ id: string; errors: number; blockers: Diagnostic[] }>;
  /** Services written as drafts (--bozza), with their open errors. */
  drafts: Array<{ id: string; errors: number }>;
}

/**
 * A notice is published only from a register without errors in what it shows. With --bozza it
 * is written anyway, marked as a draft on every page; without, the service is left out and its
 * errors are handed back for the command to show. Nothing is printed here.
 */
export async function publishNotices(register: Register, services: readonly Doc<ServizioFile>[], diagnostics: readonly Diagnostic[], options: PublishOptions): Promise<PublishedNotices> {
  const drafts = new Map<string, number>();
  const refused: PublishedNotices['refused'] = [];
  const ready: Doc<ServizioFile>[] = [];
  for (const service of services) {
    const blockers = noticeBlockers(register, service, diagnostics);
    if (blockers.length === 0) ready.push(service);
    else if (options.bozza) {
      drafts.set(service.id, blockers.length);
      ready.push(service);
    } else refused.push({ id: service.id, errors: blockers.length, blockers });
  }
  const results = await renderNotices(register, ready, {
    lang: options.lang,
    formats: options.formats,
    outDir: resolve(options.output),
    templateDir: options.template ? resolve(options.template) : registerTemplateDir(register),
    browser: options.browser,
    drafts,
    adjust: options.adjust,
    page: options.page,
    pdfCache: options.pdfCache,
    progress: options.progress,
  });
  return { results, refused, drafts: [...drafts].map(([id, errors]) => ({ id, errors })) };
}
