import { afterAll, describe } from 'vitest';
import { COMPANY, REGISTRO, SOGGETTI, cleanup, mensa, testRuleCases, type RuleCase } from '../rule-harness.js';

/**
 * One fixture where each rule fires (rule id, severity, exact line:col, message id and values) and
 * one next to the same edge where it must stay silent. Each case patches the minimal register, which is clean.
 */
afterAll(cleanup);

const BASE_LINE = ['      - base: 6.1.e\n        norma: "D.Lgs. 63/2017, art. 6"\n'] as const;
const basis = (text: string): [string, string] => [BASE_LINE[0], text];


const cases: RuleCase[] = [
  {
    rule: 'controller-contacts',
    fires: { 'registro.yaml': REGISTRO.replace('  contatti:\n    pec: protocollo@pec.comune.prova.it\n', '') },
    expect: [
      { at: 'registro.yaml:1:1', severity: 'error', messageId: 'rule.controllerContacts' },
    ],
    // One contact of any kind is enough: a postal address, without PEC or email.
    silent: { 'registro.yaml': REGISTRO.replace('    pec: protocollo@pec.comune.prova.it\n', '    indirizzo: Piazza del Municipio 1, 01100 Prova\n') },
  },
  {
    rule: 'public-body-dpo',
    fires: { 'registro.yaml': REGISTRO.replace('rpd:\n  nome: Mario Rossi\n  contatti:\n    email: rpd@comune.prova.it\n', '') },
    expect: [
      { at: 'registro.yaml:1:1', severity: 'error', messageId: 'rule.publicBodyDpo' },
    ],
    // A company with no DPO: the rule is for public bodies.
    silent: { 'registro.yaml': COMPANY.replace('rpd:\n  nome: Mario Rossi\n  contatti:\n    email: rpd@comune.prova.it\n', '') },
  },
  {
    rule: 'purpose-missing',
    fires: { 'trattamenti/mensa.yaml': mensa(['finalita:\n  - descrizione: Iscrizione alla mensa scolastica e riscossione delle tariffe\n    basi_giuridiche:\n' + BASE_LINE[0], 'finalita: []\n']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:2:1', severity: 'error', messageId: 'rule.purposeMissing' },
    ],
    // A single purpose, in flow style, is a purpose.
    silent: { 'trattamenti/mensa.yaml': mensa(['finalita:\n  - descrizione: Iscrizione alla mensa scolastica e riscossione delle tariffe\n    basi_giuridiche:\n' + BASE_LINE[0], 'finalita: [{ descrizione: Riscossione delle tariffe della mensa, basi_giuridiche: [{ base: 6.1.e, norma: "D.Lgs. 63/2017, art. 6" }] }]\n']) },
  },
  {
    rule: 'purpose-generic',
    fires: { 'trattamenti/mensa.yaml': mensa(['Iscrizione alla mensa scolastica e riscossione delle tariffe', 'Finalità istituzionali']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:3:18', severity: 'warning', messageId: 'rule.purposeGeneric', params: { text: 'Finalità istituzionali', min: 5 } },
    ],
    // Five words (the minimum) that say what is done.
    silent: { 'trattamenti/mensa.yaml': mensa(['Iscrizione alla mensa scolastica e riscossione delle tariffe', 'Riscossione delle tariffe della mensa']) },
  },
  {
    rule: 'subjects-and-data',
    fires: { 'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: []'], ['dati: [identificativi, contatto]\n', '']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:1:1', severity: 'error', messageId: 'rule.dataMissing' },
      { at: 'trattamenti/mensa.yaml:7:1', severity: 'error', messageId: 'rule.subjectsMissing' },
    ],
    // One category of subjects; only special data (no common ones) is data.
    silent: {
      'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [alunni]'], ['dati: [identificativi, contatto]\n', 'dati: []\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    norma: "L. 104/1992"\ndpia:\n  necessaria: false\n  motivazione: Solo certificati per le diete, nessuna larga scala\n']),
    },
  },
  {
    rule: 'recipients-missing',
    fires: { 'trattamenti/mensa.yaml': mensa(['destinatari:\n  - soggetto: software-house\n  - categoria: scuole\n', 'destinatari: []\n']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:9:1', severity: 'error', messageId: 'rule.recipientsMissing' },
    ],
    // An explicit "none" is an answer.
    silent: { 'trattamenti/mensa.yaml': mensa(['destinatari:\n  - soggetto: software-house\n  - categoria: scuole\n', 'destinatari: nessuno\n']) },
  },
  {
    rule: 'measures-missing',
    fires: { 'trattamenti/mensa.yaml': mensa(['misure: [credenziali-individuali, backup]', 'misure_descrizione: Misure adeguate']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:17:21', severity: 'error', messageId: 'rule.measuresBoilerplate', params: { text: 'Misure adeguate' } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['misure: [credenziali-individuali, backup]', "misure_documento: Piano della sicurezza dell'ente"]) },
  },
  {
    rule: 'processor-register',
    fires: {
      'soggetti.yaml': SOGGETTI + '  - id: unione\n    denominazione: Unione dei comuni\n    ruolo: titolare\n',
      'attivita-responsabile/suap.yaml': 'titolare: unione\ncategorie_trattamento: []\nmisure: [backup]\ncreato: 2020-01-01\naggiornato: 2026-01-01\n',
    },
    expect: [
      { at: 'attivita-responsabile/suap.yaml:2:1', severity: 'error', messageId: 'rule.processorCategories', params: { controller: 'unione' } },
    ],
    silent: {
      'soggetti.yaml': SOGGETTI + '  - id: unione\n    denominazione: Unione dei comuni\n    ruolo: titolare\n',
      'attivita-responsabile/suap.yaml': 'titolare: unione\ncategorie_trattamento: [Pratiche SUAP]\nmisure: [backup]\ncreato: 2020-01-01\naggiornato: 2026-01-01\n',
    },
  },
  {
    rule: 'stale',
    fires: { 'trattamenti/mensa.yaml': mensa(['aggiornato: 2026-06-01', 'aggiornato: 2025-12-02']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:19:13', severity: 'warning', messageId: 'rule.stale', params: { date: '2025-12-02', months: 12 } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['aggiornato: 2026-06-01', 'aggiornato: 2025-12-03']) },
  },
  {
    rule: 'basis-missing',
    fires: { 'trattamenti/mensa.yaml': mensa(['    basi_giuridiche:\n' + BASE_LINE[0], '']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:3:5', severity: 'error', messageId: 'rule.basisMissing', params: { purpose: 'Iscrizione alla mensa scolastica e riscossione delle tariffe' } },
    ],
    // Each purpose has its own basis: a second purpose with one is not missing it.
    silent: { 'trattamenti/mensa.yaml': mensa(['interessati:', '  - descrizione: Invio degli avvisi di pagamento alle famiglie\n    basi_giuridiche:\n      - base: 6.1.c\n        norma: "D.Lgs. 82/2005, art. 5"\ninteressati:']) },
  },
  {
    rule: 'public-legit-interest',
    fires: { 'trattamenti/mensa.yaml': mensa(basis("      - base: 6.1.f\n        interesse: Recupero dei crediti dell'ente\n")) },
    expect: [
      { at: 'trattamenti/mensa.yaml:5:15', severity: 'error', messageId: 'rule.publicLegitInterest' },
    ],
    // A company may rely on legitimate interests.
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis("      - base: 6.1.f\n        interesse: Recupero dei crediti dell'azienda\n")) },
  },
  {
    rule: 'basis-norm',
    fires: { 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.c\n')) },
    expect: [
      { at: 'trattamenti/mensa.yaml:5:15', severity: 'error', messageId: 'rule.basisNorm', params: { base: '6.1.c' } },
    ],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.b\n')) },
  },
  {
    rule: 'legit-interest-described',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.f\n')) },
    expect: [
      { at: 'trattamenti/mensa.yaml:5:15', severity: 'error', messageId: 'rule.legitInterestDescribed' },
    ],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis("      - base: 6.1.f\n        interesse: Recupero dei crediti dell'azienda\n")) },
  },
  {
    rule: 'public-consent',
    fires: { 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Con email all\'ufficio\n')) },
    expect: [
      { at: 'trattamenti/mensa.yaml:5:15', severity: 'warning', messageId: 'rule.publicConsent' },
    ],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Con email all\'ufficio\n')) },
  },
  {
    rule: 'special-condition',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, salute]\ndati_particolari:\n  - categoria: convinzioni-religiose']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:10:16', severity: 'error', messageId: 'rule.specialCondition', params: { term: 'convinzioni-religiose' } },
      { at: 'trattamenti/mensa.yaml:8:24', severity: 'error', messageId: 'rule.specialInCommon', params: { term: 'salute' } },
    ],
    // Religious beliefs under their own heading, with explicit consent as the art. 9(2) condition.
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: convinzioni-religiose\n    condizione: 9.2.a\n    consenso_esplicito: true\n    revoca: Con email']) },
  },
  {
    rule: 'special-norm',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    lettera_2sexies: zz']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:11:17', severity: 'error', messageId: 'rule.specialNorm', params: { term: 'salute', condition: '9.2.g' } },
      { at: 'trattamenti/mensa.yaml:12:22', severity: 'error', messageId: 'rule.specialLetter', params: { letter: 'zz' } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    norma: "L. 104/1992"\n    lettera_2sexies: bb']) },
  },
  {
    rule: 'criminal-norm',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_giudiziari:\n  descrizione: Condanne dei fornitori']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:9:1', severity: 'error', messageId: 'rule.criminalNorm' },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_giudiziari:\n  descrizione: Condanne\n  norma: "D.Lgs. 36/2023, art. 94"']) },
  },
  {
    rule: 'no-dissemination',
    fires: {
      'trattamenti/mensa.yaml': mensa(
        ['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    norma: "L. 104/1992"'],
        ['  - categoria: scuole\n', '  - categoria: diffusione\n'],
      ),
    },
    expect: [
      { at: 'trattamenti/mensa.yaml:15:16', severity: 'error', messageId: 'rule.noDissemination', params: { terms: 'salute' } },
    ],
    silent: {
      'trattamenti/mensa.yaml': mensa(
        ['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    norma: "L. 104/1992"'],
        ['  - categoria: scuole\n', '  - categoria: diffusione\n    dati: [identificativi]\n'],
      ),
    },
  },
  {
    rule: 'consent-withdrawal',
    fires: {
      'registro.yaml': COMPANY,
      'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n'), ['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: convinzioni-religiose\n    condizione: 9.2.a']),
    },
    expect: [
      { at: 'trattamenti/mensa.yaml:10:17', severity: 'error', messageId: 'rule.consentExplicit', params: { term: 'convinzioni-religiose' } },
      { at: 'trattamenti/mensa.yaml:10:17', severity: 'error', messageId: 'rule.consentWithdrawalSpecial', params: { term: 'convinzioni-religiose' } },
      { at: 'trattamenti/mensa.yaml:5:15', severity: 'error', messageId: 'rule.consentWithdrawal' },
    ],
    silent: {
      'registro.yaml': COMPANY,
      'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Con email\n'), ['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: convinzioni-religiose\n    condizione: 9.2.a\n    consenso_esplicito: true\n    revoca: Con email']),
    },
  },
  {
    rule: 'minors-consent',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Con un clic\n'), ['creato:', 'servizio_online: true\ncreato:']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:5:15', severity: 'warning', messageId: 'rule.minorsConsent' },
    ],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Con un clic\n'), ['creato:', 'servizio_online: true\nconsenso_genitoriale: Conferma via email di un genitore\ncreato:']) },
  },
  {
    rule: 'retention-missing',
    fires: { 'trattamenti/mensa.yaml': mensa(["conservazione:\n  - durata: 5 anni\n    decorrenza: dalla fine dell'anno scolastico\n    fonte: Piano di conservazione\n", 'conservazione: []\n']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:13:1', severity: 'error', messageId: 'rule.retentionMissing' },
    ],
    // A criterion instead of a period is a retention (art. 30, par. 1, lett. f: "ove possibile").
    silent: { 'trattamenti/mensa.yaml': mensa(["  - durata: 5 anni\n    decorrenza: dalla fine dell'anno scolastico\n", "  - criterio: Fino alla chiusura dell'esercizio contabile dell'iscrizione, poi secondo il piano\n"]) },
  },
  {
    rule: 'retention-vague',
    fires: { 'trattamenti/mensa.yaml': mensa(['durata: 5 anni', 'durata: per il tempo necessario']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:14:13', severity: 'warning', messageId: 'rule.retentionNoNumber', params: { text: 'per il tempo necessario' } },
    ],
    // "Permanente" tied to the piano di conservazione is a valid retention for a PA archive.
    silent: { 'trattamenti/mensa.yaml': mensa(['durata: 5 anni', 'durata: permanente']) },
  },
  {
    rule: 'retention-per-category',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, economici, immagini]']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:13:1', severity: 'warning', messageId: 'rule.retentionPerCategory', params: { terms: 'economici;immagini' } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, economici, immagini]'], ['    fonte: Piano di conservazione\n', '    fonte: Piano di conservazione\n    categorie: [identificativi, economici, immagini]\n']) },
  },
  {
    rule: 'retention-archive',
    fires: { 'trattamenti/mensa.yaml': mensa(['fonte: Piano di conservazione', "fonte: Decisione dell'ufficio"]) },
    expect: [
      { at: 'trattamenti/mensa.yaml:13:1', severity: 'warning', messageId: 'rule.retentionArchive' },
    ],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['fonte: Piano di conservazione', "fonte: Decisione dell'ufficio"]) },
  },
  {
    rule: 'transfer-country',
    fires: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - destinatario: software-house']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:13:5', severity: 'error', messageId: 'rule.transferCountry' },
    ],
    // An international organisation instead of a country.
    silent: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - organizzazione: UNICEF\n    meccanismo: 46.2.c\n    modulo_scc: C2C']) },
  },
  {
    rule: 'transfer-mechanism',
    fires: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n  - paese: US\n  - paese: CN\n    meccanismo: "45"']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:13:12', severity: 'error', messageId: 'rule.transferMechanism', params: { country: 'IN' } },
      { at: 'trattamenti/mensa.yaml:14:12', severity: 'error', messageId: 'rule.transferConditional', params: { country: 'US' } },
      { at: 'trattamenti/mensa.yaml:16:17', severity: 'error', messageId: 'rule.transferNoAdequacy', params: { country: 'CN' } },
    ],
    // The EEA is not a transfer; Switzerland is adequate without conditions.
    silent: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: DE\n  - paese: NO\n  - paese: CH']) },
  },
  {
    rule: 'transfer-us-dpf',
    // A recipient not certified; a transfer that names no recipient, whose certification cannot be known.
    fires: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: US\n    destinatario: software-house\n    meccanismo: "45"\n  - paese: US\n    meccanismo: "45"']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:15:17', severity: 'warning', messageId: 'rule.transferUsDpf', params: { party: 'software-house' } },
      { at: 'trattamenti/mensa.yaml:17:17', severity: 'warning', messageId: 'rule.transferUsDpfRecipient' },
    ],
    // A US recipient certified under the DPF is adequate.
    silent: {
      'soggetti.yaml': SOGGETTI.replace('paese: IT', 'paese: US\n    certificazione_dpf: true'),
      'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: US\n    destinatario: software-house\n    meccanismo: "45"']),
    },
  },
  {
    rule: 'transfer-old-scc',
    fires: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 46.2.c\n    decisione: Decisione 2010/87/UE\n  - paese: IN\n    meccanismo: 46.2.c']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:15:16', severity: 'error', messageId: 'rule.sccRepealed', params: { decision: '2010/87', date: '2022-12-27' } },
      { at: 'trattamenti/mensa.yaml:17:17', severity: 'error', messageId: 'rule.sccModule' },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 46.2.c\n    decisione: Decisione di esecuzione (UE) 2021/914\n    modulo_scc: C2P']) },
  },
  {
    rule: 'transfer-49-docs',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 49.1.2']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:14:17', severity: 'error', messageId: 'rule.transfer49Docs' },
    ],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 49.1.2\n    garanzie: Cifratura e trasferimento una tantum']) },
  },
  {
    rule: 'public-derogation',
    fires: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 49.1.a']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:14:17', severity: 'error', messageId: 'rule.publicDerogation', params: { mechanism: '49.1.a' } },
    ],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 49.1.a']) },
  },
  {
    rule: 'transfer-derogation-routine',
    // The processor named as recipient, and the activity's processor established in the country of a transfer with no recipient.
    fires: {
      'registro.yaml': COMPANY,
      'soggetti.yaml': SOGGETTI.replace('paese: IT', 'paese: IN'),
      'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    destinatario: software-house\n    meccanismo: 49.1.b\n  - paese: IN\n    meccanismo: 49.1.e']),
    },
    expect: [
      { at: 'trattamenti/mensa.yaml:15:17', severity: 'warning', messageId: 'rule.transferDerogationRoutine', params: { mechanism: '49.1.b', party: 'software-house' } },
      { at: 'trattamenti/mensa.yaml:17:17', severity: 'warning', messageId: 'rule.transferDerogationRoutine', params: { mechanism: '49.1.e', party: 'software-house' } },
    ],
    // Public interest (49.1.d) is not limited to occasional transfers; no processor of the activity is in China.
    silent: {
      'registro.yaml': COMPANY,
      'soggetti.yaml': SOGGETTI.replace('paese: IT', 'paese: IN'),
      'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    destinatario: software-house\n    meccanismo: 49.1.d\n  - paese: CN\n    meccanismo: 49.1.e']),
    },
  },
  {
    rule: 'transfer-derogation-routine',
    // A public body: legal claims (49.1.e) are open to it, and occasional only.
    fires: {
      'soggetti.yaml': SOGGETTI.replace('paese: IT', 'paese: IN'),
      'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    destinatario: software-house\n    meccanismo: 49.1.e']),
    },
    expect: [
      { at: 'trattamenti/mensa.yaml:15:17', severity: 'warning', messageId: 'rule.transferDerogationRoutine', params: { mechanism: '49.1.e', party: 'software-house' } },
    ],
    // Explicit consent is barred to it in a 6.1.e activity: public-derogation says so, this rule does not repeat it.
    silent: {
      'soggetti.yaml': SOGGETTI.replace('paese: IT', 'paese: IN'),
      'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    destinatario: software-house\n    meccanismo: 49.1.a']),
    },
  },
  {
    rule: 'processor-contract',
    fires: { 'soggetti.yaml': 'soggetti:\n  - id: software-house\n    denominazione: SH\n    ruolo: responsabile\n  - id: consorzio\n    denominazione: Consorzio\n    ruolo: contitolare\n' },
    expect: [
      { at: 'soggetti.yaml:4:12', severity: 'error', messageId: 'rule.processorContract', params: { id: 'software-house' } },
    ],
    // A processor whose act is only named, with neither date nor country, has its act.
    silent: { 'soggetti.yaml': 'soggetti:\n  - id: software-house\n    denominazione: SH\n    ruolo: responsabile\n    atto: { tipo: DPA, riferimento: DPA 1 }\n' },
  },
  {
    rule: 'dpia-required',
    fires: { 'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [persone-riprese]\nlarga_scala: true'], ['dati: [identificativi, contatto]', 'dati: [immagini]']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:1:1', severity: 'error', messageId: 'rule.dpiaRequired', params: { art35: 'c', garante: '3' } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [persone-riprese]\nlarga_scala: true\ndpia:\n  necessaria: true\n  riferimento: DPIA n. 1/2026'], ['dati: [identificativi, contatto]', 'dati: [immagini]']) },
  },
  {
    rule: 'dpia-screening',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    norma: "L. 104/1992"']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:1:1', severity: 'warning', messageId: 'rule.dpiaScreening', params: { criteria: 'dati-sensibili,vulnerabili', count: 2 } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    norma: "L. 104/1992"\ndpia:\n  necessaria: false\n  motivazione: Solo certificati per le diete, nessuna larga scala']) },
  },
];

describe('legal rules', () => {
  testRuleCases(cases);
});
