import type { Finding, Rule } from './types.js';

/** Art. 9(2): special categories need a condition of Art. 9(2) besides the Art. 6 basis. */
export const specialCondition: Rule = {
  id: 'special-condition',
  severity: 'error',
  reference: 'art. 9, par. 2',
  title: { it: "Condizione dell'art. 9", en: 'Art. 9 condition' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const [i, id] of (data.dati ?? []).entries()) {
        if (register.vocabulary.get('dati', id)?.classe === 'particolare') {
          yield { file, pointer: `/dati/${i}`, at: 'value', messageId: 'rule.specialInCommon', params: { term: id } };
        }
      }
      for (const [i, special] of (data.dati_particolari ?? []).entries()) {
        // A common category listed here is vocabulary-term's finding, not a missing condition.
        const known = register.vocabulary.get('dati', special.categoria);
        if (!special.condizione && (!known || known.classe === 'particolare')) {
          yield { file, pointer: `/dati_particolari/${i}/categoria`, at: 'value', messageId: 'rule.specialCondition', params: { term: special.categoria } };
        }
      }
    }
  },
};
