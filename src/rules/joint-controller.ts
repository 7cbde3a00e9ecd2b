import type { Finding, Rule } from './types.js';

/**
 * Art. 26: joint controllers determine their responsibilities in an arrangement (par. 1), whose
 * essence is made available to the data subject (par. 2). Without it the notice cannot say who
 * does what: both are errors, not judgement.
 */
export const jointController: Rule = {
  id: 'joint-controller',
  severity: 'error',
  reference: 'art. 26, par. 1 e 2',
  title: { it: 'Accordo di contitolarità', en: 'Joint controller arrangement' },
  *check({ register }): Iterable<Finding> {
    for (const party of register.parties) {
      if (party.data?.ruolo !== 'contitolare') continue;
      const pointer = `${party.pointer}/ruolo`;
      if (!party.data.atto) yield { file: party.file, pointer, at: 'value', messageId: 'rule.jointArrangement', params: { id: party.id } };
      if (!party.data.contenuto_essenziale) yield { file: party.file, pointer, at: 'value', messageId: 'rule.jointEssence', params: { id: party.id } };
    }
  },
};
