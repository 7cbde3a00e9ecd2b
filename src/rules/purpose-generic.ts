import type { Finding, Rule } from './types.js';
import { isBoilerplate } from '../law/facts.js';
import { countWords } from '../readability/sentences.js';
import { isToComplete } from './support.js';

const MIN_WORDS = 5;

/** Art. 5(1)(b): purposes are specified and explicit, not a stock phrase nor a few words. */
export const purposeGeneric: Rule = {
  id: 'purpose-generic',
  severity: 'warning',
  reference: 'art. 5, par. 1, lett. b)',
  title: { it: 'Finalità generica', en: 'Generic purpose' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const [i, purpose] of (data.finalita ?? []).entries()) {
        const text = purpose.descrizione;
        const words = countWords(text);
        if ((isBoilerplate('finalita', text) || words < MIN_WORDS) && !isToComplete(text)) {
          yield { file, pointer: `/finalita/${i}/descrizione`, at: 'value', messageId: 'rule.purposeGeneric', params: { text, min: MIN_WORDS } };
        }
      }
    }
  },
};
