import type { Rule, Finding } from './types.js';
import type { MessageId } from '../i18n/messages-it.js';
import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { isBoilerplate } from '../law/facts.js';
import { controllerIsPublic } from './support.js';
import fonti from '../law/data/fonti-conservazione.json' with { type: 'json' };

const PERMANENT = /permanent/i;
type Item = NonNullable<TrattamentoFile['conservazione']>[number];

/** Art. 5(1)(e), WP260: a duration with its starting event and its source; "as long as necessary" is not one. */
export const retentionVague: Rule = {
  id: 'retention-vague',
  severity: 'warning',
  reference: 'art. 5, par. 1, lett. e); WP260',
  title: { it: 'Conservazione vaga', en: 'Vague retention' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const [i, item] of (data.conservazione ?? []).entries()) {
        for (const [key, messageId, params] of vagueness(register, item)) {
          yield { file, pointer: `/conservazione/${i}/${key}`, at: 'value', messageId, params };
        }
        if (!item.fonte) yield { file, pointer: `/conservazione/${i}`, messageId: 'rule.retentionNoSource', params: {} };
      }
    }
  },
};

/** Whether a duration is no time limit: boilerplate, or words without a number ("illimitata"). */
function notATerm(text: string): boolean {
  return isBoilerplate('conservazione', text) || (!/\d/.test(text) && !PERMANENT.test(text));
}

/**
 * What a retention item lacks, as [key, message, values]: a duration that is no term (then its
 * start is not asked for), a start, a criterion that is no criterion; "permanente" from a private
 * controller, which keeps no public archive (fonti-conservazione.json, `permanente`).
 */
function vagueness(register: Register, item: Item): Array<[string, MessageId, Record<string, string>]> {
  const out: Array<[string, MessageId, Record<string, string>]> = [];
  if (item.durata && notATerm(item.durata)) out.push(['durata', 'rule.retentionNoNumber', { text: item.durata }]);
  else if (item.durata && PERMANENT.test(item.durata) && fonti.permanente.solo_enti_pubblici && controllerIsPublic(register) === false) {
    out.push(['durata', 'rule.retentionPermanentPrivate', { text: item.durata }]);
  } else if (item.durata && !item.decorrenza && !PERMANENT.test(item.durata)) out.push(['durata', 'rule.retentionNoStart', { text: item.durata }]);
  if (item.criterio && isBoilerplate('conservazione', item.criterio)) out.push(['criterio', 'rule.retentionNoNumber', { text: item.criterio }]);
  return out;
}
