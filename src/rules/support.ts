import type { Register, Doc } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import type { Term } from '../vocab/vocabulary.js';
import { perRecord, perVocabularyRecord } from './memo.js';
import { placeholderIn } from '../text/placeholder.js';

/** Helpers shared by the rules: facts about the controller and a record, read from the model. */

/**
 * Whether a text is still to complete ("da definire", "TODO"): the placeholder rule reports it,
 * and a rule judging its content would say the same thing twice, in other words.
 */
export function isToComplete(text: string | undefined): boolean {
  return text !== undefined && placeholderIn(text) !== undefined;
}

export function isPublicBody(register: Register): boolean {
  return register.registro?.data.titolare.ente_pubblico === true;
}

/**
 * Whether the controller is a public body, or undefined when registro.yaml is not in the model
 * (its errors are reported on their own): a rule meant for private controllers must not take
 * "not known to be public" for "private", or a broken registro.yaml brings a cascade of findings.
 */
export function controllerIsPublic(register: Register): boolean | undefined {
  return register.registro ? isPublicBody(register) : undefined;
}

/**
 * Whether every record file is in the model. A rule that concludes from no record saying
 * something (no transfer declared) must wait while some record has errors: the record that
 * says it may be among them.
 */
export function everyRecordRead(register: Register): boolean {
  return register.trattamenti.length === register.recordFiles.trattamento.length && register.attivitaResponsabile.length === register.recordFiles['attivita-responsabile'].length;
}

export type Trattamento = Doc<TrattamentoFile>;
type Finalita = NonNullable<TrattamentoFile['finalita']>[number];
export type Base = NonNullable<Finalita['basi_giuridiche']>[number];

/** Every legal basis of a record, with its JSON Pointer (eight rules read them). */
export const basesOf = perRecord((record): ReadonlyArray<{ base: Base; pointer: string }> => {
  const bases: Array<{ base: Base; pointer: string }> = [];
  const purposes = record.finalita ?? [];
  for (let i = 0; i < purposes.length; i++) {
    const basi = purposes[i]!.basi_giuridiche ?? [];
    for (let j = 0; j < basi.length; j++) bases.push({ base: basi[j]!, pointer: `/finalita/${i}/basi_giuridiche/${j}` });
  }
  return bases;
});

export function hasBasis(record: TrattamentoFile, code: string): boolean {
  for (const { base } of basesOf(record)) if (base.base === code) return true;
  return false;
}

/** Every data category a record names: common, special, and criminal data as `giudiziari`. */
export const dataTermsOf = perVocabularyRecord((register: Register, record: TrattamentoFile): readonly Term[] => {
  const ids = [...(record.dati ?? []), ...(record.dati_particolari ?? []).map((d) => d.categoria)];
  const terms = ids.map((id) => register.vocabulary.get('dati', id)).filter((t): t is Term => t !== undefined);
  if (record.dati_giudiziari && !terms.some((t) => t.classe === 'giudiziario')) {
    const criminal = register.vocabulary.get('dati', 'giudiziari');
    if (criminal) terms.push(criminal);
  }
  return terms;
});

export const subjectTermsOf = perVocabularyRecord((register: Register, record: TrattamentoFile): readonly Term[] =>
  (record.interessati ?? []).map((id) => register.vocabulary.get('interessati', id)).filter((t): t is Term => t !== undefined),
);

export function recipientsOf(record: TrattamentoFile) {
  return Array.isArray(record.destinatari) ? record.destinatari : [];
}
