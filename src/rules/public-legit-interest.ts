import type { Finding, Rule } from './types.js';
import { basesOf, isPublicBody } from './support.js';

/** Art. 6(1), second subparagraph: public authorities cannot rely on 6.1.f for their tasks. */
export const publicLegitInterest: Rule = {
  id: 'public-legit-interest',
  severity: 'error',
  reference: 'art. 6, par. 1, secondo comma',
  title: { it: 'Legittimo interesse di un ente pubblico', en: 'Legitimate interest of a public body' },
  *check({ register }): Iterable<Finding> {
    if (!isPublicBody(register)) return;
    for (const { file, data } of register.trattamenti) {
      for (const { base, pointer } of basesOf(data)) {
        if (base.base === '6.1.f') yield { file, pointer: `${pointer}/base`, at: 'value', messageId: 'rule.publicLegitInterest', params: {} };
      }
    }
  },
};
