import type { Finding, Rule } from './types.js';

/** Art. 28(3): a processor acts under a contract or act (joint controllers: joint-controller.ts). */
export const processorContract: Rule = {
  id: 'processor-contract',
  severity: 'error',
  reference: 'art. 28, par. 3',
  title: { it: 'Atto di nomina del responsabile', en: 'Processing contract' },
  *check({ register }): Iterable<Finding> {
    for (const party of register.parties) {
      const data = party.data;
      if (!data || data.atto) continue;
      const pointer = `${party.pointer}/ruolo`;
      if (data.ruolo === 'responsabile' || data.ruolo === 'sub-responsabile') {
        yield { file: party.file, pointer, at: 'value', messageId: 'rule.processorContract', params: { id: party.id } };
      }
    }
  },
};
