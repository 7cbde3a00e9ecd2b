import type { Finding, Rule } from './types.js';
import { WP248_THRESHOLD } from '../law/facts.js';
import { dpiaReferenced, screen } from './dpia-criteria.js';

/**
 * WP248: two or more criteria usually mean a DPIA; without one, a reasoned exclusion. And a
 * record changed after its DPIA asks for the DPIA to be reviewed (art. 35(11)). The criteria go
 * by id; src/i18n/dpia.ts names them.
 */
export const dpiaScreening: Rule = {
  id: 'dpia-screening',
  severity: 'warning',
  reference: 'WP248; art. 35, par. 11',
  title: { it: 'Screening della valutazione d\'impatto', en: 'DPIA screening' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      const dpia = data.dpia;
      if (dpiaReferenced(data)) {
        if (dpia?.data && data.aggiornato && data.aggiornato > dpia.data) {
          yield { file, pointer: '/dpia/data', at: 'value', messageId: 'rule.dpiaOutdated', params: { dpia: dpia.data, updated: data.aggiornato } };
        }
        continue;
      }
      const { wp248, art35, garante, law, recital91 } = screen(register, data);
      if (art35.length > 0 || garante.length > 0 || law.length > 0) continue; // dpia-required speaks for these
      // Recital 91 and WP248's example: sensitive data of vulnerable patients, alone, are the individual physician's everyday work.
      if ([...wp248].every((c) => recital91.has(c))) continue;
      if (wp248.size < WP248_THRESHOLD || (dpia?.necessaria === false && dpia.motivazione)) continue;
      yield { file, pointer: dpia ? '/dpia' : '', messageId: 'rule.dpiaScreening', params: { criteria: [...wp248].sort().join(','), count: wp248.size } };
    }
  },
};
