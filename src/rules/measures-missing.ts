import type { Finding, Rule } from './types.js';
import type { SourceFile } from '../register/source-file.js';
import { isBoilerplate } from '../law/facts.js';

interface WithMeasures {
  misure?: string[];
  misure_descrizione?: string;
  misure_documento?: string;
}

/** Art. 30(1)(g), 32: a general description of the security measures, not boilerplate alone. */
export const measuresMissing: Rule = {
  id: 'measures-missing',
  severity: 'error',
  reference: 'art. 30, par. 1, lett. g); art. 32',
  title: { it: 'Misure di sicurezza', en: 'Security measures' },
  *check({ register }): Iterable<Finding> {
    const records: Array<{ file: SourceFile; data: WithMeasures }> = [...register.trattamenti, ...register.attivitaResponsabile];
    for (const { file, data } of records) {
      const described = data.misure_descrizione && !isBoilerplate('misure', data.misure_descrizione);
      if (data.misure?.length || described || data.misure_documento) continue;
      if (data.misure_descrizione) {
        yield { file, pointer: '/misure_descrizione', at: 'value', messageId: 'rule.measuresBoilerplate', params: { text: data.misure_descrizione } };
      } else {
        yield { file, pointer: data.misure ? '/misure' : '', messageId: 'rule.measuresMissing', params: {} };
      }
    }
  },
};
