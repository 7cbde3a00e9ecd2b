import type { Doc, Register } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import type { Lang } from '../i18n/lang.js';
import { buildNotice, type NoticeModel } from '../informativa/model.js';
import { loadTemplates } from '../informativa/templates.js';
import { UsageError } from '../util/errors.js';
import { registerTemplateDir } from '../informativa/register-templates.js';
import { publishedLangs } from '../register/translations.js';

export interface RenderedNotice {
  service: Doc<ServizioFile>;
  lang: Lang;
  model: NoticeModel;
  html: string;
}

/** The notices validate renders, and the languages whose templates the register cannot use. */
export interface RenderedNotices {
  notices: RenderedNotice[];
  failures: Array<{ lang: Lang; error: UsageError }>;
}

const cache = new WeakMap<Register, RenderedNotices>();

/**
 * Each service's full notice, rendered once per validation with the templates the register
 * publishes with (opzioni.informativa.modelli, else the built-in ones): in Italian, and in
 * each other language the register publishes when it has templates of its own (the built-in
 * ones follow the model in every language; a register's `modelli/en/` may not). Italian comes
 * first, so that a defect the other languages share is said of it. A language whose templates
 * the register cannot use (missing, outside, strict field) is a failure of that language only,
 * which notice-rights reports; the other languages are still checked.
 */
export function renderedNotices(register: Register): RenderedNotices {
  let rendered = cache.get(register);
  if (!rendered) {
    rendered = { notices: [], failures: [] };
    for (const lang of languagesToCheck(register)) {
      try {
        rendered.notices.push(...renderedIn(register, lang));
      } catch (error) {
        // Only the register's own templates can fail as expected: anything else is a defect of
        // registro and reaches the user as an internal error.
        if (!(error instanceof UsageError)) throw error;
        rendered.failures.push({ lang, error });
      }
    }
    cache.set(register, rendered);
  }
  return rendered;
}

function languagesToCheck(register: Register): Lang[] {
  const own = register.registro?.data.opzioni?.informativa?.modelli;
  const others = own ? publishedLangs(register).filter((l) => l !== 'it') : [];
  return ['it', ...others];
}

function renderedIn(register: Register, lang: Lang): RenderedNotice[] {
  const templates = loadTemplates(lang, registerTemplateDir(register));
  return register.servizi.map((service) => {
    const model = buildNotice(register, service, lang, templates.logo);
    return { service, lang, model, html: templates.renderForChecks('informativa', model) };
  });
}
