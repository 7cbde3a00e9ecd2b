import type { Finding, Rule } from './types.js';

/** Art. 30(1)(c): categories of data subjects AND categories of personal data, two lists. */
export const subjectsAndData: Rule = {
  id: 'subjects-and-data',
  severity: 'error',
  reference: 'art. 30, par. 1, lett. c)',
  title: { it: 'Interessati e categorie di dati', en: 'Data subjects and data categories' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      if (!data.interessati?.length) {
        yield { file, pointer: data.interessati ? '/interessati' : '', messageId: 'rule.subjectsMissing', params: {} };
      }
      if (!data.dati?.length && !data.dati_particolari?.length && !data.dati_giudiziari) {
        yield { file, pointer: data.dati ? '/dati' : '', messageId: 'rule.dataMissing', params: {} };
      }
    }
  },
};
