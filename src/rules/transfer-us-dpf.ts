import type { Finding, Rule } from './types.js';
import { partyOf, transfersOf } from './transfers.js';
import { adequacyNeedsDpf } from '../law/facts.js';

/** Art. 45, Decision 2023/1795: where adequacy covers only DPF-certified organisations (src/law/data/adeguatezza.json), the recipient is certified. */
export const transferUsDpf: Rule = {
  id: 'transfer-us-dpf',
  severity: 'warning',
  reference: 'art. 45; Decisione di esecuzione (UE) 2023/1795',
  title: { it: 'Stati Uniti senza certificazione DPF', en: 'US without DPF certification' },
  *check({ register }): Iterable<Finding> {
    for (const { file, transfer, pointer } of transfersOf(register)) {
      if (!transfer.paese || !adequacyNeedsDpf(transfer.paese) || transfer.meccanismo !== '45') continue;
      if (!transfer.destinatario) {
        yield { file, pointer: `${pointer}/meccanismo`, at: 'value', messageId: 'rule.transferUsDpfRecipient', params: {} };
        continue;
      }
      // A party not declared (party-declared says so) or of a soggetti.yaml with errors: its certification is not known.
      const party = partyOf(register, transfer.destinatario)?.data;
      if (party && party.certificazione_dpf !== true) {
        yield { file, pointer: `${pointer}/meccanismo`, at: 'value', messageId: 'rule.transferUsDpf', params: { party: transfer.destinatario } };
      }
    }
  },
};
