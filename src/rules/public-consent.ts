import type { Finding, Rule } from './types.js';
import { basesOf, isPublicBody } from './support.js';

/**
 * Recital 43: consent is rarely free towards a public authority performing its tasks. A record
 * that declares the data optional (`conferimento.natura: facoltativo`: refusing costs nothing) states the freedom the
 * recital doubts (EDPB Guidelines 05/2020 on consent, para. 17-18).
 */
export const publicConsent: Rule = {
  id: 'public-consent',
  severity: 'warning',
  reference: 'considerando 43',
  title: { it: 'Consenso chiesto da un ente pubblico', en: 'Consent relied on by a public body' },
  *check({ register }): Iterable<Finding> {
    if (!isPublicBody(register)) return;
    for (const { file, data } of register.trattamenti) {
      if (data.conferimento?.natura === 'facoltativo') continue;
      for (const { base, pointer } of basesOf(data)) {
        if (base.base === '6.1.a') yield { file, pointer: `${pointer}/base`, at: 'value', messageId: 'rule.publicConsent', params: {} };
      }
    }
  },
};
