import { resolve, join } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { message } from '../i18n/localize.js';
import type { Doc, Register } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import { renderNotices, type NoticeFormat, type NoticeResult } from '../informativa/render-notices.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { nearest } from '../util/suggest.js';
import { loadForOutput } from './load-for-output.js';

export interface InformativaOptions {
  servizi: string[];
  tutti: boolean;
  output: string;
  formats: NoticeFormat[];
  lang: Lang;
  template?: string;
  browser?: string;
  force: boolean;
}

/** `registro informativa`: each chosen service's notice, full and short, as PDF and HTML. */
export async function runInformativa(dir: string, options: InformativaOptions): Promise<number> {
  const loaded = await loadForOutput(dir, options.lang, options.force, { rules: false });
  if (!loaded) return 1;
  const services = chooseServices(loaded.register, options.servizi, options.tutti);
  const results = await writeNotices(loaded.register, loaded.root, services, options);
  return reportNotices(results, options.lang) ? 0 : 1;
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

export async function writeNotices(register: Register, root: string, services: Doc<ServizioFile>[], options: Omit<InformativaOptions, 'servizi' | 'tutti' | 'force'>): Promise<NoticeResult[]> {
  const own = register.registro?.data.opzioni?.informativa?.modelli;
  const templateDir = options.template ? resolve(options.template) : own ? join(root, own) : undefined;
  const tty = process.stderr.isTTY === true;
  return renderNotices(register, services, {
    lang: options.lang,
    formats: options.formats,
    outDir: resolve(options.output),
    templateDir,
    browser: options.browser,
    // A progress line on a terminal only: CI logs stay quiet.
    progress: tty ? (done, total, id) => process.stderr.write(`\r\x1b[K${done}/${total} ${id}${done === total ? '\n' : ''}`) : undefined,
  });
}

/** One line per notice with its files and readability; false if a notice offers the wrong rights. */
export function reportNotices(results: NoticeResult[], lang: Lang): boolean {
  let ok = true;
  for (const r of results) {
    const files = r.files.map((f) => displayPath(f)).join(', ');
    process.stdout.write(`${r.id}: ${files} (${r.readability.name} ${r.readability.value})\n`);
    if (r.rights.missing.length || r.rights.extra.length) {
      ok = false;
      process.stderr.write(`registro: ${message(lang, 'rule.noticeRights', { service: r.id, missing: r.rights.missing.join(', ') || '-', extra: r.rights.extra.join(', ') || '-' })}\n`);
    }
  }
  return ok;
}
