import type { Finding, Rule } from './types.js';

/** Art. 30(1)(b): every record states at least one purpose. */
export const purposeMissing: Rule = {
  id: 'purpose-missing',
  severity: 'error',
  reference: 'art. 30, par. 1, lett. b)',
  title: { it: 'Finalità mancante', en: 'Missing purpose' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      if (!data.finalita || data.finalita.length === 0) {
        yield { file, pointer: data.finalita ? '/finalita' : '', messageId: 'rule.purposeMissing', params: {} };
      }
    }
  },
};
