import type { Rule, Finding, RuleContext } from './types.js';
import { nearest } from '../util/suggest.js';

/** Every activity a service names exists as a file in trattamenti/, and is named once. */
export const activityDeclared: Rule = {
  id: 'activity-declared',
  severity: 'error',
  reference: 'artt. 13 e 14 GDPR',
  title: { it: 'Trattamenti dei servizi esistenti', en: 'Service activities exist' },
  *check({ register }: RuleContext): Iterable<Finding> {
    const ids = register.recordFiles.trattamento.map((f) => f.id);
    const known = new Set(ids);
    for (const { file, data } of register.servizi) {
      // Named twice: the notice covers it once (a list repeating one id thousands of times cost
      // minutes and gigabytes). Said once per id, at its second place, however many repeats.
      const listed = new Map<string, { first: number; again?: number; times: number }>();
      for (const [i, id] of data.trattamenti.entries()) {
        const seen = listed.get(id);
        if (seen) {
          seen.again ??= i;
          seen.times++;
          continue;
        }
        listed.set(id, { first: i, times: 1 });
        if (known.has(id)) continue;
        const suggestion = nearest(id, ids);
        const pointer = `/trattamenti/${i}`;
        yield suggestion
          ? { file, pointer, at: 'value', messageId: 'ref.activitySuggest', params: { id, suggestion } }
          : { file, pointer, at: 'value', messageId: 'ref.activity', params: { id } };
      }
      for (const [id, seen] of listed) {
        if (seen.again === undefined) continue;
        const line = file.positions.value(`/trattamenti/${seen.first}`).start.line;
        yield { file, pointer: `/trattamenti/${seen.again}`, at: 'value', messageId: 'ref.activityRepeated', params: { id, line, times: seen.times }, severity: 'warning' };
      }
    }
  },
};
