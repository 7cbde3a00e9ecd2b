import type { Finding, Rule } from './types.js';
import { recipientsOf } from './support.js';

/** Codice 2-septies c. 8: genetic, biometric and health data are never disseminated. */
export const noDissemination: Rule = {
  id: 'no-dissemination',
  severity: 'error',
  reference: 'Codice, art. 2-septies, c. 8',
  title: { it: 'Divieto di diffusione', en: 'No dissemination' },
  *check({ register }): Iterable<Finding> {
    const vocab = register.vocabulary;
    for (const { file, data } of register.trattamenti) {
      for (const [i, recipient] of recipientsOf(data).entries()) {
        if (!recipient.categoria || !vocab.get('destinatari', recipient.categoria)?.diffusione) continue;
        // The data that reach this recipient: those it lists, or else all of the record's.
        const reaching = recipient.dati ?? [...(data.dati ?? []), ...(data.dati_particolari ?? []).map((d) => d.categoria)];
        const banned = reaching.filter((id) => vocab.get('dati', id)?.mai_diffusi);
        if (banned.length > 0) {
          yield { file, pointer: `/destinatari/${i}/categoria`, at: 'value', messageId: 'rule.noDissemination', params: { terms: banned.join(', ') } };
        }
      }
    }
  },
};
