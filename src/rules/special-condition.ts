import type { Finding, Rule } from './types.js';
import type { Register } from '../register/model.js';
import type { SourceFile } from '../register/source-file.js';
import type { TrattamentoFile } from '../types/schema.js';
import condizioni from '../law/data/condizioni-art9.json' with { type: 'json' };
import { BIOMETRIC_ATTENDANCE, describesAttendance, isAttendanceData, isBiometric } from '../law/biometric-attendance.js';
import { dataTermsOf, subjectTermsOf } from './support.js';

/** The conditions under which the data stay inside the body: no disclosure without consent (condizioni-art9.json, `solo_interna`). */
const INTERNAL_ONLY = new Set(condizioni.voci.filter((v) => 'solo_interna' in v && v.solo_interna).map((v) => v.codice));
/** The controller kinds each Art. 9(2) condition is given to, where the GDPR limits it (condizioni-art9.json, `titolari`). */
const HOLDERS = new Map(condizioni.voci.flatMap((v) => ('titolari' in v ? [[v.codice, { kinds: v.titolari as string[], it: v.it, en: v.en }] as const] : [])));

/**
 * Art. 9(2): special categories need a condition of Art. 9(2) besides the Art. 6 basis, and one
 * the controller may use: 9.2.d is for not-for-profit bodies towards their members only, and
 * their data are not disclosed outside the body without consent (a processor is not outside).
 * Workers' biometric data to record attendance have no condition at all: no law provides for
 * them and a worker's consent is not free (Garante, 22 February 2024, n. 105).
 */
export const specialCondition: Rule = {
  id: 'special-condition',
  severity: 'error',
  reference: 'art. 9, par. 2',
  title: { it: "Condizione dell'art. 9", en: 'Art. 9 condition' },
  *check({ register }): Iterable<Finding> {
    const kind = register.registro?.data.titolare.tipo;
    for (const { file, data } of register.trattamenti) {
      for (const [i, id] of (data.dati ?? []).entries()) {
        if (register.vocabulary.get('dati', id)?.classe === 'particolare') {
          yield { file, pointer: `/dati/${i}`, at: 'value', messageId: 'rule.specialInCommon', params: { term: id } };
        }
      }
      for (const [i, special] of (data.dati_particolari ?? []).entries()) {
        // A common category listed here is vocabulary-term's finding, not a missing condition.
        const known = register.vocabulary.get('dati', special.categoria);
        const worker = isBiometric(known) ? workerOf(register, data) : undefined;
        if (worker && recordsAttendance(register, data, special.finalita)) {
          // No condition of art. 9(2) can be given: this replaces the missing-condition finding.
          const pointer = `/dati_particolari/${i}/${special.condizione ? 'condizione' : 'categoria'}`;
          yield { file, pointer, at: 'value', messageId: 'rule.specialBiometricAttendance', params: { term: special.categoria, worker, ...BIOMETRIC_ATTENDANCE } };
          continue;
        }
        if (!special.condizione && (!known || known.classe === 'particolare')) {
          yield { file, pointer: `/dati_particolari/${i}/categoria`, at: 'value', messageId: 'rule.specialCondition', params: { term: special.categoria } };
        }
        const holders = special.condizione ? HOLDERS.get(special.condizione) : undefined;
        // Without a readable registro.yaml the controller's kind is unknown: nothing is said.
        if (holders && kind && !holders.kinds.includes(kind)) {
          yield {
            file,
            pointer: `/dati_particolari/${i}/condizione`,
            at: 'value',
            messageId: 'rule.specialConditionHolder',
            params: { term: special.categoria, condition: special.condizione!, kind, label: holders.it, label_en: holders.en },
          };
        }
        if (special.condizione && INTERNAL_ONLY.has(special.condizione)) yield* disclosedOutside(register, file, data, special.categoria, special.condizione);
      }
    }
  },
};

/** Recipients other than processors that receive the special category (all the record's data, unless their own `dati` leave it out). */
function* disclosedOutside(register: Register, file: SourceFile, data: TrattamentoFile, term: string, condition: string): Iterable<Finding> {
  if (!Array.isArray(data.destinatari)) return;
  for (const [i, recipient] of data.destinatari.entries()) {
    if (recipient.categoria === 'responsabili' || isProcessor(register, recipient.soggetto)) continue;
    if (recipient.dati && !recipient.dati.includes(term)) continue;
    const at = recipient.soggetto ? 'soggetto' : 'categoria';
    yield { file, pointer: `/destinatari/${i}/${at}`, at: 'value', messageId: 'rule.specialConditionDisclosed', params: { term, condition, recipient: recipient.soggetto ?? recipient.categoria ?? '' }, severity: 'warning' };
  }
}

/** The first of the record's subjects who are the controller's workers (dipendenti, collaboratori, or the register's own). */
function workerOf(register: Register, data: TrattamentoFile): string | undefined {
  return subjectTermsOf(register, data).find((t) => t.lavoratori)?.id;
}

/**
 * Whether the biometric entry records attendance: its own purpose when it has one (access to a
 * restricted area is not attendance), otherwise the record's attendance data or purposes.
 */
function recordsAttendance(register: Register, data: TrattamentoFile, purpose: string | undefined): boolean {
  if (purpose) return describesAttendance(purpose);
  return dataTermsOf(register, data).some(isAttendanceData) || (data.finalita ?? []).some((f) => describesAttendance(f.descrizione));
}

function isProcessor(register: Register, id: string | undefined): boolean {
  const role = id ? register.partyById.get(id)?.data?.ruolo : undefined;
  return role === 'responsabile' || role === 'sub-responsabile';
}
