import type { Finding, Rule } from './types.js';

/** Art. 30(1)(f), 13(2)(a): a retention period, or the criterion that sets it. */
export const retentionMissing: Rule = {
  id: 'retention-missing',
  severity: 'error',
  reference: 'art. 30, par. 1, lett. f); art. 13, par. 2, lett. a)',
  title: { it: 'Conservazione mancante', en: 'Missing retention' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      if (!data.conservazione?.length) {
        yield { file, pointer: data.conservazione ? '/conservazione' : '', messageId: 'rule.retentionMissing', params: {} };
        continue;
      }
      for (const [i, item] of data.conservazione.entries()) {
        if (!item.durata && !item.criterio) yield { file, pointer: `/conservazione/${i}`, messageId: 'rule.retentionItemMissing', params: {} };
      }
    }
  },
};
