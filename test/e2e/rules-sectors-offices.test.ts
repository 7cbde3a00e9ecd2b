import { afterAll, describe, expect } from 'vitest';
import { COMPANY, REGISTRO, cleanup, mensa, testRuleCases, type RuleCase } from '../rule-harness.js';

/**
 * Rules read on the records of offices first met in test/fixtures/law: a comune's police with
 * body cams, a language school with an app for teenagers, an association and an online shop.
 * Each case is cut at the edge the law draws, with the exact line:col, message id and values.
 */
afterAll(cleanup);

const ASSOCIATION = COMPANY.replace('tipo: impresa', 'tipo: associazione');

/** A body cam record of a comune: images for 6 months with a reason, the reports of offences for 10 years. */
const bodyCam = (reportCategories: string) => mensa(
  ['interessati: [genitori, alunni]', 'interessati: [persone-riprese, trasgressori]'],
  ['dati: [identificativi, contatto]', 'dati: [immagini, identificativi]'],
  ['  - durata: 5 anni\n    decorrenza: dalla fine dell\'anno scolastico\n    fonte: Piano di conservazione\n',
    '  - durata: 7 giorni\n    decorrenza: dalla ripresa\n    fonte: "D.L. 11/2009, art. 6, c. 8"\n    categorie: [immagini]\n'
    + `  - durata: 10 anni\n    decorrenza: dalla trasmissione degli atti\n    fonte: Piano di conservazione\n    categorie: [${reportCategories}]\n`],
);

/** A record on consent for an online app, for the subjects given. */
const app = (subjects: string) => mensa(
  ['      - base: 6.1.e\n        norma: "D.Lgs. 63/2017, art. 6"', '      - base: 6.1.a\n        revoca: Dalle impostazioni dell\'app'],
  ['interessati: [genitori, alunni]', `interessati: [${subjects}]\nservizio_online: true`],
);
/** The register's own term for body-cam footage, with the extra lines given. */
const OWN_IMAGES = (extra: string) => `dati:\n  - id: riprese-bodycam\n    it: Riprese delle body cam\n    classe: comune${extra}\n`;
const TEENS = (age: number) => `interessati:\n  - id: corsisti-adolescenti\n    it: Corsisti dai ${age} ai 17 anni\n    minori: true\n    eta_minima: ${age}\n`;

/** An online shop's marketing record: a newsletter on consent, and a second purpose on the bases and subjects given. */
const shop = (second: string, subjects = 'clienti, iscritti-newsletter') => mensa(
  ['  - descrizione: Iscrizione alla mensa scolastica e riscossione delle tariffe\n    basi_giuridiche:\n      - base: 6.1.e\n        norma: "D.Lgs. 63/2017, art. 6"',
    `  - descrizione: Invio della newsletter a chi si è iscritto dal sito\n    basi_giuridiche:\n      - base: 6.1.a\n        revoca: Link in ogni email\n${second}`],
  ['interessati: [genitori, alunni]', `interessati: [${subjects}]\nmarketing_diretto: true\nprofilazione: true`],
);
const SOFT_SPAM = (subjects: string) => `  - descrizione: Invio ai clienti di offerte su prodotti analoghi a quelli acquistati\n    interessati: [${subjects}]\n    basi_giuridiche:\n      - base: 6.1.f\n        interesse: Vendita di prodotti analoghi (Codice, art. 130, c. 4)`;
const PROFILING = (base: string) => `  - descrizione: Analisi delle abitudini di acquisto per proporre offerte personalizzate\n    basi_giuridiche:\n      - base: ${base}\n        ${base === '6.1.a' ? 'revoca: Dal proprio account' : 'interesse: Conoscere i gusti dei clienti'}`;

/** The minimal register's school-meals service, addressed to the children, with the texts given. */
const childrenService = (description: string) =>
  `denominazione: Mensa scolastica\ndescrizione: ${description}\ntrattamenti: [mensa]\nrivolto_a_minori: true\nufficio:\n  nome: Ufficio Scuola\n  contatti:\n    email: scuola@comune.prova.it\n`;
const childrenMeals = (purpose: string) => mensa(['Iscrizione alla mensa scolastica e riscossione delle tariffe', purpose]);
const HARD = 'Espletamento delle procedure amministrative finalizzate alla iscrizione, alla rilevazione quotidiana delle presenze e alla riscossione delle corrispondenti tariffe di contribuzione';

/** An association's record of its members' health data under 9.2.d, with the recipients given besides its software house. */
const members = (recipients: string) => mensa(
  ['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.d'],
  ['  - categoria: scuole\n', recipients],
);

const cases: RuleCase[] = [
  {
    rule: 'notice-readability',
    name: "a children's notice hard because of what the register wrote: the register's texts are to simplify",
    fires: { 'servizi/mensa.yaml': childrenService(HARD), 'trattamenti/mensa.yaml': childrenMeals(HARD) },
    expect: [{ at: 'servizi/mensa.yaml:1:1', severity: 'warning', messageId: 'rule.noticeGulpease', params: { service: 'mensa', index: expect.any(Number), indexName: 'Gulpease', threshold: 80 } }],
    silent: { 'servizi/mensa.yaml': childrenService('A scuola mangi con i tuoi amici.').replace('rivolto_a_minori: true\n', ''), 'trattamenti/mensa.yaml': childrenMeals('Ti iscriviamo alla mensa della scuola') },
  },
  {
    rule: 'notice-readability',
    name: "a children's notice from the simplest texts is still hard on the built-in templates: said so, with the templates to change",
    // The whole notice scores near 70 on the templates' legal text alone, under the 80 asked for minors.
    fires: { 'servizi/mensa.yaml': childrenService('A scuola mangi con i tuoi amici.'), 'trattamenti/mensa.yaml': childrenMeals('Ti iscriviamo alla mensa della scuola') },
    expect: [{ at: 'servizi/mensa.yaml:1:1', severity: 'warning', messageId: 'rule.noticeGulpeaseTemplates', params: { service: 'mensa', index: expect.any(Number), indexName: 'Gulpease', threshold: 80 } }],
    silent: { 'servizi/mensa.yaml': childrenService('A scuola mangi con i tuoi amici.').replace('rivolto_a_minori: true\n', ''), 'trattamenti/mensa.yaml': childrenMeals('Ti iscriviamo alla mensa della scuola') },
  },
  {
    rule: 'retention-limit',
    name: "a body cam record keeps the reports of offences for years: the cameras' limit judges its images only",
    fires: { 'trattamenti/mensa.yaml': bodyCam('identificativi, immagini') },
    expect: [{ at: 'trattamenti/mensa.yaml:18:13', severity: 'error', messageId: 'rule.retentionOverLimitUnless', params: { text: '10 anni', limit: '7 giorni', what: 'immagini della videosorveglianza comunale per la sicurezza urbana', what_en: 'images of municipal CCTV for urban security', source: expect.stringContaining('D.L. 23 febbraio 2009, n. 11'), source_en: expect.stringContaining('Decree-Law 11/2009'), unless: 'motivata' } }],
    silent: { 'trattamenti/mensa.yaml': bodyCam('identificativi') },
  },
  {
    rule: 'retention-limit',
    name: "the cameras' limit reaches the register's own term for the images, by its group",
    fires: { 'vocabolario.yaml': OWN_IMAGES('\n    gruppo: immagini'), 'trattamenti/mensa.yaml': bodyCam('identificativi').replace(/immagini/g, 'riprese-bodycam').replace('7 giorni', '30 giorni') },
    expect: [{ at: 'trattamenti/mensa.yaml:14:13', severity: 'error', messageId: 'rule.retentionOverLimitUnless', params: { text: '30 giorni', limit: '7 giorni', what: 'immagini della videosorveglianza comunale per la sicurezza urbana', what_en: 'images of municipal CCTV for urban security', source: expect.stringContaining('D.L. 23 febbraio 2009, n. 11'), source_en: expect.stringContaining('Decree-Law 11/2009'), unless: 'motivata' } }],
    silent: { 'vocabolario.yaml': OWN_IMAGES(''), 'trattamenti/mensa.yaml': bodyCam('identificativi').replace(/immagini/g, 'riprese-bodycam').replace('7 giorni', '30 giorni') },
  },
  {
    rule: 'retention-limit',
    name: 'the anti-money-laundering decree cited by its date and number, in the retention term\'s source',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['fonte: Piano di conservazione', 'fonte: "D.Lgs. 21 novembre 2007, n. 231, art. 31"'], ['  - durata: 5 anni\n', '  - durata: 15 anni\n']) },
    expect: [{ at: 'trattamenti/mensa.yaml:14:13', severity: 'warning', messageId: 'rule.retentionOverLimitUnless', params: expect.objectContaining({ text: '15 anni', limit: '10 anni' }) }],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['fonte: Piano di conservazione', 'fonte: "L. 15 marzo 1997, n. 59"'], ['  - durata: 5 anni\n', '  - durata: 15 anni\n']) },
  },
  {
    rule: 'retention-limit',
    name: "a bank keeps its anti-money-laundering file ten years (D.Lgs. 231/2007, art. 31, c. 3); a comune's archive is another matter",
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['norma: "D.Lgs. 63/2017, art. 6"', 'norma: "D.Lgs. 231/2007, artt. 17-31"'], ['  - durata: 5 anni\n', '  - durata: 15 anni\n']) },
    expect: [{ at: 'trattamenti/mensa.yaml:14:13', severity: 'warning', messageId: 'rule.retentionOverLimitUnless', params: { text: '15 anni', limit: '10 anni', what: "dati e documenti dell'adeguata verifica antiriciclaggio", what_en: 'anti-money-laundering customer due diligence data and documents', source: expect.stringContaining('D.Lgs. 21 novembre 2007, n. 231, art. 31, c. 3'), source_en: expect.stringContaining('Legislative Decree 231/2007'), unless: 'motivata' } }],
    silent: { 'registro.yaml': REGISTRO, 'trattamenti/mensa.yaml': mensa(['norma: "D.Lgs. 63/2017, art. 6"', 'norma: "D.Lgs. 231/2007, art. 10"'], ['  - durata: 5 anni\n', '  - durata: 15 anni\n']) },
  },
  {
    rule: 'minors-consent',
    name: 'teenagers of 14 or more consent to an online app on their own (Codice, art. 2-quinquies, c. 1); from 13, the parents',
    fires: { 'vocabolario.yaml': TEENS(13), 'trattamenti/mensa.yaml': app('corsisti-adolescenti') },
    expect: [{ at: 'trattamenti/mensa.yaml:5:15', severity: 'warning', messageId: 'rule.minorsConsent' }],
    silent: { 'vocabolario.yaml': TEENS(14), 'trattamenti/mensa.yaml': app('corsisti-adolescenti') },
  },
  {
    rule: 'minors-consent',
    name: 'a record for teenagers and younger children still needs the parents for the younger ones',
    fires: { 'vocabolario.yaml': TEENS(14), 'trattamenti/mensa.yaml': app('corsisti-adolescenti, alunni') },
    expect: [{ at: 'trattamenti/mensa.yaml:5:15', severity: 'warning', messageId: 'rule.minorsConsent' }],
    silent: { 'vocabolario.yaml': TEENS(14), 'trattamenti/mensa.yaml': app('corsisti-adolescenti, genitori') },
  },
  {
    rule: 'special-condition',
    name: "9.2.d is for not-for-profit bodies and their members: a company recording its employees' union membership uses 9.2.b",
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: appartenenza-sindacale\n    condizione: 9.2.d'], ['  - categoria: scuole\n', '']) },
    expect: [{ at: 'trattamenti/mensa.yaml:11:17', severity: 'error', messageId: 'rule.specialConditionHolder', params: { term: 'appartenenza-sindacale', condition: '9.2.d', kind: 'impresa', label: "attività di fondazioni, associazioni o organismi senza scopo di lucro nei confronti dei membri", label_en: 'activities of a foundation, association or not-for-profit body towards its members' } }],
    silent: { 'registro.yaml': ASSOCIATION, 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: appartenenza-sindacale\n    condizione: 9.2.d'], ['  - categoria: scuole\n', '']) },
  },
  {
    rule: 'special-condition',
    name: "an association's members' data under 9.2.d stay inside it: the insurer gets them only without the health data",
    fires: { 'registro.yaml': ASSOCIATION, 'trattamenti/mensa.yaml': members('  - categoria: assicurazioni\n') },
    expect: [{ at: 'trattamenti/mensa.yaml:14:16', severity: 'warning', messageId: 'rule.specialConditionDisclosed', params: { term: 'salute', condition: '9.2.d', recipient: 'assicurazioni' } }],
    // The software house is a processor (art. 28): not outside the body.
    silent: { 'registro.yaml': ASSOCIATION, 'trattamenti/mensa.yaml': members('  - categoria: assicurazioni\n    dati: [identificativi]\n') },
  },
  {
    rule: 'special-condition',
    name: 'a comune may not rest on 9.2.d either',
    fires: { 'registro.yaml': REGISTRO, 'trattamenti/mensa.yaml': members('') },
    expect: [{ at: 'trattamenti/mensa.yaml:11:17', severity: 'error', messageId: 'rule.specialConditionHolder', params: { term: 'salute', condition: '9.2.d', kind: 'comune', label: expect.stringContaining('senza scopo di lucro'), label_en: expect.stringContaining('not-for-profit') } }],
    silent: { 'registro.yaml': REGISTRO, 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    norma: "L. 104/1992, art. 12; Codice, art. 2-sexies, c. 2, lett. bb"']) },
  },
  {
    rule: 'marketing-non-customers',
    name: 'soft spam addressed to the customers alone, in a record with newsletter subscribers too, is what Codice 130 c. 4 allows',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': shop(SOFT_SPAM('clienti, iscritti-newsletter')) },
    expect: [{ at: 'trattamenti/mensa.yaml:8:28', severity: 'warning', messageId: 'rule.marketingNotCustomers', params: { term: 'iscritti-newsletter' } }],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': shop(SOFT_SPAM('clienti')) },
  },
  {
    rule: 'marketing-non-customers',
    name: "donors are no customers unless the register's vocabulary says so",
    fires: { 'registro.yaml': ASSOCIATION, 'vocabolario.yaml': 'interessati:\n  - id: donatori\n    it: Donatori\n', 'trattamenti/mensa.yaml': shop(SOFT_SPAM('donatori'), 'donatori') },
    expect: [{ at: 'trattamenti/mensa.yaml:8:19', severity: 'warning', messageId: 'rule.marketingOwnTermNotCustomers', params: { term: 'donatori' } }],
    silent: { 'registro.yaml': COMPANY, 'vocabolario.yaml': 'interessati:\n  - id: abbonati\n    it: Abbonati alla rivista\n    clienti: true\n', 'trattamenti/mensa.yaml': shop(SOFT_SPAM('abbonati'), 'abbonati') },
  },
  {
    rule: 'marketing-non-customers',
    name: 'soft spam is e-mail only: offers by SMS need the consent of customers too',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': shop(SOFT_SPAM('clienti').replace('Invio ai clienti di offerte', 'Invio ai clienti, per SMS, di offerte')) },
    expect: [{ at: 'trattamenti/mensa.yaml:7:18', severity: 'warning', messageId: 'rule.marketingChannelConsent' }],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': shop(SOFT_SPAM('clienti').replace('Invio ai clienti di offerte', 'Invio ai clienti, per email, di offerte')) },
  },
  {
    rule: 'automated-decisions',
    name: 'consent to the newsletter is not consent to the profiling purpose of the same record',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': shop(PROFILING('6.1.f')) },
    expect: [{ at: 'trattamenti/mensa.yaml:9:15', severity: 'error', messageId: 'rule.marketingProfilingConsent' }],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': shop(`${PROFILING('6.1.a')}\n${SOFT_SPAM('clienti')}`) },
  },
  {
    rule: 'automated-decisions',
    name: 'nor is the contract of sale: profiling for offers rests on consent',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': shop(PROFILING('6.1.b').replace('        interesse: Conoscere i gusti dei clienti', '      - base: 6.1.f\n        interesse: Conoscere i gusti dei clienti')) },
    expect: [
      { at: 'trattamenti/mensa.yaml:9:15', severity: 'error', messageId: 'rule.marketingProfilingConsent' },
      { at: 'trattamenti/mensa.yaml:10:15', severity: 'error', messageId: 'rule.marketingProfilingConsent' },
    ],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': shop(PROFILING('6.1.a')) },
  },
  {
    rule: 'record-consistency',
    name: "a purpose's subjects are among the record's",
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': shop(SOFT_SPAM('clienti, potenziali-clienti')) },
    expect: [{ at: 'trattamenti/mensa.yaml:8:28', severity: 'error', messageId: 'rule.purposeSubjectOutside', params: { term: 'potenziali-clienti' } }],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': shop(SOFT_SPAM('clienti')) },
  },
  {
    rule: 'record-consistency',
    name: 'number-plate readers check the vehicles in the national archive: a source, so collection is not from the data subject alone',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, contatto]\nraccolta: presso-interessato\nfonte:\n  descrizione: Archivio nazionale dei veicoli\n  pubblica: false']) },
    expect: [{ at: 'trattamenti/mensa.yaml:9:11', severity: 'warning', messageId: 'rule.sourceButCollectedFromSubject' }],
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, contatto]\nraccolta: entrambi\nfonte:\n  descrizione: Archivio nazionale dei veicoli\n  pubblica: false']) },
  },
  {
    rule: 'vocabulary-term',
    name: "the words of art. 4, n. 2, point to their term: 'raffronto' to interconnessione",
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, contatto]\noperazioni: [raccolta, raffronto, adattamento]']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:9:24', severity: 'error', messageId: 'vocab.unknownSuggest', params: { term: 'raffronto', vocab: 'operazioni', suggestion: 'interconnessione' } },
      { at: 'trattamenti/mensa.yaml:9:35', severity: 'error', messageId: 'vocab.unknownSuggest', params: { term: 'adattamento', vocab: 'operazioni', suggestion: 'modifica' } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, contatto]\noperazioni: [raccolta, interconnessione, modifica]']) },
  },
  {
    rule: 'vocabulary-term',
    name: 'a wrong value in vocabolario.yaml does not make its terms unknown to every record',
    fires: { 'vocabolario.yaml': TEENS(14).replace('eta_minima: 14', 'eta_minima: "14"'), 'trattamenti/mensa.yaml': app('corsisti-adolescenti, corsisti-adulti') },
    expect: [{ at: 'trattamenti/mensa.yaml:7:37', severity: 'error', messageId: 'vocab.unknown', params: { term: 'corsisti-adulti', vocab: 'interessati' } }],
    silent: { 'vocabolario.yaml': TEENS(14).replace('eta_minima: 14', 'eta_minima: "14"'), 'trattamenti/mensa.yaml': app('corsisti-adolescenti') },
  },
];

describe("rules on the records of a comune's police, a language school, an association and an online shop", () => {
  testRuleCases(cases);
});
