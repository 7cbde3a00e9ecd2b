import type { Doc, Register } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import { publishNotices } from '../informativa/publish.js';
import type { NoticeFormat } from '../informativa/render-notices.js';
import { UsageError } from '../util/errors.js';
import { nearest } from '../util/suggest.js';
import { loadForOutput, type PublishingOptions } from './load-for-output.js';
import { reportNotices, reportRefusals, terminalProgress } from './notice-report.js';
import { printOpenFindings, printUntranslated } from './output-status.js';

export interface InformativaOptions extends PublishingOptions {
  servizi: string[];
  tutti: boolean;
  output: string;
  formats: NoticeFormat[];
  /** --al: the register as it stood on that day, from git. */
  al?: string;
}

/** `registro informativa`: each chosen service's notice, full and short, as PDF and HTML. */
export async function runInformativa(dir: string, options: InformativaOptions): Promise<number> {
  const loaded = await loadForOutput(dir, { lang: options.lang, force: options.force, strict: options.strict, asOf: options.al });
  if (!loaded) return 1;
  const { open } = loaded;
  const services = chooseServices(loaded.register, options.servizi, options.tutti);
  const published = await publishNotices(loaded.register, services, loaded.diagnostics, { ...options, progress: terminalProgress() });
  reportRefusals(published, loaded.root, options.lang);
  const ok = reportNotices(published, options.lang);
  printUntranslated(loaded.register, options.lang);
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
