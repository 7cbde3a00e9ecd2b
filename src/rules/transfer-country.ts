import type { Finding, Rule } from './types.js';
import { transfersOf } from './transfers.js';

/** Art. 30(1)(e): each transfer names the third country or the international organisation. */
export const transferCountry: Rule = {
  id: 'transfer-country',
  severity: 'error',
  reference: 'art. 30, par. 1, lett. e)',
  title: { it: 'Paese del trasferimento', en: 'Transfer country' },
  *check({ register }): Iterable<Finding> {
    for (const { file, transfer, pointer } of transfersOf(register)) {
      if (!transfer.paese && !transfer.organizzazione) yield { file, pointer, messageId: 'rule.transferCountry', params: {} };
    }
  },
};
