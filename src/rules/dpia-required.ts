import type { Finding, Rule } from './types.js';
import { dpiaReferenced, screen } from './dpia-criteria.js';

/**
 * Art. 35(3), the Garante's list (Provv. 467/2018) and national law (Codice, art. 110; D.Lgs. 24/2023, art. 13, c. 6): these cases need a DPIA, referenced. The
 * finding gives the cases by id (letters, item numbers); src/i18n/dpia.ts names and cites them.
 */
export const dpiaRequired: Rule = {
  id: 'dpia-required',
  severity: 'error',
  reference: 'art. 35, par. 3; Provv. Garante n. 467/2018; Codice, art. 110, c. 1; D.Lgs. 24/2023, art. 13, c. 6; considerando 91',
  title: { it: 'Valutazione d\'impatto obbligatoria', en: 'Mandatory DPIA' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      if (dpiaReferenced(data)) continue;
      const { art35, garante, law } = screen(register, data);
      if (art35.length === 0 && garante.length === 0 && law.length === 0) continue;
      // The cases a national law adds are named only when there are some: most findings have none.
      const params = { art35: art35.join(','), garante: garante.join(','), ...(law.length > 0 ? { legge: law.join(',') } : {}) };
      yield { file, pointer: data.dpia ? '/dpia' : '', messageId: 'rule.dpiaRequired', params };
    }
  },
};
