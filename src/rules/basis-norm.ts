import type { Finding, Rule } from './types.js';
import { basesOf } from './support.js';
import { citesOnlyFramework } from '../law/framework-norm.js';

/** Art. 6(3), Codice 2-ter: 6.1.c and 6.1.e rest on a law, regulation or general act, cited. */
export const basisNorm: Rule = {
  id: 'basis-norm',
  severity: 'error',
  reference: 'art. 6, par. 3; Codice, art. 2-ter',
  title: { it: 'Norma della base giuridica', en: 'Norm of the legal basis' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const { base, pointer } of basesOf(data)) {
        if (base.base !== '6.1.c' && base.base !== '6.1.e') continue;
        if (!base.norma) {
          yield { file, pointer: `${pointer}/base`, at: 'value', messageId: 'rule.basisNorm', params: { base: base.base } };
        } else if (citesOnlyFramework(base.norma)) {
          yield { file, pointer: `${pointer}/norma`, at: 'value', messageId: 'rule.basisNormGdpr', params: { base: base.base, norm: base.norma } };
        }
      }
    }
  },
};
