import { afterAll, describe, expect } from 'vitest';
import { COMPANY, REGISTRO, SOGGETTI, cleanup, mensa, patch, testRuleCases, type RuleCase } from '../rule-harness.js';

/**
 * The checks an inspector of the Garante would make (issue 12): for each rule, fixtures on both
 * sides of the boundary it checks, with the exact line:col, message id and values of every finding.
 */
afterAll(cleanup);

const BASE = '      - base: 6.1.e\n        norma: "D.Lgs. 63/2017, art. 6"\n';
const basis = (text: string): [string, string] => [BASE, text];
const withRegistro = (...r: Array<[string, string]>) => patch(REGISTRO, ...r);
const RPD = 'rpd:\n  nome: Mario Rossi\n';
const transfers = (yaml: string): [string, string] => ['trasferimenti: []', `trasferimenti:\n${yaml}`];
const recordLine = (yaml: string): [string, string] => ['creato:', `${yaml}\ncreato:`];
const CCTV: Array<[string, string]> = [['interessati: [genitori, alunni]', 'interessati: [persone-riprese]'], ['dati: [identificativi, contatto]', 'dati: [immagini]']];
const retention = (durata: string, extra = ''): [string, string] => ['  - durata: 5 anni\n', `  - durata: ${durata}\n${extra}`];
const dissemination = (yaml: string): [string, string] => ['  - categoria: scuole\n', `  - categoria: diffusione\n${yaml}`];
const SUB = (extra: string) => `${SOGGETTI}  - id: hosting\n    denominazione: Hosting Ltd\n    ruolo: sub-responsabile\n    per_conto_di: software-house\n    atto: { tipo: DPA, riferimento: DPA 1 }\n${extra}`;


const cases: RuleCase[] = [
  {
    rule: 'dpo-independence',
    name: 'the DPO is the legal representative, whatever the order of the names',
    fires: { 'registro.yaml': withRegistro(['  tipo: comune\n', '  tipo: comune\n  legale_rappresentante: Dott. Rossi Mario\n']) },
    expect: [
      { at: 'registro.yaml:9:9', severity: 'error', messageId: 'rule.dpoIsLegalRepresentative', params: { name: 'Mario Rossi' } },
    ],
    silent: { 'registro.yaml': withRegistro(['  tipo: comune\n', '  tipo: comune\n  legale_rappresentante: Il Sindaco pro tempore, Maria Bianchi\n']) },
  },
  {
    rule: 'dpo-independence',
    name: 'an internal DPO who heads human resources',
    fires: { 'registro.yaml': withRegistro([RPD, `${RPD}  tipo: interno\n  ruolo_interno: Dirigente dell'Area Risorse Umane\n`]) },
    expect: [
      { at: 'registro.yaml:10:18', severity: 'error', messageId: 'rule.dpoConflict', params: { role: 'Dirigente dell\'Area Risorse Umane', position: 'responsabile del personale', position_en: 'head of human resources' } },
    ],
    // A clerk of the secretariat is not the secretary general.
    silent: { 'registro.yaml': withRegistro([RPD, `${RPD}  tipo: interno\n  ruolo_interno: Istruttore amministrativo dell'Ufficio Segreteria\n`]) },
  },
  {
    rule: 'dpo-independence',
    name: 'an internal DPO who directs the information systems, as an ASL names the office',
    fires: { 'registro.yaml': withRegistro([RPD, `${RPD}  tipo: interno\n  ruolo_interno: Direttore della UOC Sistemi Informativi Aziendali\n`]) },
    expect: [
      { at: 'registro.yaml:10:18', severity: 'error', messageId: 'rule.dpoConflict', params: { role: 'Direttore della UOC Sistemi Informativi Aziendali', position: 'responsabile dei sistemi informativi', position_en: 'head of IT' } },
    ],
    // An IT clerk decides neither purposes nor means.
    silent: { 'registro.yaml': withRegistro([RPD, `${RPD}  tipo: interno\n  ruolo_interno: Istruttore direttivo informatico\n`]) },
  },
  {
    rule: 'dpo-independence',
    name: 'an internal DPO who heads the staff office',
    fires: { 'registro.yaml': withRegistro([RPD, `${RPD}  tipo: interno\n  ruolo_interno: Dirigente del Settore Personale e Organizzazione\n`]) },
    expect: [
      { at: 'registro.yaml:10:18', severity: 'error', messageId: 'rule.dpoConflict', params: { role: 'Dirigente del Settore Personale e Organizzazione', position: 'responsabile del personale', position_en: 'head of human resources' } },
    ],
    silent: { 'registro.yaml': withRegistro([RPD, `${RPD}  tipo: interno\n  ruolo_interno: Funzionario dell'Ufficio protezione dei dati personali\n`]) },
  },
  {
    rule: 'dpo-independence',
    name: 'an external DPO who also sells the management software',
    fires: {
      'registro.yaml': withRegistro([RPD, `${RPD}  tipo: esterno\n  soggetto: software-house\n`]),
      'soggetti.yaml': patch(SOGGETTI, ['    paese: IT\n', '    paese: IT\n    servizi: Gestionale della mensa in cloud e assistenza\n']),
    },
    expect: [
      { at: 'registro.yaml:10:13', severity: 'warning', messageId: 'rule.dpoSupplier', params: { party: 'software-house', services: 'Gestionale della mensa in cloud e assistenza' } },
    ],
    silent: {
      'registro.yaml': withRegistro([RPD, `${RPD}  tipo: esterno\n  soggetto: software-house\n`]),
      'soggetti.yaml': patch(SOGGETTI, ['    paese: IT\n', '    paese: IT\n    servizi: Servizio di Responsabile della protezione dei dati\n']),
    },
  },
  {
    rule: 'processor-chain',
    name: 'an act that lapsed yesterday; a sub-processor without authorisation; one in the US with no transfer',
    fires: {
      'soggetti.yaml': patch(SOGGETTI, ['      data: 2020-01-01\n', '      data: 2020-01-01\n      scadenza: 2026-11-22\n']) + '  - id: backup-srl\n    denominazione: Backup S.r.l.\n    ruolo: sub-responsabile\n    per_conto_di: software-house\n    paese: IT\n    atto: { tipo: DPA, riferimento: DPA 2 }\n' + SUB('    paese: US\n    autorizzazione: { tipo: generale }\n').slice(SOGGETTI.length),
    },
    expect: [
      { at: 'soggetti.yaml:10:17', severity: 'error', messageId: 'rule.processorActExpired', params: { id: 'software-house', date: '2026-11-22' } },
      { at: 'soggetti.yaml:13:12', severity: 'error', messageId: 'rule.subProcessorAuthorisation', params: { id: 'backup-srl' } },
      { at: 'soggetti.yaml:22:12', severity: 'error', messageId: 'rule.subProcessorAbroad', params: { id: 'hosting', country: 'US', chain: 'software-house > hosting' } },
    ],
    // Ending today is not lapsed; a US sub-processor is fine once a record declares its transfer.
    silent: {
      'soggetti.yaml': patch(SOGGETTI, ['      data: 2020-01-01\n', '      data: 2020-01-01\n      scadenza: 2026-12-03\n']) + SUB('    paese: US\n    autorizzazione: { tipo: specifica, riferimento: Nota prot. 12/2024 }\n').slice(SOGGETTI.length),
      'trattamenti/mensa.yaml': mensa(transfers('  - paese: US\n    destinatario: hosting\n    meccanismo: 46.2.c\n    modulo_scc: P2P')),
    },
  },
  {
    rule: 'record-consistency',
    name: '"nessuno" with a transfer; a recipient in the US with no transfer; a transfer to the EEA',
    fires: {
      'soggetti.yaml': patch(SOGGETTI, ['paese: IT', 'paese: US']),
      'trattamenti/mensa.yaml': mensa(transfers('  - paese: DE')),
      'trattamenti/gite.yaml': mensa(['destinatari:\n  - soggetto: software-house\n  - categoria: scuole\n', 'destinatari: nessuno\n'], transfers('  - paese: CH\n    meccanismo: "45"')),
    },
    expect: [
      { at: 'trattamenti/gite.yaml:9:14', severity: 'error', messageId: 'rule.noneButTransfers', params: { count: 1 } },
      { at: 'trattamenti/mensa.yaml:10:15', severity: 'error', messageId: 'rule.recipientAbroad', params: { party: 'software-house', country: 'US' } },
      { at: 'trattamenti/mensa.yaml:13:12', severity: 'warning', messageId: 'rule.transferInEea', params: { country: 'DE' } },
    ],
    // Norway is in the EEA: a Norwegian processor needs no transfer.
    silent: {
      'soggetti.yaml': patch(SOGGETTI, ['paese: IT', 'paese: NO']),
      'trattamenti/gite.yaml': mensa(['  - categoria: scuole\n', '  - categoria: scuole\n  - soggetto: cloud-us\n'], transfers('  - paese: US\n    destinatario: cloud-us\n    meccanismo: 46.2.c\n    modulo_scc: C2P')),
    },
  },
  {
    rule: 'retention-limit',
    name: 'municipal CCTV over 7 days; whistleblowing over 5 years; e-mail metadata over 21 days',
    fires: {
      'trattamenti/mensa.yaml': mensa(...CCTV, retention('8 giorni')),
      'trattamenti/segnalazioni.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [segnalanti]'], retention('sei anni')),
      'trattamenti/posta.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, metadati-posta]'], ['interessati: [genitori, alunni]', 'interessati: [dipendenti]'], retention('3 mesi', '    categorie: [metadati-posta]\n')),
    },
    expect: [
      { at: 'trattamenti/mensa.yaml:14:13', severity: 'error', messageId: 'rule.retentionOverLimitUnless', params: { text: '8 giorni', limit: '7 giorni', what: 'immagini della videosorveglianza comunale per la sicurezza urbana', what_en: 'images of municipal CCTV for urban security', source: expect.stringContaining('D.L. 23 febbraio 2009, n. 11, art. 6, c. 8'), source_en: expect.stringContaining('Decree-Law 11/2009 of 23 February 2009, Art. 6(8)'), unless: 'motivata' } },
      { at: 'trattamenti/posta.yaml:14:13', severity: 'warning', messageId: 'rule.retentionOverLimitUnless', params: { text: '3 mesi', limit: '21 giorni', what: 'metadati della posta elettronica dei dipendenti', what_en: 'employees\' e-mail metadata', source: expect.stringContaining('6 giugno 2024, doc. web n. 10026277'), source_en: expect.stringContaining('6 June 2024, web doc. no. 10026277'), unless: 'accordo-art4' } },
      { at: 'trattamenti/segnalazioni.yaml:14:13', severity: 'error', messageId: 'rule.retentionOverLimit', params: { text: 'sei anni', limit: '5 anni', what: 'segnalazioni di illeciti e relativa documentazione', what_en: 'whistleblowing reports and their documentation', source: expect.stringContaining('D.Lgs. 10 marzo 2023, n. 24, art. 14, c. 1'), source_en: expect.stringContaining('Legislative Decree 24/2023 of 10 March 2023, Art. 14(1)'), unless: '' } },
    ],
    silent: {
      'trattamenti/mensa.yaml': mensa(...CCTV, retention('7 giorni')),
      'trattamenti/segnalazioni.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [segnalanti]'], retention('5 anni')),
      // Longer than 21 days with the union agreement; other data of the record kept longer.
      'trattamenti/posta.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, metadati-posta]'], retention('3 mesi', '    categorie: [metadati-posta]\n'), recordLine('controllo_a_distanza:\n  accordo_sindacale: Accordo con la RSU del 3 marzo 2025')),
      'trattamenti/anagrafe.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, metadati-posta]'], retention('10 anni', '    categorie: [identificativi]\n')),
    },
  },
  {
    rule: 'retention-limit',
    name: "a company's CCTV over 72 hours without a documented reason",
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(...CCTV, retention('4 giorni')) },
    expect: [
      { at: 'trattamenti/mensa.yaml:14:13', severity: 'warning', messageId: 'rule.retentionOverLimitUnless', params: { text: '4 giorni', limit: '72 ore', what: 'immagini della videosorveglianza', what_en: 'CCTV images', source: expect.stringContaining('EDPB, Linee guida 3/2019'), source_en: expect.stringContaining('EDPB Guidelines 3/2019'), unless: 'motivata' } },
    ],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(...CCTV, retention('5 giorni', '    deroga: Chiusura del negozio nei fine settimana e nei ponti festivi\n')) },
  },
  {
    rule: 'public-dissemination',
    name: 'no norm; beneficiaries in hardship by name; criminal data; published for ever',
    fires: {
      'trattamenti/mensa.yaml': mensa(dissemination('')),
      'trattamenti/sussidi.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [beneficiari-sussidi]'], dissemination('    norma: "D.Lgs. 33/2013, art. 26"\n    dati: [identificativi]\n    durata_pubblicazione: permanente\n')),
      'trattamenti/gare.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_giudiziari:\n  descrizione: Esclusioni\n  norma: "D.Lgs. 36/2023, art. 94"'], dissemination('    norma: "D.Lgs. 33/2013, art. 37"\n    durata_pubblicazione: 15 giorni\n')),
    },
    expect: [
      { at: 'trattamenti/gare.yaml:14:16', severity: 'warning', messageId: 'rule.disseminationSensitive', params: { terms: 'giudiziari' } },
      { at: 'trattamenti/mensa.yaml:11:16', severity: 'error', messageId: 'rule.disseminationNorm' },
      { at: 'trattamenti/mensa.yaml:11:16', severity: 'warning', messageId: 'rule.publicationPeriodMissing' },
      { at: 'trattamenti/sussidi.yaml:11:16', severity: 'error', messageId: 'rule.disseminationHardship', params: { terms: 'beneficiari-sussidi' } },
      { at: 'trattamenti/sussidi.yaml:14:27', severity: 'warning', messageId: 'rule.publicationPeriodLong', params: { text: 'permanente', limit: '5 anni' } },
    ],
    // Amounts without names do not identify; a company is not bound by Codice 2-ter.
    silent: {
      'trattamenti/sussidi.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [beneficiari-sussidi]'], ['dati: [identificativi, contatto]', 'dati: [identificativi, economici]'], dissemination('    descrizione: Importi per fascia ISEE (D.Lgs. 33/2013, art. 27)\n    dati: [economici]\n    durata_pubblicazione: 5 anni\n')),
    },
  },
  {
    rule: 'public-dissemination',
    name: 'photos a school publishes on consent alone: no norm asked, the publication period still is',
    fires: { 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Modulo in segreteria\n'), dissemination('    dati: [immagini]\n')) },
    expect: [{ at: 'trattamenti/mensa.yaml:11:16', severity: 'warning', messageId: 'rule.publicationPeriodMissing' }],
    silent: { 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Modulo in segreteria\n'), dissemination('    dati: [immagini]\n    durata_pubblicazione: 1 anno\n')) },
  },
  {
    rule: 'public-dissemination',
    name: 'a company publishing is not a public body',
    fires: { 'trattamenti/mensa.yaml': mensa(dissemination('    durata_pubblicazione: 15 giorni\n')) },
    expect: [
      { at: 'trattamenti/mensa.yaml:11:16', severity: 'error', messageId: 'rule.disseminationNorm' },
    ],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(dissemination('')) },
  },
  {
    rule: 'repealed-norm',
    name: 'Codice art. 22 before 2018, L. 675/1996, Privacy Shield, the DPS',
    fires: {
      'trattamenti/mensa.yaml': mensa(
        basis('      - base: 6.1.e\n        norma: "D.Lgs. 63/2017, art. 6; D.Lgs. 196/2003, artt. 18 e 22"\n      - base: 6.1.c\n        norma: L. 675/1996\n'),
        transfers('  - paese: US\n    meccanismo: "45"\n    decisione: Privacy Shield UE-USA'),
        ['misure: [credenziali-individuali, backup]', 'misure: [credenziali-individuali, backup]\nmisure_documento: DPS aggiornato al 2011'],
      ),
    },
    expect: [
      { at: 'trattamenti/mensa.yaml:17:16', severity: 'error', messageId: 'rule.repealedNorm', params: { norm: 'Decisione di esecuzione (UE) 2016/1250 (Privacy Shield UE-USA)', norm_en: 'Implementing Decision (EU) 2016/1250 (EU-US Privacy Shield)', by: 'Corte di giustizia UE, sentenza del 16 luglio 2020, causa C-311/18 (Schrems II), che l\'ha dichiarata invalida', by_en: 'Court of Justice of the EU, judgment of 16 July 2020, case C-311/18 (Schrems II), which declared it invalid', since: '2020-07-16', instead: 'Decisione di esecuzione (UE) 2023/1795 (EU-US Data Privacy Framework), solo per le organizzazioni certificate', instead_en: 'Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework), for certified organisations only' } },
      { at: 'trattamenti/mensa.yaml:23:19', severity: 'error', messageId: 'rule.repealedNorm', params: { norm: 'Documento programmatico sulla sicurezza (DPS)', norm_en: 'Security planning document (DPS)', by: 'D.L. 9 febbraio 2012, n. 5, art. 45 (conv. L. 35/2012)', by_en: 'Decree-Law 5 of 9 February 2012, Art. 45 (converted by Law 35/2012)', since: '2012-02-10', instead: 'Reg. (UE) 2016/679, artt. 24 e 32', instead_en: 'Regulation (EU) 2016/679, Arts 24 and 32' } },
      { at: 'trattamenti/mensa.yaml:6:16', severity: 'error', messageId: 'rule.repealedNorm', params: { norm: 'D.Lgs. 196/2003 nel testo anteriore al D.Lgs. 101/2018', norm_en: 'Legislative Decree 196/2003 as it stood before Legislative Decree 101/2018', by: 'D.Lgs. 10 agosto 2018, n. 101, art. 27', by_en: 'Legislative Decree 101 of 10 August 2018, Art. 27', since: '2018-09-19', instead: 'Reg. (UE) 2016/679 e Codice, artt. 2-ter, 2-sexies, 2-octies', instead_en: 'Regulation (EU) 2016/679 and the Codice, Arts 2-ter, 2-sexies and 2-octies' } },
      { at: 'trattamenti/mensa.yaml:8:16', severity: 'error', messageId: 'rule.repealedNorm', params: { norm: 'L. 31 dicembre 1996, n. 675', norm_en: 'Law 675/1996', by: 'D.Lgs. 30 giugno 2003, n. 196, art. 183', by_en: 'Legislative Decree 196 of 30 June 2003, Art. 183', since: '2004-01-01', instead: 'Reg. (UE) 2016/679 e D.Lgs. 196/2003 come modificato', instead_en: 'Regulation (EU) 2016/679 and Legislative Decree 196/2003 as amended' } },
    ],
    // The Codice as amended in 2018, the Data Privacy Framework, AgID's minimum ICT measures.
    silent: {
      'trattamenti/mensa.yaml': mensa(
        basis('      - base: 6.1.e\n        norma: "D.Lgs. 196/2003, art. 2-sexies, c. 2, lett. bb; D.Lgs. 196/2003, art. 2-ter"\n'),
        transfers('  - paese: US\n    meccanismo: "45"\n    decisione: Decisione di esecuzione (UE) 2023/1795'),
        ['misure: [credenziali-individuali, backup]', 'misure: [credenziali-individuali, backup]\nmisure_documento: Circolare AgID 2/2017, Misure minime di sicurezza ICT'],
      ),
    },
  },
  {
    rule: 'basis-norm',
    name: 'a public task "laid down" by the GDPR itself',
    fires: { 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.e\n        norma: "Art. 6, par. 1, lett. e) del Regolamento (UE) 2016/679"\n')) },
    expect: [
      { at: 'trattamenti/mensa.yaml:6:16', severity: 'error', messageId: 'rule.basisNormGdpr', params: { base: '6.1.e', norm: 'Art. 6, par. 1, lett. e) del Regolamento (UE) 2016/679' } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.e\n        norma: "Regolamento (UE) 2016/679, art. 6; D.Lgs. 63/2017, art. 6"\n')) },
  },
  {
    rule: 'special-norm',
    name: '9.2.b and 9.2.h also need their norm',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.b\n  - categoria: salute\n    condizione: 9.2.h']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:11:17', severity: 'error', messageId: 'rule.specialNormCondition', params: { term: 'salute', condition: '9.2.b', letter: 'b', which: 'la norma di legge o il contratto collettivo che prevede il trattamento', which_en: 'the law or collective agreement that provides for the processing' } },
      { at: 'trattamenti/mensa.yaml:13:17', severity: 'error', messageId: 'rule.specialNormCondition', params: { term: 'salute', condition: '9.2.h', letter: 'h', which: expect.stringContaining('contratto con il professionista sanitario'), which_en: expect.stringContaining('health professional') } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.h\n    norma: "D.Lgs. 81/2008, art. 41"\n  - categoria: salute\n    condizione: 9.2.f']) },
  },
  {
    rule: 'worker-monitoring',
    name: 'cameras that film employees; a work-tool claim does not cover cameras',
    fires: { 'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [persone-riprese, dipendenti]'], ['dati: [identificativi, contatto]', 'dati: [immagini]'], recordLine('controllo_a_distanza:\n  strumento_di_lavoro: true')) },
    expect: [
      { at: 'trattamenti/mensa.yaml:7:32', severity: 'error', messageId: 'rule.workerCameras', params: { term: 'dipendenti' } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [persone-riprese, dipendenti]'], ['dati: [identificativi, contatto]', 'dati: [immagini]'], recordLine('controllo_a_distanza:\n  autorizzazione_ispettorato: ITL Viterbo, provv. n. 55/2025')) },
  },
  {
    rule: 'worker-monitoring',
    name: 'geolocation of employees, unless it is the work tool itself',
    fires: { 'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [dipendenti]'], ['dati: [identificativi, contatto]', 'dati: [identificativi, localizzazione]']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:7:15', severity: 'error', messageId: 'rule.workerTracking', params: { term: 'dipendenti' } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [dipendenti]'], ['dati: [identificativi, contatto]', 'dati: [identificativi, localizzazione]'], recordLine('controllo_a_distanza:\n  strumento_di_lavoro: true')) },
  },
  {
    rule: 'worker-monitoring',
    name: 'cameras in a school while it is open',
    fires: { 'registro.yaml': withRegistro(['tipo: comune', 'tipo: scuola']), 'trattamenti/mensa.yaml': mensa(...CCTV) },
    expect: [
      { at: 'trattamenti/mensa.yaml:7:15', severity: 'error', messageId: 'rule.schoolCameras' },
    ],
    silent: { 'registro.yaml': withRegistro(['tipo: comune', 'tipo: scuola']), 'trattamenti/mensa.yaml': mensa(...CCTV, recordLine('controllo_a_distanza:\n  solo_fuori_orario_scolastico: true')) },
  },
  {
    rule: 'automated-decisions',
    name: 'no art. 22(2) ground; 22.2.b without its norm; 22.2.c without safeguards; special data under 9.2.h',
    fires: {
      'registro.yaml': COMPANY,
      'trattamenti/mensa.yaml': mensa(recordLine('decisioni_automatizzate:\n  presenti: true')),
      'trattamenti/punteggi.yaml': mensa(recordLine('decisioni_automatizzate:\n  presenti: true\n  eccezione: 22.2.b')),
      'trattamenti/credito.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.h\n    norma: "L. 833/1978"'], recordLine('decisioni_automatizzate:\n  presenti: true\n  eccezione: 22.2.c')),
    },
    expect: [
      { at: 'trattamenti/credito.yaml:11:17', severity: 'error', messageId: 'rule.automatedSpecial', params: { term: 'salute', condition: '9.2.h' } },
      { at: 'trattamenti/credito.yaml:24:14', severity: 'error', messageId: 'rule.automatedSafeguards', params: { ground: '22.2.c' } },
      { at: 'trattamenti/mensa.yaml:19:13', severity: 'error', messageId: 'rule.automatedGround' },
      { at: 'trattamenti/punteggi.yaml:20:14', severity: 'error', messageId: 'rule.automatedNorm' },
    ],
    silent: {
      'registro.yaml': COMPANY,
      'trattamenti/mensa.yaml': mensa(recordLine('decisioni_automatizzate:\n  presenti: true\n  eccezione: 22.2.a\n  garanzie: Revisione umana su richiesta entro 5 giorni')),
      'trattamenti/punteggi.yaml': mensa(recordLine('decisioni_automatizzate:\n  presenti: false')),
    },
  },
  {
    rule: 'automated-decisions',
    name: 'profiling for marketing without consent',
    fires: {
      'registro.yaml': COMPANY,
      'trattamenti/offerte.yaml': mensa(basis("      - base: 6.1.f\n        interesse: Offerte ai clienti\n"), ['Iscrizione alla mensa scolastica e riscossione delle tariffe', 'Invio di offerte commerciali personalizzate ai clienti'], recordLine('profilazione: true')),
    },
    expect: [{ at: 'trattamenti/offerte.yaml:18:15', severity: 'error', messageId: 'rule.marketingProfilingConsent' }],
    silent: {
      'registro.yaml': COMPANY,
      'trattamenti/mensa.yaml': mensa(basis("      - base: 6.1.f\n        interesse: Offerte ai clienti già acquisiti (Codice, art. 130, c. 4)\n"), recordLine('marketing_diretto: true')),
      'trattamenti/offerte.yaml': mensa(basis("      - base: 6.1.a\n        revoca: Link in ogni email\n"), ['Iscrizione alla mensa scolastica e riscossione delle tariffe', 'Invio di offerte commerciali personalizzate ai clienti'], recordLine('profilazione: true')),
    },
  },
  {
    rule: 'marketing-non-customers',
    name: 'offers on legitimate interest to prospects, beside a newsletter on consent: each purpose by its own bases',
    fires: {
      'registro.yaml': COMPANY,
      'trattamenti/mensa.yaml': mensa(
        basis("      - base: 6.1.a\n        revoca: Link in ogni email\n  - descrizione: Invio di offerte commerciali\n    basi_giuridiche:\n      - base: 6.1.f\n        interesse: Acquisire nuovi clienti\n"),
        ['interessati: [genitori, alunni]', 'interessati: [clienti, potenziali-clienti]'],
      ),
    },
    expect: [{ at: 'trattamenti/mensa.yaml:11:24', severity: 'warning', messageId: 'rule.marketingNotCustomers', params: { term: 'potenziali-clienti' } }],
    silent: {
      'registro.yaml': COMPANY,
      'trattamenti/mensa.yaml': mensa(
        basis("      - base: 6.1.a\n        revoca: Link in ogni email\n  - descrizione: Invio di offerte commerciali\n    basi_giuridiche:\n      - base: 6.1.f\n        interesse: Offerte di prodotti analoghi ai clienti (Codice, art. 130, c. 4)\n"),
        ['interessati: [genitori, alunni]', 'interessati: [clienti]'],
      ),
    },
  },
  {
    rule: 'notice-rights',
    name: 'a marketing notice (own template) without the objection: said in the words of art. 21, the other missing rights apart',
    fires: {
      // The built-in notices offer the objection to marketing: only a template of one's own can leave it out.
      'registro.yaml': `${COMPANY}opzioni:\n  informativa:\n    modelli: modelli\n`,
      'modelli/partials/diritti.hbs': '<section><h2>I tuoi diritti</h2><p>Scrivi al titolare.</p></section>',
      'trattamenti/mensa.yaml': mensa(basis("      - base: 6.1.a\n        revoca: Link in ogni email\n"), recordLine('marketing_diretto: true')),
    },
    expect: [
      { at: 'servizi/mensa.yaml:2:1', severity: 'error', messageId: 'rule.marketingObjection', params: { service: 'mensa', records: 'mensa' } },
      { at: 'servizi/mensa.yaml:2:1', severity: 'error', messageId: 'rule.noticeRights', params: { service: 'mensa', missing: 'accesso, rettifica, cancellazione, limitazione, reclamo, portabilita, revoca', extra: '' } },
    ],
    silent: {
      'registro.yaml': COMPANY,
      'trattamenti/mensa.yaml': mensa(basis("      - base: 6.1.a\n        revoca: Link in ogni email\n"), recordLine('marketing_diretto: true')),
    },
  },
  {
    rule: 'notice-complete',
    name: 'a transfer under standard clauses needs the way to get a copy of them; an adequacy decision and a derogation do not (art. 13, par. 1, lett. f))',
    fires: { 'trattamenti/mensa.yaml': mensa(transfers('  - paese: IN\n    meccanismo: "46.2.c"\n    garanzie: Clausole contrattuali tipo 2021/914, modulo 2')) },
    // The line names nobody either (no destinatario, no recipient of the record in India): said apart, as a warning.
    expect: [
      { at: 'trattamenti/mensa.yaml:13:5', severity: 'error', messageId: 'rule.noticeTransferCopy', params: { service: 'mensa' } },
      { at: 'trattamenti/mensa.yaml:13:5', severity: 'warning', messageId: 'rule.noticeTransferRecipient', params: { service: 'mensa' } },
    ],
    silent: {
      'soggetti.yaml': `${SOGGETTI}  - id: servizi-ch\n    denominazione: Servizi Svizzeri SA\n    ruolo: destinatario\n    paese: CH\n  - id: ospedale-boston\n    denominazione: Boston General Hospital\n    ruolo: destinatario\n    paese: US\n`,
      'trattamenti/mensa.yaml': mensa(transfers('  - paese: CH\n    destinatario: servizi-ch\n    meccanismo: "45"\n  - paese: US\n    meccanismo: "49.1.a"\n    destinatario: ospedale-boston')),
    },
  },
  {
    rule: 'purpose-generic',
    name: 'the stock purpose in other words; a concrete purpose is not flagged',
    fires: { 'trattamenti/mensa.yaml': mensa(['Iscrizione alla mensa scolastica e riscossione delle tariffe', "Svolgimento delle funzioni istituzionali proprie dell'ente"]) },
    expect: [
      { at: 'trattamenti/mensa.yaml:3:18', severity: 'warning', messageId: 'rule.purposeGeneric', params: { text: 'Svolgimento delle funzioni istituzionali proprie dell\'ente', min: 5 } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['Iscrizione alla mensa scolastica e riscossione delle tariffe', "Gestione delle funzioni di iscrizione e pagamento della mensa dell'ente"]) },
  },
  {
    rule: 'measures-missing',
    name: 'measures that only restate art. 32, in any wording',
    fires: { 'trattamenti/mensa.yaml': mensa(['misure: [credenziali-individuali, backup]', 'misure_descrizione: Il trattamento avviene nel rispetto delle misure di sicurezza adeguate previste dal GDPR (art. 32)']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:17:21', severity: 'error', messageId: 'rule.measuresBoilerplate', params: { text: 'Il trattamento avviene nel rispetto delle misure di sicurezza adeguate previste dal GDPR (art. 32)' } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['misure: [credenziali-individuali, backup]', 'misure_descrizione: Misure adeguate ai sensi dell\'art. 32, tra cui accesso con credenziali individuali e backup notturno cifrato']) },
  },
  {
    rule: 'retention-vague',
    name: '"until the purposes are achieved" in other words',
    fires: { 'trattamenti/mensa.yaml': mensa(['  - durata: 5 anni\n    decorrenza: dalla fine dell\'anno scolastico\n', '  - criterio: Fino al raggiungimento degli scopi per i quali i dati sono stati raccolti\n']) },
    expect: [
      { at: 'trattamenti/mensa.yaml:14:15', severity: 'warning', messageId: 'rule.retentionNoNumber', params: { text: 'Fino al raggiungimento degli scopi per i quali i dati sono stati raccolti' } },
    ],
    silent: { 'trattamenti/mensa.yaml': mensa(['  - durata: 5 anni\n    decorrenza: dalla fine dell\'anno scolastico\n', '  - criterio: Fino alla chiusura del procedimento di iscrizione e poi secondo il piano\n']) },
  },
];

describe('the checks an inspector of the Garante would make', () => {
  testRuleCases(cases);
});
