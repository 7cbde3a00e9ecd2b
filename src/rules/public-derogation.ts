import type { Finding, Rule } from './types.js';
import { transfersOf } from './transfers.js';
import { hasBasis, isPublicBody } from './support.js';

const BARRED = new Set(['49.1.a', '49.1.b', '49.1.c', '49.1.2']);

/** Art. 49(3): public authorities exercising public powers cannot use these derogations. */
export const publicDerogation: Rule = {
  id: 'public-derogation',
  severity: 'error',
  reference: 'art. 49, par. 3',
  title: { it: 'Deroghe vietate agli enti pubblici', en: 'Derogations barred to public bodies' },
  *check({ register }): Iterable<Finding> {
    if (!isPublicBody(register)) return;
    for (const { file, transfer, pointer, record } of transfersOf(register)) {
      if (!transfer.meccanismo || !BARRED.has(transfer.meccanismo) || !record) continue;
      if (hasBasis(record, '6.1.e') || hasBasis(record, '6.1.c')) {
        yield { file, pointer: `${pointer}/meccanismo`, at: 'value', messageId: 'rule.publicDerogation', params: { mechanism: transfer.meccanismo } };
      }
    }
  },
};
