import type { Finding, Rule } from './types.js';
import { basesOf } from './support.js';

/** Art. 13(1)(d): with 6.1.f, the legitimate interest itself is stated (it goes in the notice). */
export const legitInterestDescribed: Rule = {
  id: 'legit-interest-described',
  severity: 'error',
  reference: 'art. 13, par. 1, lett. d)',
  title: { it: 'Legittimo interesse descritto', en: 'Legitimate interest described' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const { base, pointer } of basesOf(data)) {
        if (base.base === '6.1.f' && !base.interesse) {
          yield { file, pointer: `${pointer}/base`, at: 'value', messageId: 'rule.legitInterestDescribed', params: {} };
        }
      }
    }
  },
};
