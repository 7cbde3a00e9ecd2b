import type { Finding, Rule } from './types.js';

/** Art. 30(2)(b): each entry of the processor's register names the categories of processing. */
export const processorRegister: Rule = {
  id: 'processor-register',
  severity: 'error',
  reference: 'art. 30, par. 2, lett. b)',
  title: { it: 'Registro del responsabile', en: "Processor's register" },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.attivitaResponsabile) {
      if (!data.categorie_trattamento?.length) {
        yield { file, pointer: data.categorie_trattamento ? '/categorie_trattamento' : '', messageId: 'rule.processorCategories', params: { controller: data.titolare } };
      }
    }
  },
};
