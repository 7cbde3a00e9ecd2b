import type { Finding, Rule } from './types.js';
import type { Contatti } from '../types/schema.js';

/**
 * Art. 26: joint controllers determine their responsibilities in an arrangement (par. 1), whose
 * essence is made available to the data subject (par. 2). Without it the notice cannot say who
 * does what: both are errors, not judgement. A joint controller is a controller: the register
 * (art. 30, par. 1, lett. a) and the notice (art. 13, par. 1, lett. a) give its contacts, or the
 * contact point of the arrangement, so that the rights can be exercised against it (par. 3).
 */
export const jointController: Rule = {
  id: 'joint-controller',
  severity: 'error',
  reference: 'art. 26, par. 1, 2 e 3; art. 30, par. 1, lett. a)',
  title: { it: 'Accordo di contitolarità', en: 'Joint controller arrangement' },
  *check({ register }): Iterable<Finding> {
    for (const party of register.parties) {
      if (party.data?.ruolo !== 'contitolare') continue;
      const pointer = `${party.pointer}/ruolo`;
      if (!party.data.atto) yield { file: party.file, pointer, at: 'value', messageId: 'rule.jointArrangement', params: { id: party.id } };
      if (!party.data.contenuto_essenziale) yield { file: party.file, pointer, at: 'value', messageId: 'rule.jointEssence', params: { id: party.id } };
      if (!reachable(party.data.contatti) && !reachable(party.data.punto_di_contatto)) yield { file: party.file, pointer, at: 'value', messageId: 'rule.jointContacts', params: { id: party.id } };
    }
  },
};

/** A way to reach the party: an address, a PEC, an e-mail or a phone (a website alone is none). */
const reachable = (c: Pick<Contatti, 'indirizzo' | 'pec' | 'email' | 'telefono'> | undefined): boolean => Boolean(c && (c.indirizzo || c.pec || c.email || c.telefono));
