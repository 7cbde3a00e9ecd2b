import type { Finding, Rule } from './types.js';

/** Art. 28(3): a processor acts under a contract or act; Art. 26: joint controllers under an arrangement. */
export const processorContract: Rule = {
  id: 'processor-contract',
  severity: 'error',
  reference: 'art. 28, par. 3; art. 26',
  title: { it: 'Atto di nomina o accordo', en: 'Processing contract or arrangement' },
  *check({ register }): Iterable<Finding> {
    for (const party of register.parties) {
      const data = party.data;
      if (!data || data.atto) continue;
      const pointer = `${party.pointer}/ruolo`;
      if (data.ruolo === 'responsabile' || data.ruolo === 'sub-responsabile') {
        yield { file: party.file, pointer, at: 'value', messageId: 'rule.processorContract', params: { id: party.id } };
      } else if (data.ruolo === 'contitolare') {
        yield { file: party.file, pointer, at: 'value', messageId: 'rule.jointArrangement', params: { id: party.id }, severity: 'warning' };
      }
    }
  },
};
