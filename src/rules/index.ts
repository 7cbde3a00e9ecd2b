import type { CheckMeta, Rule } from './types.js';
import { controllerContacts } from './controller-contacts.js';
import { publicBodyDpo } from './public-body-dpo.js';
import { purposeMissing } from './purpose-missing.js';
import { purposeGeneric } from './purpose-generic.js';
import { subjectsAndData } from './subjects-and-data.js';
import { recipientsMissing } from './recipients-missing.js';
import { measuresMissing } from './measures-missing.js';
import { processorRegister } from './processor-register.js';
import { dates } from './dates.js';
import { stale } from './stale.js';
import { uniqueIds } from './unique-ids.js';
import { basisMissing } from './basis-missing.js';
import { publicLegitInterest } from './public-legit-interest.js';
import { basisNorm } from './basis-norm.js';
import { legitInterestDescribed } from './legit-interest-described.js';
import { publicConsent } from './public-consent.js';
import { specialCondition } from './special-condition.js';
import { specialNorm } from './special-norm.js';
import { criminalNorm } from './criminal-norm.js';
import { noDissemination } from './no-dissemination.js';
import { consentWithdrawal } from './consent-withdrawal.js';
import { minorsConsent } from './minors-consent.js';
import { retentionMissing } from './retention-missing.js';
import { retentionVague } from './retention-vague.js';
import { retentionPerCategory } from './retention-per-category.js';
import { retentionArchive } from './retention-archive.js';
import { transferCountry } from './transfer-country.js';
import { transferMechanism } from './transfer-mechanism.js';
import { transferUsDpf } from './transfer-us-dpf.js';
import { transferOldScc } from './transfer-old-scc.js';
import { transfer49Docs } from './transfer-49-docs.js';
import { publicDerogation } from './public-derogation.js';
import { transferDerogationRoutine } from './transfer-derogation-routine.js';
import { partyDeclared } from './party-declared.js';
import { processorContract } from './processor-contract.js';
import { jointController } from './joint-controller.js';
import { dpiaRequired } from './dpia-required.js';
import { dpiaScreening } from './dpia-screening.js';
import { activityDeclared } from './activity-declared.js';
import { vocabularyTerm } from './vocabulary-term.js';
import { placeholder } from './placeholder.js';
import { noticeComplete } from './notice-complete.js';
import { noticeRights } from './notice-rights.js';
import { noticeReadability } from './notice-readability.js';
import { dpoIndependence } from './dpo-independence.js';
import { processorChain } from './processor-chain.js';
import { recordConsistency } from './record-consistency.js';
import { retentionLimit } from './retention-limit.js';
import { publicDissemination } from './public-dissemination.js';
import { repealedNorm } from './repealed-norm.js';
import { workerMonitoring } from './worker-monitoring.js';
import { automatedDecisions } from './automated-decisions.js';
import { marketingNonCustomers } from './marketing-non-customers.js';
import { changedAfterUpdate } from './changed-after-update.js';
import { noticeStale } from './notice-stale.js';
import { noticeTranslation } from './notice-translation.js';
import { siteTheme } from './site-theme.js';

/** The rules run on the register model, in this order. One rule per file; add new ones here. */
export const RULES: readonly Rule[] = [
  // Art. 30 register content, in the order of the article
  placeholder, controllerContacts, publicBodyDpo, purposeMissing, purposeGeneric, subjectsAndData, recipientsMissing, measuresMissing, processorRegister, dates, stale, changedAfterUpdate, uniqueIds, basisMissing, publicLegitInterest, basisNorm, legitInterestDescribed, publicConsent, specialCondition, specialNorm, criminalNorm, noDissemination, consentWithdrawal, minorsConsent, retentionMissing, retentionVague, retentionPerCategory, retentionArchive, transferCountry, transferMechanism, transferUsDpf, transferOldScc, transfer49Docs, publicDerogation, transferDerogationRoutine, partyDeclared, processorContract, jointController, dpiaRequired, dpiaScreening, activityDeclared, vocabularyTerm,
  // the checks an inspector of the Garante would make (issue 12)
  dpoIndependence, processorChain, recordConsistency, retentionLimit, publicDissemination, repealedNorm, workerMonitoring, automatedDecisions, marketingNonCustomers,
  // the notices generated for each service (docs/LEGAL.md §6, §8)
  noticeComplete, noticeRights, noticeReadability, noticeStale, noticeTranslation,
  // the website's privacy section (issue 16)
  siteTheme,
];

/** Checks made while loading, before any rule: they cannot be switched off. */
export const FORM_CHECKS: readonly CheckMeta[] = [
  { id: 'encoding', severity: 'error', reference: '', title: { it: 'Codifica UTF-8', en: 'UTF-8 encoding' } },
  { id: 'file', severity: 'error', reference: '', title: { it: 'File leggibile', en: 'Readable file' } },
  { id: 'yaml-syntax', severity: 'error', reference: '', title: { it: 'Sintassi YAML', en: 'YAML syntax' } },
  { id: 'yaml-duplicate-key', severity: 'error', reference: '', title: { it: 'Chiavi ripetute', en: 'Duplicate keys' } },
  { id: 'yaml-alias', severity: 'error', reference: '', title: { it: 'Ancore e alias', en: 'Anchors and aliases' } },
  { id: 'schema', severity: 'error', reference: 'art. 30 GDPR', title: { it: 'Forma delle schede (JSON Schema)', en: 'Record shape (JSON Schema)' } },
  { id: 'layout', severity: 'warning', reference: '', title: { it: 'File al loro posto', en: 'Files in place' } },
  { id: 'config', severity: 'warning', reference: '', title: { it: 'Configurazione delle regole', en: 'Rule configuration' } },
];

export const ALL_CHECKS: readonly CheckMeta[] = [...FORM_CHECKS, ...RULES];

/** Checks whose severity a register may change or switch off. */
export const CONFIGURABLE = new Set<string>([...RULES.map((r) => r.id), 'layout']);
