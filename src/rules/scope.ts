import type { Doc, Register } from '../register/model.js';
import type { SourceFile } from '../register/source-file.js';
import type { ServizioFile } from '../types/schema.js';

/**
 * What a rule's findings depend on, so that an editor's change re-runs only what it can alter
 * (the language server; `validate` always runs every rule on the whole register).
 * - record: the findings in a trattamento or attivita-responsabile file depend only on that file
 *   and the register's single files (registro, soggetti, vocabolario); findings elsewhere do not
 *   depend on the records at all.
 * - service: the findings of a service depend only on that service, the records it names and
 *   the single files; the rule reports nothing outside service files.
 * - any other rule (cross-record references, unique ids, notices that report on records) runs
 *   on the whole register. A new rule is of this kind until it is listed here:
 *   test/unit/rule-scope.test.ts checks every listed rule against the whole-register run.
 */
export const RECORD_SCOPED: ReadonlySet<string> = new Set([
  'placeholder', 'controller-contacts', 'public-body-dpo', 'purpose-missing', 'purpose-generic', 'subjects-and-data', 'recipients-missing',
  'measures-missing', 'processor-register', 'dates', 'stale', 'basis-missing', 'public-legit-interest', 'basis-norm', 'legit-interest-described',
  'public-consent', 'special-condition', 'special-norm', 'criminal-norm', 'no-dissemination', 'consent-withdrawal', 'minors-consent',
  'retention-missing', 'retention-vague', 'retention-per-category', 'retention-archive', 'transfer-country', 'transfer-mechanism',
  'transfer-us-dpf', 'transfer-old-scc', 'transfer-49-docs', 'public-derogation', 'transfer-derogation-routine', 'party-declared', 'processor-contract', 'joint-controller',
  'dpia-required', 'dpia-screening', 'vocabulary-term', 'dpo-independence', 'record-consistency', 'retention-limit',
  'public-dissemination', 'repealed-norm', 'worker-monitoring', 'automated-decisions', 'marketing-non-customers',
]);

export const SERVICE_SCOPED: ReadonlySet<string> = new Set(['notice-readability', 'notice-rights']);

/** Whether a file is a record in the sense of RECORD_SCOPED. */
export function isRecordFile(file: Pick<SourceFile, 'kind'>): boolean {
  return file.kind === 'trattamento' || file.kind === 'attivita-responsabile';
}

/** The register as if its only record were `file` (or none): the single files and services stay. */
export function withOnlyRecord(register: Register, file: SourceFile | undefined): Register {
  return withOnlyRecords(register, (f) => f === file);
}

/** The register with only the records that pass `keep` (the single files and services stay). */
export function withOnlyRecords(register: Register, keep: (file: SourceFile) => boolean): Register {
  const kept = <T extends { file: SourceFile }>(docs: readonly T[]) => docs.filter((d) => keep(d.file));
  const trattamenti = kept(register.trattamenti);
  return {
    ...register,
    files: register.files.filter((f) => !isRecordFile(f) || keep(f)),
    trattamenti,
    trattamentoById: new Map(trattamenti.map((t) => [t.id, t])),
    attivitaResponsabile: kept(register.attivitaResponsabile),
    recordFiles: {
      ...register.recordFiles,
      trattamento: register.recordFiles.trattamento.filter(keep),
      'attivita-responsabile': register.recordFiles['attivita-responsabile'].filter(keep),
    },
  };
}

/** The register as if it offered only these services (its records all stay, for their lookups). */
export function withOnlyServices(register: Register, services: readonly Doc<ServizioFile>[]): Register {
  const kept = new Set(services.map((s) => s.file));
  return {
    ...register,
    files: register.files.filter((f) => f.kind !== 'servizio' || kept.has(f)),
    servizi: [...services],
    recordFiles: { ...register.recordFiles, servizio: register.recordFiles.servizio.filter((f) => kept.has(f)) },
  };
}
