import type { MessageParams } from '../diagnostics/types.js';
import type { dataRulesIt } from './messages-data-rules-it.js';

/** English messages of the rules on special and criminal-offence data, automated decisions and direct marketing. Must have every id of the Italian ones. */
export const dataRulesEn: Record<keyof typeof dataRulesIt, (p: MessageParams) => string> = {
  'rule.specialInCommon': (p) => `"${p.term}" is a special category (Art. 9): move it to dati_particolari with its condition and norm`,
  'rule.specialCondition': (p) => `the special category "${p.term}" has no Art. 9(2) condition (e.g. 9.2.g)`,
  'rule.specialConditionHolder': (p) => `condition ${p.condition} (${p.label_en}) is not available to a controller of kind "${p.kind}": for "${p.term}" give the Art. 9(2) condition that applies to this processing`,
  'rule.specialConditionDisclosed': (p) => `under condition ${p.condition} the "${p.term}" data are not disclosed outside the body without the data subject's consent (Art. 9(2)(d)): "${p.recipient}" receives them; state with the recipient's "dati" that it does not, or rest the disclosure on explicit consent (9.2.a)`,
  'rule.specialBiometricAttendance': (p) => `workers' ("${p.worker}") biometric data ("${p.term}") used to record attendance have no Art. 9(2) condition: no law provides for it and a worker's consent is not free (recital 43; ${p.source_en}); record attendance with a less intrusive system, such as a badge, and delete the biometric templates collected`,
  'rule.publicExplicitConsent': (p) => `the public body processes the "${p.term}" data for one of its tasks (basis ${p.base}) but rests them on explicit consent (${p.condition}), which is rarely free towards a public body (recital 43; ${p.source_en}): give the Art. 9(2) condition that applies to the task, with its norm, or do without these data; if refusing has no consequences, state conferimento: facoltativo`,
  'rule.universityExplicitConsent': (p) => `the university rests the "${p.term}" data on explicit consent (${p.condition}): in the exams and careers leading to a degree with legal value, a task in the public interest for a non-state university too, such consent is not free (${p.source_en}); give the Art. 9(2) condition that applies to the task, with its norm, or do without these data; if it is an extra that can be refused without consequences, state conferimento: facoltativo`,
  'rule.specialNorm': (p) => `condition 9.2.g for "${p.term}" needs the norm naming the substantial public interest (Codice Art. 2-sexies)`,
  'rule.specialNormFramework': (p) => `condition ${p.condition} for "${p.term}" needs the law or regulation that provides for the processing: "${p.norm}" alone is not enough (Art. 9(2))`,
  'rule.specialLetter': (p) => `letter "${p.letter}" does not exist in Art. 2-sexies(2) of the Codice`,
  'rule.criminalNorm': () => 'criminal-offence data need the norm that authorises the processing (Art. 10; Codice Art. 2-octies)',
  'rule.criminalNormFramework': (p) => `"${p.norm}" is not the norm that authorises the processing of criminal-offence data: cite the law or regulation that provides for it (Codice Art. 2-octies(1) and (3))`,
  'rule.criminalInCommon': (p) => `"${p.term}" is criminal-offence data (Art. 10): describe it in dati_giudiziari with the authorising norm`,
  'rule.noDissemination': (p) => `genetic, biometric or health data (${p.terms}) may never be disseminated (Codice Art. 2-septies(8)): list which data are published with the recipient's "dati"`,
  'rule.specialNormCondition': (p) => `condition ${p.condition} for "${p.term}" needs ${p.which_en}: name it in "norma", as Art. 9(2)(${p.letter}) requires`,
  'rule.automatedGround': () => 'a decision based solely on automated processing is allowed only in the cases of Art. 22(2): set decisioni_automatizzate.eccezione (22.2.a, 22.2.b or 22.2.c)',
  'rule.automatedNorm': () => 'under 22.2.b the automated decision must be authorised by a law laying down safeguards: name it in decisioni_automatizzate.norma',
  'rule.automatedSafeguards': (p) => `under ${p.ground} the safeguards of Art. 22(3) are needed (human intervention, the right to express one's view and to contest the decision): describe them in decisioni_automatizzate.garanzie`,
  'rule.automatedSpecial': (p) => `an automated decision on "${p.term}" is allowed only with explicit consent (9.2.a) or for substantial public interest (9.2.g), not under ${p.condition} (Art. 22(4))`,
  'rule.marketingChannelConsent': () => "marketing on legitimate interest by SMS, messaging or automated calls: the exception of Codice Art. 130(4) covers customers' e-mail only; these channels need consent, customers' too (Art. 130(1) and (2)): use basis 6.1.a with how to withdraw it",
  'rule.marketingNotCustomers': (p) => `marketing on legitimate interest to "${p.term}", who are not customers: e-mail, SMS and automated calls need consent (Codice Art. 130(1) and (2)); the exception of paragraph 4 covers customers and similar products only`,
  'rule.marketingOwnTermNotCustomers': (p) => `marketing on legitimate interest to "${p.term}", whom the register's vocabulary does not mark as customers: e-mail, SMS and automated calls need consent (Codice Art. 130(1) and (2)), save offers of similar products to customers (Art. 130(4)); if they are customers, write clienti: true for "${p.term}" in vocabolario.yaml`,
  'rule.marketingProfilingConsent': () => "profiling for direct marketing needs the data subject's consent (basis 6.1.a): Garante, marketing guidelines of 4 July 2013; Art. 21(2)",
};
