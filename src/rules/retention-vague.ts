import type { Rule, Finding } from './types.js';
import type { MessageId } from '../i18n/messages-it.js';
import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { isBoilerplate } from '../law/facts.js';
import { controllerIsPublic, isToComplete } from './support.js';
import { isPermanentTerm } from '../text/duration-agreement.js';
import { splitDurationStart } from '../text/retention-start.js';
import fonti from '../law/data/fonti-conservazione.json' with { type: 'json' };

/** "permanente" and "illimitata" (the cartelle cliniche of Circolare Min. Sanità 61/1986 are kept "illimitatamente") say the same. */
const PERMANENT = /permanent|illimitat/i;
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

/** Whether a duration is no time limit: boilerplate, or words without a number that do not say "permanente". */
function notATerm(text: string): boolean {
  if (isPermanentTerm(text)) return false; // the one word every output renders as permanent
  return isBoilerplate('conservazione', text) || (!/\d/.test(text) && !PERMANENT.test(text));
}

type Gap = [string, MessageId, Record<string, string>];

/**
 * What a retention item lacks, as [key, message, values]: a duration that is no term (then its
 * start is not asked for), a start, a criterion that is no criterion. A value still to complete is
 * left to the placeholder rule.
 */
function vagueness(register: Register, item: Item): Gap[] {
  const out: Gap[] = [];
  const duration = durationGap(register, item);
  if (duration) out.push(duration);
  if (item.criterio && isBoilerplate('conservazione', item.criterio) && !isToComplete(item.criterio)) out.push(['criterio', 'rule.retentionNoNumber', { text: item.criterio }]);
  return out;
}

/** "permanente" from a private controller, which keeps no public archive, is no term either (fonti-conservazione.json, `permanente`). */
function durationGap(register: Register, { durata, decorrenza }: Item): Gap | undefined {
  if (!durata || isToComplete(durata)) return undefined;
  if (notATerm(durata)) return ['durata', 'rule.retentionNoNumber', { text: durata }];
  if (PERMANENT.test(durata)) {
    return fonti.permanente.solo_enti_pubblici && controllerIsPublic(register) === false ? ['durata', 'rule.retentionPermanentPrivate', { text: durata }] : undefined;
  }
  // "10 anni dalla cessazione del rapporto" says its start in the same phrase.
  return decorrenza || splitDurationStart(durata) ? undefined : ['durata', 'rule.retentionNoStart', { text: durata }];
}
