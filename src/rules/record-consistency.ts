import type { Finding, Rule } from './types.js';
import { isEea } from '../law/countries.js';
import { partyOf } from './transfers.js';

/**
 * Art. 30(1)(d)-(e): the parts of a record agree. "Nessuno" among recipients while the record
 * transfers data; a recipient established outside the EEA with no transfer declared for it;
 * a declared transfer to a country of the EEA, which is no transfer at all. Countries are given
 * by code: each message names them in its language (src/i18n/countries.ts).
 */
export const recordConsistency: Rule = {
  id: 'record-consistency',
  severity: 'error',
  reference: 'art. 30, par. 1, lett. d) ed e); art. 44',
  title: { it: 'Coerenza tra destinatari e trasferimenti', en: 'Recipients and transfers agree' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      const transfers = data.trasferimenti ?? [];
      if (data.destinatari === 'nessuno' && transfers.length > 0) {
        yield { file, pointer: '/destinatari', at: 'value', messageId: 'rule.noneButTransfers', params: { count: transfers.length } };
      }
      if (Array.isArray(data.destinatari)) {
        for (const [i, recipient] of data.destinatari.entries()) {
          const party = partyOf(register, recipient.soggetto)?.data;
          const country = party?.paese;
          if (!country || isEea(country)) continue;
          const covered = transfers.some((t) => t.destinatario === recipient.soggetto || (t.paese === country && !t.destinatario));
          if (!covered) {
            yield { file, pointer: `/destinatari/${i}/soggetto`, at: 'value', messageId: 'rule.recipientAbroad', params: { party: recipient.soggetto ?? '', country } };
          }
        }
      }
      for (const [i, transfer] of transfers.entries()) {
        if (transfer.paese && isEea(transfer.paese)) {
          yield { file, pointer: `/trasferimenti/${i}/paese`, at: 'value', messageId: 'rule.transferInEea', params: { country: transfer.paese }, severity: 'warning' };
        }
      }
    }
  },
};
