import { resolve, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import { message } from '../i18n/localize.js';
import type { Doc, Register } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import { registerTemplateDir } from '../informativa/register-templates.js';
import { renderNotices, type NoticeFormat, type NoticeJob, type NoticeResult } from '../informativa/render-notices.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { nearest } from '../util/suggest.js';
import { loadForOutput, printDiagnostics } from './load-for-output.js';
import { noticeBlockers, printOpenFindings } from './output-status.js';

export interface InformativaOptions {
  servizi: string[];
  tutti: boolean;
  output: string;
  formats: NoticeFormat[];
  lang: Lang;
  template?: string;
  browser?: string;
  force: boolean;
  /** Write notices over open errors anyway, marked BOZZA on every page. */
  bozza?: boolean;
  strict?: boolean;
  /** --al: the register as it stood on that day, from git. */
  al?: string;
}

export type NoticeWriteOptions = Omit<InformativaOptions, 'servizi' | 'tutti' | 'force' | 'strict' | 'al'> &
  Pick<NoticeJob, 'adjust' | 'page' | 'pdfCache'> & {
    /** The same services again in another language (registro sito): their refusals were already said. */
    quiet?: boolean;
  };

/** `registro informativa`: each chosen service's notice, full and short, as PDF and HTML. */
export async function runInformativa(dir: string, options: InformativaOptions): Promise<number> {
  const loaded = await loadForOutput(dir, { lang: options.lang, force: options.force, strict: options.strict, asOf: options.al });
  if (!loaded) return 1;
  const { open } = loaded;
  const services = chooseServices(loaded.register, options.servizi, options.tutti);
  const written = await writeNotices(loaded.register, loaded.root, services, loaded.diagnostics, options);
  const ok = reportNotices(written, options.lang);
  printOpenFindings(open, options.lang);
  return ok ? 0 : 1;
}

export function chooseServices(register: Register, ids: string[], all: boolean): Doc<ServizioFile>[] {
  if (all) return register.servizi;
  if (ids.length === 0) throw new UsageError('usage.noServiceChosen');
  return ids.map((id) => {
    const service = register.servizi.find((s) => s.id === id);
    if (service) return service;
    throw new UsageError('usage.unknownService', { value: id, suggestion: nearest(id, register.servizi.map((s) => s.id)) ?? '' });
  });
}

export interface WrittenNotices {
  results: NoticeResult[];
  /** Services whose notice was not written: open errors in what it shows, and no --bozza. */
  refused: Array<{ id: string; errors: number }>;
}

/**
 * A notice is published only from a register without errors in what it shows. With --bozza it
 * is written anyway, marked as a draft on every page; without, its errors are listed and the
 * service is skipped.
 */
export async function writeNotices(register: Register, root: string, services: Doc<ServizioFile>[], diagnostics: readonly Diagnostic[], options: NoticeWriteOptions): Promise<WrittenNotices> {
  const templateDir = options.template ? resolve(options.template) : registerTemplateDir(register);
  const drafts = new Map<string, number>();
  const refused: WrittenNotices['refused'] = [];
  const ready: Doc<ServizioFile>[] = [];
  for (const service of services) {
    const blockers = noticeBlockers(register, service, diagnostics);
    if (blockers.length === 0) ready.push(service);
    else if (options.bozza) {
      drafts.set(service.id, blockers.length);
      ready.push(service);
    } else {
      if (!options.quiet) printDiagnostics(blockers, [...new Set(blockers.map((d) => d.file))], root, options.lang);
      refused.push({ id: service.id, errors: blockers.length });
    }
  }
  const tty = process.stderr.isTTY === true;
  const results = await renderNotices(register, ready, {
    lang: options.lang,
    formats: options.formats,
    outDir: resolve(options.output),
    templateDir,
    browser: options.browser,
    drafts,
    adjust: options.adjust,
    page: options.page,
    pdfCache: options.pdfCache,
    // A progress line on a terminal only: CI logs stay quiet.
    progress: tty ? (done, total, id) => process.stderr.write(`\r\x1b[K${done}/${total} ${id}${done === total ? '\n' : ''}`) : undefined,
  });
  if (options.quiet) return { results, refused };
  for (const r of refused) process.stderr.write(`registro: ${message(options.lang, 'status.noticeBlocked', { service: r.id, errors: r.errors })}\n`);
  for (const [id, errors] of drafts) process.stderr.write(`registro: ${message(options.lang, 'status.draftNotice', { service: id, errors })}\n`);
  return { results, refused };
}

/** One line per notice with its files and readability; false if a notice was refused or offers the wrong rights. */
export function reportNotices(written: WrittenNotices, lang: Lang): boolean {
  let ok = written.refused.length === 0;
  for (const r of written.results) {
    if (r.placeholder) {
      ok = false;
      process.stderr.write(`registro: ${message(lang, 'status.noticePlaceholder', { service: r.id, value: r.placeholder })}\n`);
      continue;
    }
    const files = r.files.map((f) => displayPath(f)).join(', ');
    process.stdout.write(`${r.id}: ${files} (${r.readability.name} ${r.readability.value})\n`);
    if (r.rights.missing.length || r.rights.extra.length) {
      ok = false;
      process.stderr.write(`registro: ${message(lang, 'rule.noticeRights', { service: r.id, missing: r.rights.missing.join(', ') || '-', extra: r.rights.extra.join(', ') || '-' })}\n`);
    }
  }
  return ok;
}
