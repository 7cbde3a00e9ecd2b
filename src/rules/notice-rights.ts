import type { Finding, Rule } from './types.js';
import type { Doc, Register } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import type { Lang } from '../i18n/lang.js';
import type { MessageParams } from '../diagnostics/types.js';
import { rightsMismatch } from '../informativa/check-rights.js';
import { renderedNotices } from './notice-support.js';
import { message } from '../i18n/localize.js';
import { isDirectMarketing } from '../law/marketing.js';
import { activitiesOf } from '../informativa/model.js';

/**
 * Art. 7(3), 20, 21: the rights the rendered notice offers match its legal bases (docs/LEGAL.md §6):
 * no portability for a public task, objection where it applies (always for direct marketing,
 * art. 21(2)-(4)), withdrawal only with consent.
 * The built-in templates follow the model; a register's own templates are held to it here.
 */
export const noticeRights: Rule = {
  id: 'notice-rights',
  severity: 'error',
  reference: 'art. 7, par. 3; artt. 20 e 21',
  title: { it: "Diritti nell'informativa", en: 'Rights in the notice' },
  *check({ register }): Iterable<Finding> {
    const { notices, failures } = renderedNotices(register);
    for (const { lang, error } of failures) {
      const params = { detail: message('it', error.messageId, error.params), detail_en: message('en', error.messageId, error.params), ...(lang === 'it' ? {} : { notice_lang: lang }) };
      if (register.registro) yield { file: register.registro.file, pointer: '/opzioni/informativa/modelli', at: 'value', messageId: 'rule.noticeTemplate', params };
    }
    // Each language's notice is checked, but a defect it shares with the Italian one (the same
    // template, or the same model) is said once, of the Italian notice.
    const italian = new Map<string, string>();
    for (const { service, lang, model, html } of notices) {
      const { missing, extra } = rightsMismatch(html, model);
      const said = `${missing}|${extra}`;
      if (lang === 'it') italian.set(service.id, said);
      else if (italian.get(service.id) === said) continue;
      yield* mismatchFindings(register, service, lang, missing, extra);
    }
  },
};

function* mismatchFindings(register: Register, service: Doc<ServizioFile>, lang: Lang, missing: string[], extra: string[]): Iterable<Finding> {
  // The objection to direct marketing gets its own words: it must stand apart (art. 21(4)).
  const marketing = missing.includes('opposizione') ? activitiesOf(register, service.data).filter((a) => isDirectMarketing(a.data)).map((a) => a.id) : [];
  const language: MessageParams = lang === 'it' ? {} : { notice_lang: lang };
  if (marketing.length > 0) {
    yield { file: service.file, pointer: '/trattamenti', messageId: 'rule.marketingObjection', params: { service: service.id, ...language, records: marketing.join(', ') } };
  }
  // Ids, named by the message in its language; an empty list is left out of the sentence.
  const others = marketing.length > 0 ? missing.filter((right) => right !== 'opposizione') : missing;
  if (others.length || extra.length) {
    yield { file: service.file, pointer: '/trattamenti', messageId: 'rule.noticeRights', params: { service: service.id, ...language, missing: others.join(', '), extra: extra.join(', ') } };
  }
}
