import { afterAll, describe, expect } from 'vitest';
import { COMPANY, REGISTRO, cleanup, mensa, testRuleCases, type RuleCase } from '../rule-harness.js';

/**
 * Rules read on the registers of offices with their own law: an individual physician (recital 91),
 * a hospital, a comune's cameras, a company that locates its workers. Each case is cut at the
 * edge the law draws, with the exact line:col, message id and values of every finding.
 */
afterAll(cleanup);

const HOSPITAL = REGISTRO.replace('tipo: comune', 'tipo: azienda-ospedaliera');
const PROFESSIONAL = COMPANY.replace('tipo: impresa', 'tipo: professionista');
/** A physician's record: patients, their health (and genetic) data on the contract of care. */
const patients = (special: string, extra = '') => mensa(
  ['interessati: [genitori, alunni]', `interessati: [pazienti]${extra}`],
  ['dati: [identificativi, contatto]', `dati: [identificativi, contatto]\ndati_particolari:\n${special}`],
);
const GENETIC = '  - categoria: genetici\n    condizione: 9.2.h\n    norma: "Art. 9, par. 3, del Regolamento; contratto di cura"';
const HEALTH = '  - categoria: salute\n    condizione: 9.2.h\n    norma: "Art. 9, par. 3, del Regolamento; contratto di cura"';

const RESEARCH = '  - categoria: salute\n    condizione: 9.2.j';

const RESEARCH_BY_LAW = `${RESEARCH}\n    norma: "Codice, art. 110, c. 1; D.Lgs. 502/1992, art. 12-bis"`;


const cases: RuleCase[] = [
  {
    rule: 'dpia-required',
    name: 'genetic tests of patients need a DPIA in a company, not with an individual physician (recital 91)',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': patients(GENETIC) },
    expect: [{ at: 'trattamenti/mensa.yaml:1:1', severity: 'error', messageId: 'rule.dpiaRequired', params: { art35: '', garante: '12' } }],
    silent: { 'registro.yaml': PROFESSIONAL, 'trattamenti/mensa.yaml': patients(GENETIC) },
  },
  {
    rule: 'dpia-required',
    name: 'the individual physician who declares large scale is taken at their word (art. 35, par. 3, lett. b))',
    fires: { 'registro.yaml': PROFESSIONAL, 'trattamenti/mensa.yaml': patients(HEALTH, '\nlarga_scala: true') },
    expect: [{ at: 'trattamenti/mensa.yaml:1:1', severity: 'error', messageId: 'rule.dpiaRequired', params: { art35: 'b', garante: '4,6' } }],
    silent: { 'registro.yaml': PROFESSIONAL, 'trattamenti/mensa.yaml': patients(HEALTH) },
  },
  {
    rule: 'dpia-screening',
    name: "patients' health data: two WP248 criteria in a company, the physician's everyday work (WP248, example of recital 91)",
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': patients(HEALTH) },
    expect: [{ at: 'trattamenti/mensa.yaml:1:1', severity: 'warning', messageId: 'rule.dpiaScreening', params: { criteria: 'dati-sensibili,vulnerabili', count: 2 } }],
    silent: { 'registro.yaml': PROFESSIONAL, 'trattamenti/mensa.yaml': patients(HEALTH) },
  },
  {
    rule: 'dpia-required',
    name: "the physician who locates patients through an app monitors them: recital 91 does not cover it (elenco del Garante, n. 3)",
    fires: { 'registro.yaml': PROFESSIONAL, 'trattamenti/mensa.yaml': patients(HEALTH).replace('dati: [identificativi, contatto]', 'dati: [identificativi, contatto, localizzazione]') },
    expect: [{ at: 'trattamenti/mensa.yaml:1:1', severity: 'error', messageId: 'rule.dpiaRequired', params: { art35: '', garante: '3' } }],
    silent: { 'registro.yaml': PROFESSIONAL, 'trattamenti/mensa.yaml': patients(HEALTH) },
  },
  {
    rule: 'retention-vague',
    name: 'a hospital keeps its inpatient records "illimitata", as the Circolare Min. Sanità 61/1986 says; a company may not',
    fires: { 'registro.yaml': COMPANY, 'trattamenti/mensa.yaml': mensa(['  - durata: 5 anni\n', '  - durata: illimitata\n']) },
    expect: [{ at: 'trattamenti/mensa.yaml:14:13', severity: 'warning', messageId: 'rule.retentionPermanentPrivate', params: { text: 'illimitata' } }],
    silent: { 'registro.yaml': HOSPITAL, 'trattamenti/mensa.yaml': mensa(['  - durata: 5 anni\n', '  - durata: illimitata\n']) },
  },
  {
    rule: 'special-norm',
    name: "a hospital's study on its patients' records rests on 9.2.j, which is \"on the basis of Union or national law\" too",
    fires: { 'registro.yaml': HOSPITAL, 'trattamenti/mensa.yaml': patients(RESEARCH) },
    expect: [{ at: 'trattamenti/mensa.yaml:11:17', severity: 'error', messageId: 'rule.specialNormCondition', params: { term: 'salute', condition: '9.2.j', letter: 'j', which: expect.stringContaining('per la ricerca il Codice, artt. 104-110-bis'), which_en: expect.stringContaining('for research, Codice, Arts 104-110-bis') } }],
    silent: { 'registro.yaml': HOSPITAL, 'trattamenti/mensa.yaml': patients(`${RESEARCH}\n    norma: "Codice, art. 110, c. 1; Regole deontologiche per trattamenti a fini statistici o di ricerca scientifica, art. 6"`) },
  },
  {
    rule: 'dpia-required',
    name: 'research on health data without consent is lawful only with a DPIA carried out and made public (Codice, art. 110, c. 1)',
    fires: { 'registro.yaml': HOSPITAL, 'trattamenti/mensa.yaml': patients(RESEARCH_BY_LAW) },
    expect: [{ at: 'trattamenti/mensa.yaml:1:1', severity: 'error', messageId: 'rule.dpiaRequired', params: { art35: '', garante: '', legge: 'ricerca-medica' } }],
    // On explicit consent (9.2.a) the Codice asks no DPIA of its own.
    silent: { 'registro.yaml': HOSPITAL, 'trattamenti/mensa.yaml': patients('  - categoria: salute\n    condizione: 9.2.a\n    consenso_esplicito: true\n    revoca: Modulo di revoca al centro di sperimentazione') },
  },
  {
    rule: 'dpia-required',
    name: 'art. 110 is about research: health records archived under 9.2.j are not that case',
    fires: { 'registro.yaml': HOSPITAL, 'trattamenti/mensa.yaml': patients(RESEARCH_BY_LAW) },
    expect: [{ at: 'trattamenti/mensa.yaml:1:1', severity: 'error', messageId: 'rule.dpiaRequired', params: { art35: '', garante: '', legge: 'ricerca-medica' } }],
    silent: { 'registro.yaml': HOSPITAL, 'trattamenti/mensa.yaml': patients(`${RESEARCH}\n    norma: "D.Lgs. 42/2004, art. 122; Codice, artt. 101-103"`) },
  },
  {
    rule: 'dpia-required',
    name: "recital 91 covers a physician's patients, not a record that also covers the physician's employees",
    fires: { 'registro.yaml': PROFESSIONAL, 'trattamenti/mensa.yaml': patients(GENETIC).replace('interessati: [pazienti]', 'interessati: [pazienti, dipendenti]') },
    expect: [{ at: 'trattamenti/mensa.yaml:1:1', severity: 'error', messageId: 'rule.dpiaRequired', params: { art35: '', garante: '12' } }],
    silent: { 'registro.yaml': PROFESSIONAL, 'trattamenti/mensa.yaml': patients(GENETIC) },
  },
  {
    rule: 'dpia-required',
    name: 'a large scale among the DPIA criteria sets recital 91 aside, as larga_scala does',
    fires: { 'registro.yaml': PROFESSIONAL, 'trattamenti/mensa.yaml': patients(HEALTH, '\ndpia:\n  necessaria: false\n  criteri: [larga-scala]\n  motivazione: Screening del reparto') },
    // Said at the record's dpia block, which says necessaria: false.
    expect: [{ at: 'trattamenti/mensa.yaml:8:1', severity: 'error', messageId: 'rule.dpiaRequired', params: { art35: 'b', garante: '4,6' } }],
    silent: { 'registro.yaml': PROFESSIONAL, 'trattamenti/mensa.yaml': patients(HEALTH) },
  },
  {
    rule: 'retention-archive',
    name: 'a ministerial decree (D.M.) is a norm a public body may keep its records by',
    fires: { 'registro.yaml': HOSPITAL, 'trattamenti/mensa.yaml': mensa(['    fonte: Piano di conservazione\n', '    fonte: Prassi del reparto\n']) },
    expect: [{ at: 'trattamenti/mensa.yaml:13:1', severity: 'warning', messageId: 'rule.retentionArchive' }],
    silent: { 'registro.yaml': HOSPITAL, 'trattamenti/mensa.yaml': mensa(['    fonte: Piano di conservazione\n', '    fonte: "D.M. 15 luglio 1997 (buona pratica clinica), par. 4.9.5"\n']) },
  },
];

describe('rules on the registers of physicians, hospitals, comuni with cameras and companies that locate workers', () => {
  testRuleCases(cases);
});
