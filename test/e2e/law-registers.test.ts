import { testPlantedRegisters, type Defect } from '../planted-registers.js';

/**
 * Registers written the way a school, an ASL, a comune and a company write them (test/fixtures/law):
 * the correct version gives no finding at all; with defects planted, each is reported by the
 * right rule at its place, and nothing else is.
 */
const REGISTERS: Record<string, Defect[]> = {
  scuola: [
    { file: 'registro.yaml', from: '  nome: Data Guard Scuole S.r.l.\n  tipo: esterno\n  soggetto: data-guard\n', to: '  nome: Anna Ferraro\n  tipo: interno\n  ruolo_interno: Dirigente scolastico\n', expect: ['registro.yaml:13:9 error dpo-independence'] },
    { file: 'trattamenti/videosorveglianza.yaml', from: '  solo_fuori_orario_scolastico: true\n', to: '', expect: ['trattamenti/videosorveglianza.yaml:7:15 error worker-monitoring'] },
    { file: 'soggetti.yaml', from: 'data: 2023-09-01, scadenza: 2027-08-31', to: 'data: 2023-09-01, scadenza: 2026-08-31', expect: ['soggetti.yaml:13:116 error processor-chain'] },
    { file: 'trattamenti/alunni.yaml', from: '"D.Lgs. 297/1994; D.P.R. 275/1999; D.Lgs. 62/2017"', to: '"D.Lgs. 297/1994; D.Lgs. 196/2003, art. 20"', expect: ['trattamenti/alunni.yaml:6:16 error repealed-norm'] },
    { file: 'trattamenti/personale.yaml', from: '    norma: "D.Lgs. 81/2008, art. 41 (giudizio di idoneità del medico competente)"\n', to: '', expect: ['trattamenti/personale.yaml:19:17 error special-norm'] },
    { file: 'trattamenti/alunni.yaml', from: 'Inclusione scolastica degli alunni con disabilità e piano educativo individualizzato', to: 'Svolgimento dei compiti istituzionali attribuiti alla scuola dalla normativa vigente', expect: ['trattamenti/alunni.yaml:7:18 warning purpose-generic'] },
  ],
  asl: [
    { file: 'trattamenti/segnalazioni.yaml', from: '  - durata: 5 anni', to: '  - durata: 10 anni', expect: ['trattamenti/segnalazioni.yaml:18:13 error retention-limit'] },
    { file: 'trattamenti/contributi-disabili.yaml', from: '    dati: [economici]\n', to: '    dati: [identificativi, economici]\n', expect: ['trattamenti/contributi-disabili.yaml:14:16 error public-dissemination'] },
    { file: 'trattamenti/posta-elettronica.yaml', from: '  - durata: 21 giorni', to: '  - durata: 90 giorni', expect: ['trattamenti/posta-elettronica.yaml:17:13 warning retention-limit'] },
    { file: 'trattamenti/assistenza.yaml', from: 'decisione: Decisione di esecuzione (UE) 2023/1795', to: 'decisione: Privacy Shield (Decisione 2016/1250)', expect: ['trattamenti/assistenza.yaml:28:16 error repealed-norm'] },
    { file: 'trattamenti/posta-elettronica.yaml', from: 'misure_descrizione: Caselle protette da autenticazione a due fattori, filtri antispam e antimalware sul gateway, cifratura TLS dei collegamenti tra server', to: 'misure_descrizione: Misure tecniche e organizzative adeguate a garantire un livello di sicurezza adeguato al rischio', expect: ['trattamenti/posta-elettronica.yaml:21:21 error measures-missing'] },
    { file: 'trattamenti/assistenza.yaml', from: 'misure: [', to: 'decisioni_automatizzate:\n  presenti: true\n  logica: Priorità di accesso calcolata dal triage\nmisure: [', expect: ['trattamenti/assistenza.yaml:35:13 error automated-decisions', 'trattamenti/assistenza.yaml:11:17 error automated-decisions'] },
    { file: 'trattamenti/contributi-disabili.yaml', from: '    norma: "L. 328/2000; Codice, art. 2-sexies, c. 2, lett. s"\n', to: '', expect: ['trattamenti/contributi-disabili.yaml:11:17 error special-norm'] },
    { file: 'registro.yaml', from: '  ruolo_interno: Dirigente amministrativo in staff alla Direzione, Ufficio del Responsabile della protezione dei dati\n', to: '  ruolo_interno: Direttore amministrativo\n', expect: ['registro.yaml:14:18 error dpo-independence'] },
  ],
  azienda: [
    { file: 'trattamenti/newsletter.yaml', from: '      - base: 6.1.a\n        revoca: Link di cancellazione in ogni email o richiesta a privacy@casadelgusto.it\n', to: '      - base: 6.1.f\n        interesse: Vendita diretta di prodotti analoghi ai clienti (Codice, art. 130, c. 4)\n', expect: [] },
    { file: 'trattamenti/newsletter.yaml', from: '      - base: 6.1.a\n        revoca: Area personale del sito, sezione preferenze\n', to: '      - base: 6.1.f\n        interesse: Offerte mirate ai clienti abituali\n', expect: ['trattamenti/newsletter.yaml:14:15 error automated-decisions', 'trattamenti/newsletter.yaml:11:15 warning marketing-non-customers'] },
    { file: 'trattamenti/videosorveglianza.yaml', from: 'controllo_a_distanza:\n  accordo_sindacale: Accordo con la RSA del 10 marzo 2024\n', to: '', expect: ['trattamenti/videosorveglianza.yaml:7:32 error worker-monitoring'] },
    { file: 'trattamenti/videosorveglianza.yaml', from: '  - durata: 72 ore', to: '  - durata: 10 giorni', expect: ['trattamenti/videosorveglianza.yaml:13:13 warning retention-limit'] },
    { file: 'soggetti.yaml', from: '  - id: corriere\n', to: '  - id: statistiche\n    denominazione: WebStats LLC\n    ruolo: destinatario\n    paese: US\n  - id: corriere\n', expect: [] },
    { file: 'trattamenti/ordini.yaml', from: '  - soggetto: pagamenti\n', to: '  - soggetto: pagamenti\n  - soggetto: statistiche\n', expect: ['trattamenti/ordini.yaml:16:15 error record-consistency'] },
    { file: 'registro.yaml', from: '  nome: Privacy Nordest S.r.l.\n  tipo: esterno\n  soggetto: privacy-nordest\n', to: '  nome: Luca Zanetti\n', expect: ['registro.yaml:13:9 error dpo-independence'] },
    { file: 'soggetti.yaml', from: '    autorizzazione: { tipo: generale, riferimento: "DPA ShopCloud v3, allegato 3", data: 2023-03-01 }\n', to: '', expect: ['soggetti.yaml:16:12 error processor-chain'] },
    { file: 'trattamenti/newsletter.yaml', from: 'decisione: Decisione di esecuzione (UE) 2023/1795 (EU-US Data Privacy Framework)', to: 'decisione: Safe Harbour', expect: ['trattamenti/newsletter.yaml:22:16 error repealed-norm'] },
    { file: 'trattamenti/ordini.yaml', from: 'Fatturazione e tenuta delle scritture contabili', to: "Gestione degli adempimenti di legge connessi allo svolgimento dell'attività aziendale", expect: ['trattamenti/ordini.yaml:6:18 warning purpose-generic'] },
  ],
  // A small company with an online shop, a newsletter and offers to customers (Codice, art. 130, c. 4).
  negozio: [
    { file: 'trattamenti/ordini.yaml', from: '  - durata: 26 mesi\n    decorrenza: dalla consegna (garanzia legale di conformità)', to: "  - criterio: Per il tempo necessario all'espletamento del servizio", expect: ['trattamenti/ordini.yaml:47:15 warning retention-vague'] },
    { file: 'trattamenti/ordini.yaml', from: '    modulo_scc: C2P\n', to: '', expect: ['trattamenti/ordini.yaml:39:17 error transfer-old-scc'] },
  ],
  // A comune with CCTV, number-plate readers and camera traps, jointly with its Unione and the Prefettura.
  'comune-video': [
    { file: 'soggetti.yaml', from: '    contatti:\n      pec: protocollo.prefav@pec.interno.it\n', to: '', expect: ['soggetti.yaml:22:12 error joint-controller'] },
    { file: 'trattamenti/videosorveglianza.yaml', from: '  - durata: 7 giorni', to: '  - durata: 30 giorni', expect: ['trattamenti/videosorveglianza.yaml:30:13 error retention-limit'] },
  ],
  // An ASL's cancer screening (data from the regional register of patients) and a clinical study on consent.
  'asl-screening': [
    { file: 'trattamenti/screening.yaml', from: 'fonte:\n  descrizione: Anagrafe regionale degli assistiti della Regione Toscana (nome, indirizzo, età, medico di famiglia)\n  pubblica: false\n', to: '', expect: ['trattamenti/screening.yaml:16:11 error notice-complete'] },
  ],
  // An individual gynaecologist: patients' health and genetic data (recital 91: not large scale, no DPIA mandatory).
  'studio-medico': [
    { file: 'registro.yaml', from: '  tipo: professionista\n', to: '  tipo: impresa\n', expect: ['trattamenti/pazienti.yaml:1:1 error dpia-required'] },
    { file: 'trattamenti/pazienti.yaml', from: '    norma: "Art. 9, par. 3, del Regolamento; Codice, art. 2-septies (test prenatali e di screening)"\n', to: '', expect: ['trattamenti/pazienti.yaml:11:17 error special-norm'] },
  ],
  // A university hospital: inpatient records kept "illimitata" (Circolare Min. Sanità 61/1986), the FSE, reports online on consent, a study without consent (Codice, art. 110).
  ospedale: [
    { file: 'trattamenti/fse.yaml', from: 'dpia:\n  necessaria: true\n  riferimento: DPIA n. 5/2024 - FSE 2.0\n  data: 2026-10-20\n', to: '', expect: ['trattamenti/fse.yaml:1:1 error dpia-required'] },
    { file: 'trattamenti/refertazione-online.yaml', from: '    revoca: Area personale del portale, sezione consensi, o richiesta allo sportello CUP\n', to: '', expect: ['trattamenti/refertazione-online.yaml:12:17 error consent-withdrawal'] },
    { file: 'trattamenti/studio-retrospettivo.yaml', from: 'dpia:\n  necessaria: true\n  riferimento: DPIA n. 9/2026 - Studio esiti cardiochirurgia, pubblicata nella sezione Privacy del sito\n  data: 2026-10-20\n', to: '', expect: ['trattamenti/studio-retrospettivo.yaml:1:1 error dpia-required'] },
  ],
  // A haulage company that locates its vans (L. 300/1970, art. 4, c. 1) and clocks its technicians in by app (c. 2).
  logistica: [
    { file: 'trattamenti/geolocalizzazione.yaml', from: 'controllo_a_distanza:\n  accordo_sindacale: Accordo con la RSU del 15 aprile 2024\n', to: '', expect: ['trattamenti/geolocalizzazione.yaml:9:15 error worker-monitoring'] },
    { file: 'trattamenti/app-presenze.yaml', from: 'dpia:\n  necessaria: true\n  riferimento: DPIA 2025/1 - App di timbratura\n  data: 2026-11-10\n', to: '', expect: ['trattamenti/app-presenze.yaml:1:1 error dpia-required'] },
  ],
  // A state school with Google Workspace for Education and a counselling desk on the parents' consent.
  'scuola-digitale': [
    { file: 'soggetti.yaml', from: '    certificazione_dpf: true\n', to: '', expect: ['trattamenti/didattica-digitale.yaml:22:17 warning transfer-us-dpf'] },
    { file: 'trattamenti/sportello-ascolto.yaml', from: '    consenso_esplicito: true\n', to: '', expect: ['trattamenti/sportello-ascolto.yaml:13:17 error consent-withdrawal'] },
  ],
};

testPlantedRegisters('realistic registers of schools, ASLs, comuni and companies', REGISTERS);
