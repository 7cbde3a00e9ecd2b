import type { Finding, Rule } from './types.js';
import type { Term } from '../vocab/vocabulary.js';
import { basesOf, subjectTermsOf } from './support.js';
import age from '../law/data/consenso-minori.json' with { type: 'json' };

/**
 * Art. 8, Codice 2-quinquies c. 1: online services to minors on consent need the parents' below
 * 14 (consenso-minori.json). A category of minors whose youngest age (eta_minima) is 14 or more
 * consents on its own: the parents' consent is not asked of it.
 */
export const minorsConsent: Rule = {
  id: 'minors-consent',
  severity: 'warning',
  reference: 'art. 8; Codice, art. 2-quinquies',
  title: { it: 'Consenso dei minori', en: "Minors' consent" },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      if (!data.servizio_online || data.consenso_genitoriale) continue;
      if (!subjectTermsOf(register, data).some(belowConsentAge)) continue;
      for (const { base, pointer } of basesOf(data)) {
        if (base.base === '6.1.a') yield { file, pointer: `${pointer}/base`, at: 'value', messageId: 'rule.minorsConsent', params: {} };
      }
    }
  },
};

/** Minors who may be younger than the age of digital consent: all of them, unless their youngest age says otherwise. */
function belowConsentAge(term: Term): boolean {
  return term.minori === true && !(term.eta_minima !== undefined && term.eta_minima >= age.eta);
}
