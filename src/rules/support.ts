import type { Register, Doc } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import type { Term } from '../vocab/vocabulary.js';

/** Helpers shared by the rules: facts about the controller and a record, read from the model. */

export function isPublicBody(register: Register): boolean {
  return register.registro?.data.titolare.ente_pubblico === true;
}

export type Trattamento = Doc<TrattamentoFile>;
type Finalita = NonNullable<TrattamentoFile['finalita']>[number];
export type Base = NonNullable<Finalita['basi_giuridiche']>[number];

/** Every legal basis of a record, with its JSON Pointer. */
export function* basesOf(record: TrattamentoFile): Iterable<{ base: Base; pointer: string }> {
  for (const [i, purpose] of (record.finalita ?? []).entries()) {
    for (const [j, base] of (purpose.basi_giuridiche ?? []).entries()) {
      yield { base, pointer: `/finalita/${i}/basi_giuridiche/${j}` };
    }
  }
}

export function hasBasis(record: TrattamentoFile, code: string): boolean {
  for (const { base } of basesOf(record)) if (base.base === code) return true;
  return false;
}

/** Every data category a record names: common, special, and criminal data as `giudiziari`. */
export function dataTermsOf(register: Register, record: TrattamentoFile): Term[] {
  const ids = [...(record.dati ?? []), ...(record.dati_particolari ?? []).map((d) => d.categoria)];
  const terms = ids.map((id) => register.vocabulary.get('dati', id)).filter((t): t is Term => t !== undefined);
  if (record.dati_giudiziari && !terms.some((t) => t.classe === 'giudiziario')) {
    const criminal = register.vocabulary.get('dati', 'giudiziari');
    if (criminal) terms.push(criminal);
  }
  return terms;
}

export function subjectTermsOf(register: Register, record: TrattamentoFile): Term[] {
  return (record.interessati ?? []).map((id) => register.vocabulary.get('interessati', id)).filter((t): t is Term => t !== undefined);
}

export function recipientsOf(record: TrattamentoFile) {
  return Array.isArray(record.destinatari) ? record.destinatari : [];
}
