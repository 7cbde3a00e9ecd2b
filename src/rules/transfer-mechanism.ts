import type { Finding, Rule } from './types.js';
import type { MessageParams } from '../diagnostics/types.js';
import { transfersOf } from './transfers.js';
import { adequacyOf } from '../law/facts.js';
import { isEea } from '../law/countries.js';

/**
 * Art. 44-49: outside the EEA, an adequacy decision or a mechanism of Art. 46, 47 or 49.
 * Inside the EEA there is no transfer at all. A conditional adequacy (US: DPF; Canada: PIPEDA)
 * must be claimed with `45`, or another mechanism given.
 */
export const transferMechanism: Rule = {
  id: 'transfer-mechanism',
  severity: 'error',
  reference: 'artt. 44-49',
  title: { it: 'Meccanismo del trasferimento', en: 'Transfer mechanism' },
  *check({ register }): Iterable<Finding> {
    for (const { file, transfer, pointer } of transfersOf(register)) {
      const country = transfer.paese;
      // No destination at all is transfer-country's finding; the EEA is no transfer.
      if ((!country && !transfer.organizzazione) || (country && isEea(country))) continue;
      const mechanism = transfer.meccanismo;
      const adequacy = country ? adequacyOf(country) : undefined;
      const where = country ? `${pointer}/paese` : `${pointer}/organizzazione`;
      // The code, named by the message in its language and with the article it takes there.
      const params: MessageParams = country ? { country } : { organisation: transfer.organizzazione ?? '' };
      if (!mechanism) {
        if (adequacy && !adequacy.condizione) continue;
        yield { file, pointer: where, at: 'value', messageId: adequacy ? 'rule.transferConditional' : 'rule.transferMechanism', params };
      } else if (mechanism === '45' && country && !adequacy) {
        yield { file, pointer: `${pointer}/meccanismo`, at: 'value', messageId: 'rule.transferNoAdequacy', params };
      }
    }
  },
};
