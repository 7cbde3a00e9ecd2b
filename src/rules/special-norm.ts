import type { Finding, Rule } from './types.js';
import { LETTERS_2SEXIES } from '../law/facts.js';

/** Codice 2-sexies: 9.2.g rests on a norm naming the relevant public interest. */
export const specialNorm: Rule = {
  id: 'special-norm',
  severity: 'error',
  reference: 'art. 9, par. 2, lett. g; Codice, art. 2-sexies',
  title: { it: 'Norma per i dati particolari', en: 'Norm for special data' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const [i, special] of (data.dati_particolari ?? []).entries()) {
        const base = `/dati_particolari/${i}`;
        if (special.condizione === '9.2.g' && !special.norma) {
          yield { file, pointer: `${base}/condizione`, at: 'value', messageId: 'rule.specialNorm', params: { term: special.categoria } };
        }
        const letter = special.lettera_2sexies;
        if (letter && !(letter in LETTERS_2SEXIES)) {
          yield { file, pointer: `${base}/lettera_2sexies`, at: 'value', messageId: 'rule.specialLetter', params: { letter } };
        }
      }
    }
  },
};
