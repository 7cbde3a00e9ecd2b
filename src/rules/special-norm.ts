import type { Finding, Rule } from './types.js';
import { CONDITIONS_NEEDING_NORM, LETTERS_2SEXIES } from '../law/facts.js';
import { citesOnlyFramework } from '../law/framework-norm.js';
import condizioni from '../law/data/condizioni-art9.json' with { type: 'json' };

/** Which norm each condition refers to, as the message says it (condizioni-art9.json, `norma_quale`). */
const WHICH_NORM = new Map(condizioni.voci.flatMap((v) => ('norma_quale' in v ? [[v.codice, { it: v.norma_quale as string, en: v.norma_quale_en as string }] as const] : [])));

/** The finding for a condition without its norm: 9.2.g names the relevant public interest (Codice 2-sexies); the others, their own norm. */
function missingNorm(term: string, condition: string): Pick<Finding, 'messageId' | 'params'> {
  if (condition === '9.2.g') return { messageId: 'rule.specialNorm' as const, params: { term, condition } };
  const which = WHICH_NORM.get(condition);
  return { messageId: 'rule.specialNormCondition' as const, params: { term, condition, letter: condition.slice(-1), which: which?.it ?? '', which_en: which?.en ?? '' } };
}

/** Art. 9(2)(b), (g), (h), (i), (j) rest on a norm; Codice 2-sexies: for 9.2.g one naming the relevant public interest. */
export const specialNorm: Rule = {
  id: 'special-norm',
  severity: 'error',
  reference: 'art. 9, par. 2, lett. b), g), h), i) e j); Codice, art. 2-sexies',
  title: { it: 'Norma per i dati particolari', en: 'Norm for special data' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const [i, special] of (data.dati_particolari ?? []).entries()) {
        const base = `/dati_particolari/${i}`;
        if (special.condizione && CONDITIONS_NEEDING_NORM.has(special.condizione) && !special.norma) {
          yield { file, pointer: `${base}/condizione`, at: 'value', ...missingNorm(special.categoria, special.condizione) };
        } else if (special.condizione && CONDITIONS_NEEDING_NORM.has(special.condizione) && special.norma && citesOnlyFramework(special.norma)) {
          yield { file, pointer: `${base}/norma`, at: 'value', messageId: 'rule.specialNormFramework', params: { term: special.categoria, condition: special.condizione, norm: special.norma } };
        }
        const letter = special.lettera_2sexies;
        if (letter && !(letter in LETTERS_2SEXIES)) {
          yield { file, pointer: `${base}/lettera_2sexies`, at: 'value', messageId: 'rule.specialLetter', params: { letter } };
        }
      }
    }
  },
};
