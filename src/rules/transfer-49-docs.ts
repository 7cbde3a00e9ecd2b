import type { Finding, Rule } from './types.js';
import { transfersOf } from './transfers.js';

/** Art. 30(1)(e), 49(6): a transfer on compelling legitimate interests documents its safeguards. */
export const transfer49Docs: Rule = {
  id: 'transfer-49-docs',
  severity: 'error',
  reference: 'art. 30, par. 1, lett. e); art. 49, par. 6',
  title: { it: 'Garanzie del trasferimento in deroga', en: 'Safeguards of a derogation transfer' },
  *check({ register }): Iterable<Finding> {
    for (const { file, transfer, pointer } of transfersOf(register)) {
      if (transfer.meccanismo === '49.1.2' && !transfer.garanzie) {
        yield { file, pointer: `${pointer}/meccanismo`, at: 'value', messageId: 'rule.transfer49Docs', params: {} };
      }
    }
  },
};
