import type { Finding, Rule } from './types.js';
import type { Register } from '../register/model.js';
import type { SourceFile } from '../register/source-file.js';
import type { TrattamentoFile } from '../types/schema.js';
import facts from '../law/data/consenso-enti-pubblici.json' with { type: 'json' };
import { basesOf, isPublicBody } from './support.js';

const INSTITUTIONAL = new Set(facts.basi_istituzionali);
const CONSENT_CONDITIONS = new Set(facts.condizioni_consenso);
const CATEGORIES = new Set(facts.categorie);

/**
 * Recital 43: consent is rarely free towards a public authority performing its tasks: the
 * Art. 6 consent, and the explicit consent (9.2.a) given for biometric data in a task the body
 * performs under a law (consenso-enti-pubblici.json: a university's students' faces in online
 * exams; an optional extra, like a religious menu, or research keep their consent). A record that declares the data optional (`conferimento.natura: facoltativo`: refusing
 * costs nothing) states the freedom the recital doubts (EDPB Guidelines 05/2020 on consent, para. 17-18).
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
      // Beside a public task, conferimento (one for the whole record) cannot say the consent is optional: the message says how.
      const messageId = basesOf(data).some(({ base }) => INSTITUTIONAL.has(base.base)) ? 'rule.publicConsentBesideTask' : 'rule.publicConsent';
      for (const { base, pointer } of basesOf(data)) {
        if (base.base === '6.1.a') yield { file, pointer: `${pointer}/base`, at: 'value', messageId, params: {} };
      }
      yield* explicitConsentForTask(register, file, data);
    }
  },
};

/** Biometric data on explicit consent in a record the body bases on a legal obligation or a public task. */
function* explicitConsentForTask(register: Register, file: SourceFile, data: TrattamentoFile): Iterable<Finding> {
  const task = basesOf(data).find(({ base }) => INSTITUTIONAL.has(base.base));
  if (!task) return;
  for (const [i, special] of (data.dati_particolari ?? []).entries()) {
    if (!special.condizione || !CONSENT_CONDITIONS.has(special.condizione) || !isConcerned(register, special.categoria)) continue;
    yield {
      file,
      pointer: `/dati_particolari/${i}/condizione`,
      at: 'value',
      messageId: 'rule.publicExplicitConsent',
      params: { term: special.categoria, condition: special.condizione, base: task.base.base, source: facts.fonte, source_en: facts.fonte_en },
    };
  }
}

/** A special category the facts name, or one of the register's own terms in its group. */
function isConcerned(register: Register, id: string): boolean {
  const term = register.vocabulary.get('dati', id);
  return CATEGORIES.has(id) || (term?.gruppo !== undefined && CATEGORIES.has(term.gruppo));
}
