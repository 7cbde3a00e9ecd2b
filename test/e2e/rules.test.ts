import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRegister } from '../../src/validate/validate-register.js';
import { MINIMAL, registerWith, remove } from '../helpers.js';

/**
 * One fixture where each rule fires (rule id, severity, exact line:col) and one where it must
 * stay silent. Each case patches the minimal register, which is clean.
 */
const MENSA = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
const REGISTRO = readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8');
const SOGGETTI = readFileSync(join(MINIMAL, 'soggetti.yaml'), 'utf8');
const COMPANY = REGISTRO.replace('ente_pubblico: true', 'ente_pubblico: false').replace('tipo: comune', 'tipo: impresa');

/** The minimal activity with some lines replaced: [old, new] pairs. */
function mensa(...replacements: Array<[string, string]>): string {
  let text = MENSA;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
    text = text.replace(from, to);
  }
  return text;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

async function findings(rule: string, files: Record<string, string>): Promise<string[]> {
  const dir = registerWith(files);
  dirs.push(dir);
  const { diagnostics } = await validateRegister(dir, dir, '2026-12-01');
  return diagnostics
    .filter((d) => d.ruleId === rule && !d.suppressed)
    .map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.severity}`)
    .sort();
}

const BASE_LINE = ['      - base: 6.1.e\n        norma: "D.Lgs. 63/2017, art. 6"\n'] as const;
const basis = (text: string): [string, string] => [BASE_LINE[0], text];

interface Case {
  rule: string;
  fires: Record<string, string>;
  at: string[];
  silent: Record<string, string>;
}

const cases: Case[] = [
  {
    rule: 'controller-contacts',
    fires: { 'registro.yaml': REGISTRO.replace('  contatti:\n    pec: protocollo@pec.comune.prova.it\n', '') },
    at: ['registro.yaml:1:1 error'],
    silent: { 'registro.yaml': REGISTRO },
  },
  {
    rule: 'public-body-dpo',
    fires: { 'registro.yaml': REGISTRO.replace('rpd:\n  nome: Mario Rossi\n  contatti:\n    email: rpd@comune.prova.it\n', '') },
    at: ['registro.yaml:1:1 error'],
    // A company with no DPO: the rule is for public bodies.
    silent: { 'registro.yaml': COMPANY.replace('rpd:\n  nome: Mario Rossi\n  contatti:\n    email: rpd@comune.prova.it\n', '') },
  },
  {
    rule: 'purpose-missing',
    fires: { 'trattamenti/mensa.yaml': mensa(['finalita:\n  - descrizione: Iscrizione alla mensa scolastica e riscossione delle tariffe\n    basi_giuridiche:\n' + BASE_LINE[0], 'finalita: []\n']) },
    at: ['trattamenti/mensa.yaml:2:1 error'],
    silent: {},
  },
  {
    rule: 'purpose-generic',
    fires: { 'trattamenti/mensa.yaml': mensa(['Iscrizione alla mensa scolastica e riscossione delle tariffe', 'Finalità istituzionali']) },
    at: ['trattamenti/mensa.yaml:3:18 warning'],
    silent: {},
  },
  {
    rule: 'subjects-and-data',
    fires: { 'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: []'], ['dati: [identificativi, contatto]\n', '']) },
    at: ['trattamenti/mensa.yaml:1:1 error', 'trattamenti/mensa.yaml:7:1 error'],
    silent: {},
  },
  {
    rule: 'recipients-missing',
    fires: { 'trattamenti/mensa.yaml': mensa(['destinatari:\n  - soggetto: software-house\n  - categoria: scuole\n', 'destinatari: []\n']) },
    at: ['trattamenti/mensa.yaml:9:1 error'],
    // An explicit "none" is an answer.
    silent: { 'trattamenti/mensa.yaml': mensa(['destinatari:\n  - soggetto: software-house\n  - categoria: scuole\n', 'destinatari: nessuno\n']) },
  },
  {
    rule: 'measures-missing',
    fires: { 'trattamenti/mensa.yaml': mensa(['misure: [credenziali-individuali, backup]', 'misure_descrizione: Misure adeguate']) },
    at: ['trattamenti/mensa.yaml:17:21 error'],
    silent: { 'trattamenti/mensa.yaml': mensa(['misure: [credenziali-individuali, backup]', "misure_documento: Piano della sicurezza dell'ente"]) },
  },
  {
    rule: 'processor-register',
    fires: {
      'soggetti.yaml': SOGGETTI + '  - id: unione\n    denominazione: Unione dei comuni\n    ruolo: titolare\n',
      'attivita-responsabile/suap.yaml': 'titolare: unione\ncategorie_trattamento: []\nmisure: [backup]\ncreato: 2020-01-01\naggiornato: 2026-01-01\n',
    },
    at: ['attivita-responsabile/suap.yaml:2:1 error'],
    silent: {
      'soggetti.yaml': SOGGETTI + '  - id: unione\n    denominazione: Unione dei comuni\n    ruolo: titolare\n',
      'attivita-responsabile/suap.yaml': 'titolare: unione\ncategorie_trattamento: [Pratiche SUAP]\nmisure: [backup]\ncreato: 2020-01-01\naggiornato: 2026-01-01\n',
    },
  },
  {
    rule: 'stale',
    fires: { 'trattamenti/mensa.yaml': mensa(['aggiornato: 2026-06-01', 'aggiornato: 2025-11-30']) },
    at: ['trattamenti/mensa.yaml:19:13 warning'],
    silent: { 'trattamenti/mensa.yaml': mensa(['aggiornato: 2026-06-01', 'aggiornato: 2025-12-01']) },
  },
  {
    rule: 'basis-missing',
    fires: { 'trattamenti/mensa.yaml': mensa(['    basi_giuridiche:\n' + BASE_LINE[0], '']) },
    at: ['trattamenti/mensa.yaml:3:5 error'],
    silent: {},
  },
  {
    rule: 'public-legit-interest',
    fires: { 'trattamenti/mensa.yaml': mensa(basis("      - base: 6.1.f\n        interesse: Recupero dei crediti dell'ente\n")) },
    at: ['trattamenti/mensa.yaml:5:15 error'],
    // A company may rely on legitimate interests.
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis("      - base: 6.1.f\n        interesse: Recupero dei crediti dell'azienda\n")) },
  },
  {
    rule: 'basis-norm',
    fires: { 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.c\n')) },
    at: ['trattamenti/mensa.yaml:5:15 error'],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.b\n')) },
  },
  {
    rule: 'legit-interest-described',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.f\n')) },
    at: ['trattamenti/mensa.yaml:5:15 error'],
    silent: {},
  },
  {
    rule: 'public-consent',
    fires: { 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Con email all\'ufficio\n')) },
    at: ['trattamenti/mensa.yaml:5:15 warning'],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Con email all\'ufficio\n')) },
  },
  {
    rule: 'special-condition',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, salute]\ndati_particolari:\n  - categoria: convinzioni-religiose']) },
    at: ['trattamenti/mensa.yaml:8:24 error', 'trattamenti/mensa.yaml:10:16 error'],
    silent: {},
  },
  {
    rule: 'special-norm',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    lettera_2sexies: zz']) },
    at: ['trattamenti/mensa.yaml:11:17 error', 'trattamenti/mensa.yaml:12:22 error'],
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    norma: "L. 104/1992"\n    lettera_2sexies: bb']) },
  },
  {
    rule: 'criminal-norm',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_giudiziari:\n  descrizione: Condanne dei fornitori']) },
    at: ['trattamenti/mensa.yaml:9:1 error'],
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
    at: ['trattamenti/mensa.yaml:15:16 error'],
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
    at: ['trattamenti/mensa.yaml:10:17 error', 'trattamenti/mensa.yaml:10:17 error', 'trattamenti/mensa.yaml:5:15 error'],
    silent: {
      'registro.yaml': COMPANY,
      'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Con email\n'), ['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: convinzioni-religiose\n    condizione: 9.2.a\n    consenso_esplicito: true\n    revoca: Con email']),
    },
  },
  {
    rule: 'minors-consent',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Con un clic\n'), ['creato:', 'servizio_online: true\ncreato:']) },
    at: ['trattamenti/mensa.yaml:5:15 warning'],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(basis('      - base: 6.1.a\n        revoca: Con un clic\n'), ['creato:', 'servizio_online: true\nconsenso_genitoriale: Conferma via email di un genitore\ncreato:']) },
  },
  {
    rule: 'retention-missing',
    fires: { 'trattamenti/mensa.yaml': mensa(["conservazione:\n  - durata: 5 anni\n    decorrenza: dalla fine dell'anno scolastico\n    fonte: Piano di conservazione\n", 'conservazione: []\n']) },
    at: ['trattamenti/mensa.yaml:13:1 error'],
    silent: {},
  },
  {
    rule: 'retention-vague',
    fires: { 'trattamenti/mensa.yaml': mensa(['durata: 5 anni', 'durata: per il tempo necessario']) },
    at: ['trattamenti/mensa.yaml:14:13 warning'],
    // "Permanente" tied to the piano di conservazione is a valid retention for a PA archive.
    silent: { 'trattamenti/mensa.yaml': mensa(['durata: 5 anni', 'durata: permanente']) },
  },
  {
    rule: 'retention-per-category',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, economici, immagini]']) },
    at: ['trattamenti/mensa.yaml:13:1 warning'],
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi, economici, immagini]'], ['    fonte: Piano di conservazione\n', '    fonte: Piano di conservazione\n    categorie: [identificativi, economici, immagini]\n']) },
  },
  {
    rule: 'retention-archive',
    fires: { 'trattamenti/mensa.yaml': mensa(['fonte: Piano di conservazione', "fonte: Decisione dell'ufficio"]) },
    at: ['trattamenti/mensa.yaml:13:1 warning'],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['fonte: Piano di conservazione', "fonte: Decisione dell'ufficio"]) },
  },
  {
    rule: 'transfer-country',
    fires: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - destinatario: software-house']) },
    at: ['trattamenti/mensa.yaml:13:5 error'],
    silent: {},
  },
  {
    rule: 'transfer-mechanism',
    fires: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n  - paese: US\n  - paese: CN\n    meccanismo: "45"']) },
    at: ['trattamenti/mensa.yaml:13:12 error', 'trattamenti/mensa.yaml:14:12 error', 'trattamenti/mensa.yaml:16:17 error'],
    // The EEA is not a transfer; Switzerland is adequate without conditions.
    silent: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: DE\n  - paese: NO\n  - paese: CH']) },
  },
  {
    rule: 'transfer-us-dpf',
    fires: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: US\n    destinatario: software-house\n    meccanismo: "45"']) },
    at: ['trattamenti/mensa.yaml:15:17 warning'],
    // A US recipient certified under the DPF is adequate.
    silent: {
      'soggetti.yaml': SOGGETTI.replace('paese: IT', 'paese: US\n    certificazione_dpf: true'),
      'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: US\n    destinatario: software-house\n    meccanismo: "45"']),
    },
  },
  {
    rule: 'transfer-old-scc',
    fires: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 46.2.c\n    decisione: Decisione 2010/87/UE\n  - paese: IN\n    meccanismo: 46.2.c']) },
    at: ['trattamenti/mensa.yaml:15:16 error', 'trattamenti/mensa.yaml:17:17 error'],
    silent: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 46.2.c\n    decisione: Decisione di esecuzione (UE) 2021/914\n    modulo_scc: C2P']) },
  },
  {
    rule: 'transfer-49-docs',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 49.1.2']) },
    at: ['trattamenti/mensa.yaml:14:17 error'],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 49.1.2\n    garanzie: Cifratura e trasferimento una tantum']) },
  },
  {
    rule: 'public-derogation',
    fires: { 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 49.1.a']) },
    at: ['trattamenti/mensa.yaml:14:17 error'],
    silent: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['trasferimenti: []', 'trasferimenti:\n  - paese: IN\n    meccanismo: 49.1.a']) },
  },
  {
    rule: 'processor-contract',
    fires: { 'soggetti.yaml': 'soggetti:\n  - id: software-house\n    denominazione: SH\n    ruolo: responsabile\n  - id: consorzio\n    denominazione: Consorzio\n    ruolo: contitolare\n' },
    at: ['soggetti.yaml:4:12 error'],
    silent: {},
  },
  {
    rule: 'dpia-required',
    fires: { 'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [persone-riprese]\nlarga_scala: true'], ['dati: [identificativi, contatto]', 'dati: [immagini]']) },
    at: ['trattamenti/mensa.yaml:1:1 error'],
    silent: { 'trattamenti/mensa.yaml': mensa(['interessati: [genitori, alunni]', 'interessati: [persone-riprese]\nlarga_scala: true\ndpia:\n  necessaria: true\n  riferimento: DPIA n. 1/2026'], ['dati: [identificativi, contatto]', 'dati: [immagini]']) },
  },
  {
    rule: 'dpia-screening',
    fires: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    norma: "L. 104/1992"']) },
    at: ['trattamenti/mensa.yaml:1:1 warning'],
    silent: { 'trattamenti/mensa.yaml': mensa(['dati: [identificativi, contatto]', 'dati: [identificativi]\ndati_particolari:\n  - categoria: salute\n    condizione: 9.2.g\n    norma: "L. 104/1992"\ndpia:\n  necessaria: false\n  motivazione: Solo certificati per le diete, nessuna larga scala']) },
  },
];

describe('legal rules', () => {
  for (const c of cases) {
    it(`${c.rule} fires at the exact position`, async () => {
      expect(await findings(c.rule, c.fires)).toEqual([...c.at].sort());
    });
    it(`${c.rule} stays silent where the law is met`, async () => {
      expect(await findings(c.rule, c.silent)).toEqual([]);
    });
  }
});
