import { join } from 'node:path';
import type { Doc, Register } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import { buildNotice, type NoticeModel } from '../informativa/model.js';
import { loadTemplates } from '../informativa/templates.js';

export interface RenderedNotice {
  service: Doc<ServizioFile>;
  model: NoticeModel;
  html: string;
}

const cache = new WeakMap<Register, RenderedNotice[] | Error>();

/**
 * Each service's full notice, rendered once per validation with the templates the register
 * publishes with (opzioni.informativa.modelli, else the built-in ones), in Italian.
 */
export function renderedNotices(register: Register): RenderedNotice[] | Error {
  let notices = cache.get(register);
  if (!notices) {
    try {
      const own = register.registro?.data.opzioni?.informativa?.modelli;
      const templates = loadTemplates('it', own ? join(register.root, own) : undefined);
      notices = register.servizi.map((service) => {
        const model = buildNotice(register, service, 'it', templates.logo);
        return { service, model, html: templates.render('informativa', model) };
      });
    } catch (error) {
      notices = error as Error;
    }
    cache.set(register, notices);
  }
  return notices;
}
