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

const cache = new WeakMap<Register, RenderedNotice[] | UsageError>();

/**
 * Each service's full notice in each language the register publishes (publishedLangs), rendered
 * once per validation with the templates it publishes with (opzioni.informativa.modelli, else
 * the built-in ones): a register's own English templates are held to the same checks as its
 * Italian ones. A template the register cannot use comes back as its UsageError, which
 * notice-rights reports.
 */
export function renderedNotices(register: Register): RenderedNotice[] | UsageError {
  let notices = cache.get(register);
  if (!notices) {
    try {
      notices = publishedLangs(register).flatMap((lang) => renderedIn(register, lang));
    } catch (error) {
      // Only the register's own templates can fail as expected (missing, outside, strict field):
      // anything else is a defect of registro and reaches the user as an internal error.
      if (!(error instanceof UsageError)) throw error;
      notices = error;
    }
    cache.set(register, notices);
  }
  return notices;
}

function renderedIn(register: Register, lang: Lang): RenderedNotice[] {
  const templates = loadTemplates(lang, registerTemplateDir(register));
  return register.servizi.map((service) => {
    const model = buildNotice(register, service, lang, templates.logo);
    return { service, lang, model, html: templates.renderForChecks('informativa', model) };
  });
}
