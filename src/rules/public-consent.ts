import type { Finding, Rule } from './types.js';
import type { Register } from '../register/model.js';
import type { SourceFile } from '../register/source-file.js';
import type { TrattamentoFile } from '../types/schema.js';
import facts from '../law/data/consenso-enti-pubblici.json' with { type: 'json' };
import { basesOf, isPublicBody } from './support.js';

const INSTITUTIONAL = new Set(facts.basi_istituzionali);
const CONSENT_CONDITIONS = new Set(facts.condizioni_consenso);
const CATEGORIES = new Set(facts.categorie);
/** Kinds of controller with a public task even when private: a university awarding degrees. */
const PUBLIC_TASK_KINDS = new Set(facts.titolari_compito_pubblico);

/**
 * Recital 43: consent is rarely free towards a public authority performing its tasks: the
 * Art. 6 consent, and the explicit consent (9.2.a) given for biometric data in a task the body
 * performs under a law (consenso-enti-pubblici.json: a university's students' faces in online
 * exams; an optional extra, like a religious menu, or research keep their consent), and by a
 * private university too, whose degrees are a public task all the same. A record that declares
 * the data optional (`conferimento.natura: facoltativo`: refusing costs nothing) states the
 * freedom the recital doubts (EDPB Guidelines 05/2020 on consent, para. 17-18).
 */
export const publicConsent: Rule = {
  id: 'public-consent',
  severity: 'warning',
  reference: 'considerando 43; Provv. Garante 16 settembre 2021, n. 317',
  title: { it: 'Consenso chiesto per un compito pubblico', en: 'Consent relied on for a public task' },
  *check({ register }): Iterable<Finding> {
    const publicBody = isPublicBody(register);
    const kind = register.registro?.data.titolare.tipo;
    if (!publicBody && !(kind && PUBLIC_TASK_KINDS.has(kind))) return;
    for (const { file, data } of register.trattamenti) {
      if (data.conferimento?.natura === 'facoltativo') continue;
      if (publicBody) yield* consentForTask(file, data);
      yield* explicitConsentForTask(register, file, data, publicBody);
    }
  },
};

/** The Art. 6 consent of a public body. */
function* consentForTask(file: SourceFile, data: TrattamentoFile): Iterable<Finding> {
  // Beside a public task, conferimento (one for the whole record) cannot say the consent is optional: the message says how.
  const messageId = basesOf(data).some(({ base }) => INSTITUTIONAL.has(base.base)) ? 'rule.publicConsentBesideTask' : 'rule.publicConsent';
  for (const { base, pointer } of basesOf(data)) {
    if (base.base === '6.1.a') yield { file, pointer: `${pointer}/base`, at: 'value', messageId, params: {} };
  }
}

/**
 * Biometric data on explicit consent: in a public body's record based on a legal obligation or a
 * public task; in any record of a private university, whose degrees are its public task.
 */
function* explicitConsentForTask(register: Register, file: SourceFile, data: TrattamentoFile, publicBody: boolean): Iterable<Finding> {
  const task = basesOf(data).find(({ base }) => INSTITUTIONAL.has(base.base));
  if (publicBody && !task) return;
  for (const [i, special] of (data.dati_particolari ?? []).entries()) {
    if (!special.condizione || !CONSENT_CONDITIONS.has(special.condizione) || !isConcerned(register, special.categoria)) continue;
    const pointer = `/dati_particolari/${i}/condizione`;
    const params = { term: special.categoria, condition: special.condizione, source: facts.fonte, source_en: facts.fonte_en };
    if (publicBody) yield { file, pointer, at: 'value', messageId: 'rule.publicExplicitConsent', params: { ...params, base: task!.base.base } };
    else yield { file, pointer, at: 'value', messageId: 'rule.universityExplicitConsent', params };
  }
}

/** A special category the facts name, or one of the register's own terms in its group. */
function isConcerned(register: Register, id: string): boolean {
  const term = register.vocabulary.get('dati', id);
  return CATEGORIES.has(id) || (term?.gruppo !== undefined && CATEGORIES.has(term.gruppo));
}
