import type { Rule, Finding, RuleContext } from './types.js';
import { nearest } from '../util/suggest.js';

/** Every activity a service names exists as a file in trattamenti/. */
export const activityDeclared: Rule = {
  id: 'activity-declared',
  severity: 'error',
  reference: 'artt. 13 e 14 GDPR',
  title: { it: 'Trattamenti dei servizi esistenti', en: 'Service activities exist' },
  *check({ register }: RuleContext): Iterable<Finding> {
    const ids = register.recordFiles.trattamento.map((f) => f.id);
    const known = new Set(ids);
    for (const { file, data } of register.servizi) {
      for (const [i, id] of data.trattamenti.entries()) {
        if (known.has(id)) continue;
        const suggestion = nearest(id, ids);
        const pointer = `/trattamenti/${i}`;
        yield suggestion
          ? { file, pointer, at: 'value', messageId: 'ref.activitySuggest', params: { id, suggestion } }
          : { file, pointer, at: 'value', messageId: 'ref.activity', params: { id } };
      }
    }
  },
};
