import type { Finding, Rule } from './types.js';
import { transfersOf } from './transfers.js';
import { SCC_REPEALED } from '../law/facts.js';

/** Decision 2021/914: the old SCC sets died on 27.12.2022; the new ones need their module. */
export const transferOldScc: Rule = {
  id: 'transfer-old-scc',
  severity: 'error',
  reference: 'art. 46, par. 2, lett. c); Decisione di esecuzione (UE) 2021/914',
  title: { it: 'Clausole contrattuali tipo', en: 'Standard contractual clauses' },
  *check({ register }): Iterable<Finding> {
    for (const { file, transfer, pointer } of transfersOf(register)) {
      if (transfer.meccanismo !== '46.2.c') continue;
      const decision = transfer.decisione ?? '';
      const repealed = SCC_REPEALED.find((r) => decision.includes(r.decisione));
      if (repealed) {
        yield { file, pointer: `${pointer}/decisione`, at: 'value', messageId: 'rule.sccRepealed', params: { decision: repealed.decisione, date: repealed.fine_validita } };
      } else if (!transfer.modulo_scc) {
        yield { file, pointer: `${pointer}/meccanismo`, at: 'value', messageId: 'rule.sccModule', params: {} };
      }
    }
  },
};
