import type { Finding, Rule } from './types.js';
import { dpiaReferenced, screen } from './dpia-criteria.js';
import { ART35_CASES, GARANTE_DPIA_LIST } from '../law/facts.js';

/** Art. 35(3) and the Garante's list (Provv. 467/2018): these cases need a DPIA, referenced. */
export const dpiaRequired: Rule = {
  id: 'dpia-required',
  severity: 'error',
  reference: 'art. 35, par. 3; Provv. Garante n. 467/2018',
  title: { it: 'Valutazione d\'impatto obbligatoria', en: 'Mandatory DPIA' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      if (dpiaReferenced(data)) continue;
      const { art35, garante } = screen(register, data);
      if (art35.length === 0 && garante.length === 0) continue;
      // Named in both languages from the data; the message catalog picks one. The letter is cited
      // as every other message cites one: "art. 35, par. 3, lett. a)", "Art. 35(3)(a)".
      const named = (lang: 'it' | 'en') =>
        [
          ...art35.map((l) => `${lang === 'it' ? `art. 35, par. 3, lett. ${l})` : `Art. 35(3)(${l})`}: ${ART35_CASES.find((c) => c.lettera === l)?.[lang] ?? ''}`),
          ...garante.map((n) => `${lang === 'it' ? 'elenco Garante' : "Garante's list"} ${n}: ${GARANTE_DPIA_LIST.find((g) => g.numero === n)?.[lang] ?? ''}`),
        ].join('; ');
      yield { file, pointer: data.dpia ? '/dpia' : '', messageId: 'rule.dpiaRequired', params: { cases: named('it'), cases_en: named('en') } };
    }
  },
};
