import type { Finding, Rule } from './types.js';
import { activitiesOf } from '../informativa/model.js';
import { safeguardsCopyNeeded } from '../law/codes.js';
import { recipientOf } from '../informativa/model-transfers.js';
import { marketingOnInterest, onlyConsent } from '../informativa/model-purposes.js';

/**
 * Art. 13, 14: every item of a notice that applies can be written from the register: the source
 * of data collected elsewhere, whether providing the data is mandatory, how to get a copy of the
 * safeguards of a transfer that rests on them (not of an adequacy decision), who receives a
 * transfer, the logic of automated decisions, the office to turn to. Whether the data are
 * mandatory is said for every activity of the service, or by the service for all of them.
 */
export const noticeComplete: Rule = {
  id: 'notice-complete',
  severity: 'error',
  reference: 'artt. 13 e 14',
  title: { it: 'Informativa completa', en: 'Complete notice' },
  *check({ register }): Iterable<Finding> {
    const reported = new Set<string>();
    const once = (finding: Finding): Finding[] => {
      const key = `${finding.file.path}#${finding.pointer}#${finding.messageId}`;
      if (reported.has(key)) return [];
      reported.add(key);
      return [finding];
    };
    // An activity with errors (reported on their own) may be the one that says whether the data
    // are mandatory; one with no file says nothing (activity-declared reports it).
    const files = new Set(register.recordFiles.trattamento.map((f) => f.id));
    for (const service of register.servizi) {
      const activities = activitiesOf(register, service.data);
      for (const { file, data } of activities) {
        if ((data.raccolta === 'presso-terzi' || data.raccolta === 'entrambi') && !data.fonte?.descrizione) {
          yield* once({ file, pointer: '/raccolta', at: 'value', messageId: 'rule.noticeSource', params: { service: service.id } });
        }
        for (const [i, t] of (data.trasferimenti ?? []).entries()) {
          if (t.meccanismo && safeguardsCopyNeeded(t.meccanismo) && !t.documento) yield* once({ file, pointer: `/trasferimenti/${i}`, messageId: 'rule.noticeTransferCopy', params: { service: service.id } });
          // The notice's line says to whom the data go (art. 13, par. 1, lett. e) and f): a party
          // named, or the record's one recipient in that country. Without either it says only where.
          if ((t.paese || t.organizzazione) && !recipientOf(register, data, t)) {
            yield* once({ file, pointer: `/trasferimenti/${i}`, messageId: 'rule.noticeTransferRecipient', params: { service: service.id }, severity: 'warning' });
          }
        }
        const decisions = data.decisioni_automatizzate;
        if (decisions?.presenti && (!decisions.logica || !decisions.conseguenze)) {
          yield* once({ file, pointer: '/decisioni_automatizzate', messageId: 'rule.noticeAutomated', params: { service: service.id } });
        }
      }
      const art13 = activities.some((a) => a.data.raccolta !== 'presso-terzi');
      const allRead = service.data.trattamenti.every((id) => register.trattamentoById.has(id) || !files.has(id));
      if (art13 && allRead && !service.data.conferimento && !activities.some((a) => a.data.conferimento)) {
        yield { file: service.file, pointer: '/trattamenti', messageId: 'rule.noticeMandatory', params: { service: service.id } };
      } else if (!service.data.conferimento) {
        // Some activities say it and others not: the notice would answer for some purposes only.
        for (const [i, id] of service.data.trattamenti.entries()) {
          const silent = activities.find((a) => a.id === id && a.data.raccolta !== 'presso-terzi' && !a.data.conferimento && (a.data.finalita ?? []).some((f) => !onlyConsent(f) && !marketingOnInterest(a.data, f)));
          if (silent) yield* once({ file: service.file, pointer: `/trattamenti/${i}`, at: 'value', messageId: 'rule.noticeMandatoryActivity', params: { service: service.id, id } });
        }
      }
      if (!service.data.ufficio) {
        yield { file: service.file, pointer: '/denominazione', messageId: 'rule.noticeOffice', params: { service: service.id }, severity: 'warning' };
      }
    }
  },
};
