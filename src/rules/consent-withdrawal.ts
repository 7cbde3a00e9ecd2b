import type { Finding, Rule } from './types.js';
import { basesOf } from './support.js';

/** Art. 7(3), 9(2)(a): consent can be withdrawn (say how); Art. 9 consent must be explicit. */
export const consentWithdrawal: Rule = {
  id: 'consent-withdrawal',
  severity: 'error',
  reference: 'art. 7, par. 3; art. 9, par. 2, lett. a)',
  title: { it: 'Revoca del consenso', en: 'Withdrawal of consent' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const { base, pointer } of basesOf(data)) {
        if (base.base === '6.1.a' && !base.revoca) {
          yield { file, pointer: `${pointer}/base`, at: 'value', messageId: 'rule.consentWithdrawal', params: {} };
        }
      }
      for (const [i, special] of (data.dati_particolari ?? []).entries()) {
        if (special.condizione !== '9.2.a') continue;
        const pointer = `/dati_particolari/${i}/condizione`;
        if (special.consenso_esplicito !== true) yield { file, pointer, at: 'value', messageId: 'rule.consentExplicit', params: { term: special.categoria } };
        if (!special.revoca) yield { file, pointer, at: 'value', messageId: 'rule.consentWithdrawalSpecial', params: { term: special.categoria } };
      }
    }
  },
};
