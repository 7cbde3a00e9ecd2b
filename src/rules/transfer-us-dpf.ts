import type { Finding, Rule } from './types.js';
import { partyOf, transfersOf } from './transfers.js';

/** Art. 45, Decision 2023/1795: adequacy for the US covers only organisations certified under the DPF. */
export const transferUsDpf: Rule = {
  id: 'transfer-us-dpf',
  severity: 'warning',
  reference: 'art. 45; Decisione di esecuzione (UE) 2023/1795',
  title: { it: 'Stati Uniti senza certificazione DPF', en: 'US without DPF certification' },
  *check({ register }): Iterable<Finding> {
    for (const { file, transfer, pointer } of transfersOf(register)) {
      if (transfer.paese !== 'US' || transfer.meccanismo !== '45') continue;
      const party = partyOf(register, transfer.destinatario);
      if (party?.data?.certificazione_dpf !== true) {
        yield { file, pointer: `${pointer}/meccanismo`, at: 'value', messageId: 'rule.transferUsDpf', params: { party: transfer.destinatario ?? '' } };
      }
    }
  },
};
