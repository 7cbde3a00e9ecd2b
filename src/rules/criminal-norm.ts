import type { Finding, Rule } from './types.js';
import { citesOnlyFramework } from '../law/framework-norm.js';

/** Art. 10, Codice 2-octies: criminal-offence data only where a norm authorises it, cited. */
export const criminalNorm: Rule = {
  id: 'criminal-norm',
  severity: 'error',
  reference: 'art. 10; Codice, art. 2-octies',
  title: { it: 'Norma per i dati giudiziari', en: 'Norm for criminal-offence data' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      if (data.dati_giudiziari && !data.dati_giudiziari.norma) {
        yield { file, pointer: '/dati_giudiziari', messageId: 'rule.criminalNorm', params: {} };
      } else if (data.dati_giudiziari?.norma && citesOnlyFramework(data.dati_giudiziari.norma)) {
        yield { file, pointer: '/dati_giudiziari/norma', at: 'value', messageId: 'rule.criminalNormFramework', params: { norm: data.dati_giudiziari.norma } };
      }
      if (data.dati_giudiziari) continue;
      for (const [i, id] of (data.dati ?? []).entries()) {
        if (register.vocabulary.get('dati', id)?.classe === 'giudiziario') {
          yield { file, pointer: `/dati/${i}`, at: 'value', messageId: 'rule.criminalInCommon', params: { term: id } };
        }
      }
    }
  },
};
