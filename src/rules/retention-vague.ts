import type { Rule, Finding } from './types.js';
import type { MessageId } from '../i18n/messages-it.js';
import { isBoilerplate } from '../law/facts.js';

const PERMANENT = /permanent/i;

/** Art. 5(1)(e), WP260: a duration with its starting event and its source; "as long as necessary" is not one. */
export const retentionVague: Rule = {
  id: 'retention-vague',
  severity: 'warning',
  reference: 'art. 5, par. 1, lett. e); WP260',
  title: { it: 'Conservazione vaga', en: 'Vague retention' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const [i, item] of (data.conservazione ?? []).entries()) {
        const at = (key: string, messageId: MessageId, params = {}): Finding => ({ file, pointer: `/conservazione/${i}/${key}`, at: 'value', messageId, params });
        if (item.durata && (isBoilerplate('conservazione', item.durata) || (!/\d/.test(item.durata) && !PERMANENT.test(item.durata)))) {
          yield at('durata', 'rule.retentionNoNumber', { text: item.durata });
        }
        if (item.criterio && isBoilerplate('conservazione', item.criterio)) yield at('criterio', 'rule.retentionNoNumber', { text: item.criterio });
        if (item.durata && !item.decorrenza && !PERMANENT.test(item.durata)) yield at('durata', 'rule.retentionNoStart', { text: item.durata });
        if (!item.fonte) yield { file, pointer: `/conservazione/${i}`, messageId: 'rule.retentionNoSource', params: {} };
      }
    }
  },
};
