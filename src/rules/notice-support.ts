import type { Doc, Register } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import { buildNotice, type NoticeModel } from '../informativa/model.js';
import { loadTemplates } from '../informativa/templates.js';
import { UsageError } from '../util/errors.js';
import { registerTemplateDir } from '../informativa/register-templates.js';

export interface RenderedNotice {
  service: Doc<ServizioFile>;
  model: NoticeModel;
  html: string;
}

const cache = new WeakMap<Register, RenderedNotice[] | UsageError>();

/**
 * Each service's full notice, rendered once per validation with the templates the register
 * publishes with (opzioni.informativa.modelli, else the built-in ones), in Italian. A template
 * the register cannot use comes back as its UsageError, which notice-rights reports.
 */
export function renderedNotices(register: Register): RenderedNotice[] | UsageError {
  let notices = cache.get(register);
  if (!notices) {
    try {
      const templates = loadTemplates('it', registerTemplateDir(register));
      notices = register.servizi.map((service) => {
        const model = buildNotice(register, service, 'it', templates.logo);
        return { service, model, html: templates.renderForChecks('informativa', model) };
      });
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
