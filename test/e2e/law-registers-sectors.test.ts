import { testPlantedRegisters, type Defect } from '../planted-registers.js';

/**
 * Registers of offices with a law of their own (test/fixtures/law), written as their DPO would:
 * a bank (credit scoring, anti-money laundering), a comune's municipal police (number-plate
 * readers, body cams), a private language school (online app for children and teenagers), a
 * voluntary association (members' health data, donors), an online shop (soft spam, profiling,
 * analytics in the US), a research hospital (genetic biobank). Each is clean; the mistakes their offices make are each reported once.
 */
const REGISTERS: Record<string, Defect[]> = {
  banca: [
    { file: 'trattamenti/concessione-credito.yaml', from: '  garanzie: Il cliente può chiedere il riesame da parte di un analista fidi, esprimere la propria opinione e contestare la decisione (art. 22, par. 3).\n', to: '', expect: ['trattamenti/concessione-credito.yaml:31:14 error automated-decisions'] },
    { file: 'trattamenti/antiriciclaggio.yaml', from: 'norma: "D.Lgs. 231/2007, artt. 19, 24 e 25; D.Lgs. 109/2007; Codice, art. 2-octies, c. 3, lett. h"', to: 'norma: "Codice, art. 2-octies"', expect: ['trattamenti/antiriciclaggio.yaml:13:10 error criminal-norm'] },
    { file: 'trattamenti/videosorveglianza-filiali.yaml', from: 'controllo_a_distanza:\n  accordo_sindacale: Accordo con le RSA del 12 settembre 2019, aggiornato il 3 febbraio 2025\n', to: '', expect: ['trattamenti/videosorveglianza-filiali.yaml:9:36 error worker-monitoring'] },
    // The offers of third parties' products profile the customer: consent to them cannot be replaced by the soft-spam interest.
    { file: 'trattamenti/offerte-clienti.yaml', from: '      - base: 6.1.a\n        revoca: Area riservata dell\'home banking, oppure email a privacy@bccaltoadriatico.it\n', to: '      - base: 6.1.f\n        interesse: Offrire ai clienti i prodotti dei partner\n', expect: ['trattamenti/offerte-clienti.yaml:18:15 error automated-decisions'] },
    { file: 'trattamenti/antiriciclaggio.yaml', from: '  - durata: 10 anni', to: '  - durata: 20 anni', expect: ['trattamenti/antiriciclaggio.yaml:30:13 warning retention-limit'] },
  ],
  'polizia-locale': [
    { file: 'trattamenti/lettura-targhe.yaml', from: '  - durata: 7 giorni', to: '  - durata: 30 giorni', expect: ['trattamenti/lettura-targhe.yaml:26:13 error retention-limit'] },
    { file: 'trattamenti/lettura-targhe.yaml', from: '      - base: 6.1.e\n        norma: "D.Lgs. 285/1992 (Codice della strada), artt. 80, 193 e 201, c. 1-bis, lett. g-bis; Regolamento comunale per la videosorveglianza, art. 7"', to: '      - base: 6.1.f\n        interesse: Sicurezza stradale', expect: ['trattamenti/lettura-targhe.yaml:8:15 error public-legit-interest'] },
    { file: 'trattamenti/body-cam.yaml', from: '  norma: "D.Lgs. 51/2018, art. 5; c.p.p., artt. 55, 57 e 347"\n', to: '', expect: ['trattamenti/body-cam.yaml:16:1 error criminal-norm'] },
    { file: 'trattamenti/body-cam.yaml', from: 'dpia:\n  necessaria: true\n  riferimento: DPIA n. 3/2025 - Body cam\n  data: 2026-05-20', to: 'dpia:\n  necessaria: false\n  motivazione: Uso occasionale', expect: ['trattamenti/body-cam.yaml:36:1 error dpia-required'] },
  ],
  'scuola-lingue': [
    { file: 'trattamenti/app-ragazzi.yaml', from: 'consenso_genitoriale: "Il genitore crea l\'account con la propria email e conferma il consenso con un codice inviato all\'indirizzo indicato nel contratto di iscrizione"\n', to: '', expect: ['trattamenti/app-ragazzi.yaml:7:15 warning minors-consent'] },
    // The exam board is in the United Kingdom: an adequate country, but a transfer all the same.
    { file: 'trattamenti/iscrizioni.yaml', from: 'trasferimenti:\n  - paese: GB\n    destinatario: esami-cambridge\n    meccanismo: "45"\n    decisione: Decisione di esecuzione (UE) 2021/1772 (adeguatezza del Regno Unito)\n', to: 'trasferimenti: []\n', expect: ['trattamenti/iscrizioni.yaml:17:15 error record-consistency'] },
  ],
  associazione: [
    { file: 'trattamenti/soci.yaml', from: '    consenso_esplicito: true\n', to: '', expect: ['trattamenti/soci.yaml:17:17 error consent-withdrawal'] },
    { file: 'trattamenti/raccolta-fondi.yaml', from: '      - base: 6.1.a\n        revoca: Link di cancellazione in ogni email, oppure richiesta a segreteria@diabetegiovanimarche.it\n', to: '      - base: 6.1.f\n        interesse: Sostenere le attività dell\'associazione\n', expect: ['trattamenti/raccolta-fondi.yaml:13:15 warning marketing-non-customers'] },
  ],
  // A research hospital's genetic biobank of children with rare diseases, on explicit consent.
  irccs: [
    { file: 'trattamenti/biobanca.yaml', from: '    condizione: 9.2.a\n    consenso_esplicito: true\n    revoca: Modulo di revoca al Laboratorio di genetica medica; i campioni sono distrutti o resi anonimi\n', to: '    condizione: 9.2.j\n', expect: ['trattamenti/biobanca.yaml:14:17 error special-norm'] },
    { file: 'soggetti.yaml', from: '    paese: NL', to: '    paese: US', expect: ['trattamenti/biobanca.yaml:24:15 error record-consistency'] },
  ],
  ecommerce: [
    { file: 'trattamenti/marketing.yaml', from: '    interessati: [clienti]\n', to: '    interessati: [clienti, potenziali-clienti]\n', expect: ['trattamenti/marketing.yaml:10:28 warning marketing-non-customers', 'trattamenti/marketing.yaml:10:28 error record-consistency'] },
    { file: 'trattamenti/marketing.yaml', from: '      - base: 6.1.a\n        revoca: Dal banner dei cookie, sempre raggiungibile dal piè di pagina del sito, o dal proprio account\n', to: '      - base: 6.1.f\n        interesse: Conoscere i gusti dei clienti per proporre offerte mirate\n', expect: ['trattamenti/marketing.yaml:16:15 error automated-decisions', 'trattamenti/marketing.yaml:18:15 warning marketing-non-customers', 'trattamenti/marketing.yaml:18:45 warning marketing-non-customers'] },
    { file: 'soggetti.yaml', from: '    certificazione_dpf: true\n', to: '', expect: ['trattamenti/marketing.yaml:33:17 warning transfer-us-dpf'] },
  ],
};

testPlantedRegisters('registers of a bank, a municipal police, a language school, an association and an online shop', REGISTERS);
