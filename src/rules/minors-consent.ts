import type { Finding, Rule } from './types.js';
import { basesOf, subjectTermsOf } from './support.js';

/** Art. 8, Codice 2-quinquies: online services to minors on consent need the parents' below 14. */
export const minorsConsent: Rule = {
  id: 'minors-consent',
  severity: 'warning',
  reference: 'art. 8; Codice, art. 2-quinquies',
  title: { it: 'Consenso dei minori', en: "Minors' consent" },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      if (!data.servizio_online || data.consenso_genitoriale) continue;
      if (!subjectTermsOf(register, data).some((t) => t.minori)) continue;
      for (const { base, pointer } of basesOf(data)) {
        if (base.base === '6.1.a') yield { file, pointer: `${pointer}/base`, at: 'value', messageId: 'rule.minorsConsent', params: {} };
      }
    }
  },
};
