import type { Finding, Rule } from './types.js';

/** Art. 6(1), 13(1)(c): every purpose has its Art. 6 legal basis. */
export const basisMissing: Rule = {
  id: 'basis-missing',
  severity: 'error',
  reference: 'art. 6, par. 1; art. 13, par. 1, lett. c)',
  title: { it: 'Base giuridica mancante', en: 'Missing legal basis' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const [i, purpose] of (data.finalita ?? []).entries()) {
        if (!purpose.basi_giuridiche?.length) {
          yield { file, pointer: `/finalita/${i}/descrizione`, messageId: 'rule.basisMissing', params: { purpose: purpose.descrizione } };
        }
      }
    }
  },
};
