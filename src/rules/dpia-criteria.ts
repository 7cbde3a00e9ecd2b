import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { dataTermsOf, subjectTermsOf } from './support.js';
import { perRegisterRecord } from './memo.js';
import { ART35_CASES, GARANTE_DPIA_CASES, INDIVIDUAL_PROFESSIONAL, LAW_DPIA_CASES, type Wp248Id } from '../law/facts.js';

export interface Screening {
  /** WP248 criteria met, derived from the record's facts or declared in dpia.criteri. */
  wp248: Set<Wp248Id>;
  /** Art. 35(3) cases: 'a', 'b', 'c'. */
  art35: string[];
  /** Items of the Garante's list (Provv. 467/2018, Allegato 1) that apply, by number. */
  garante: number[];
  /** DPIAs a national law requires (casi_di_legge), by id. */
  law: string[];
  /** Recital 91: an individual professional's patients or clients; WP248 criteria that then do not count. */
  recital91: ReadonlySet<string>;
}

/**
 * DPIA screening from the record's own facts: special data -> sensitive; minors or vulnerable
 * people -> vulnerable; people filmed or data that allow monitoring (vocabulary flags) ->
 * systematic monitoring; the declared large scale; interconnection -> matching datasets;
 * profiling and automated decisions. Which facts make an art. 35(3) case or an item of the
 * Garante's list is data (src/law/data/elenco-dpia-garante.json, "quando"). Two rules screen
 * every record (dpia-required, dpia-screening): it is worked out once per record and register,
 * as it reads the vocabulary and the kind of controller (recital 91).
 */
export const screen = perRegisterRecord(screenOnce);

function screenOnce(register: Register, record: TrattamentoFile): Screening {
  const data = dataTermsOf(register, record);
  const subjects = subjectTermsOf(register, record);
  const wp248 = new Set<Wp248Id>(record.dpia?.criteri ?? []);
  if (record.profilazione) wp248.add('valutazione');
  if (record.decisioni_automatizzate?.presenti) wp248.add('decisioni-automatizzate');
  if (subjects.some((t) => t.ripresi) || data.some((t) => t.monitoraggio)) wp248.add('monitoraggio');
  if (data.some((t) => t.classe === 'particolare' || t.classe === 'giudiziario')) wp248.add('dati-sensibili');
  if (record.larga_scala) wp248.add('larga-scala');
  if (record.operazioni?.includes('interconnessione')) wp248.add('combinazione');
  if (subjects.some((t) => t.vulnerabili || t.minori)) wp248.add('vulnerabili');

  const fromOthers = record.raccolta === 'presso-terzi' || record.raccolta === 'entrambi';
  const holds = ({ kind, value, min, pattern }: Fact): boolean => {
    if (kind === 'interessati') return subjects.some((t) => t.id === value || (t as unknown as Record<string, unknown>)[value] === true);
    if (kind === 'dati') return data.some((t) => t.id === value);
    if (kind === 'raccolta') return value === 'terzi' && fromOthers;
    if (kind === 'criteri') return wp248.size >= min;
    if (kind === 'particolari') return (record.dati_particolari ?? []).some((d) => `${d.categoria}:${d.condizione}` === value);
    if (kind === 'norma') return (record.dati_particolari ?? []).some((d) => typeof d.norma === 'string' && pattern!.test(d.norma));
    return wp248.has(value as Wp248Id);
  };
  const art35 = ART35_FACTS.filter((c) => c.facts.every(holds)).map((c) => c.lettera);
  // A large scale the record declares (larga_scala, or among its DPIA criteria) sets the recital
  // aside: the controller knows its volumes.
  const individual = !wp248.has('larga-scala') && ofIndividualProfessional(register, subjects);
  const garante = GARANTE_FACTS.filter((c) => c.facts.every(holds) && !(individual && INDIVIDUAL_PROFESSIONAL.voci.includes(c.numero))).map((c) => c.numero);
  const law = LAW_FACTS.filter((c) => c.facts.every(holds)).map((c) => c.id);
  return { wp248, art35, garante, law, recital91: individual ? new Set(INDIVIDUAL_PROFESSIONAL.criteri_wp248) : new Set() };
}

/**
 * Recital 91: the controller is one professional and the record is about its patients or
 * clients alone. A record that also covers others (its employees, say) is not the recital's case.
 */
function ofIndividualProfessional(register: Register, subjects: readonly { id: string }[]): boolean {
  const tipo = register.registro?.data.titolare.tipo;
  return tipo !== undefined && INDIVIDUAL_PROFESSIONAL.titolare.includes(tipo) && subjects.length > 0 && subjects.every((t) => INDIVIDUAL_PROFESSIONAL.interessati.includes(t.id));
}

/**
 * One condition of a case ("interessati:minori", "dati:salute", "raccolta:terzi",
 * "particolari:salute:9.2.j", "norma:<pattern>" for a norm an art. 9 item cites, "criteri>=2",
 * a WP248 criterion), read once.
 */
interface Fact {
  kind: 'interessati' | 'dati' | 'raccolta' | 'particolari' | 'norma' | 'criteri' | 'wp248';
  value: string;
  min: number;
  /** The norm's pattern of a "norma:" fact, compiled once. */
  pattern?: RegExp;
}

function readFact(fact: string): Fact {
  if (fact.startsWith('criteri>=')) return { kind: 'criteri', value: '', min: Number(fact.slice('criteri>='.length)) };
  const colon = fact.indexOf(':');
  const kind = colon < 0 ? '' : fact.slice(0, colon);
  const value = colon < 0 ? fact : fact.slice(colon + 1);
  if (kind === 'norma') return { kind, value, min: 0, pattern: new RegExp(value, 'iu') };
  return kind === 'interessati' || kind === 'dati' || kind === 'raccolta' || kind === 'particolari' ? { kind, value, min: 0 } : { kind: 'wp248', value: colon < 0 ? fact : '', min: 0 };
}

const ART35_FACTS = ART35_CASES.map((c) => ({ lettera: c.lettera, facts: c.quando.map(readFact) }));
const GARANTE_FACTS = GARANTE_DPIA_CASES.map((c) => ({ numero: c.numero, facts: c.quando.map(readFact) }));
const LAW_FACTS = LAW_DPIA_CASES.map((c) => ({ id: c.id, facts: c.quando.map(readFact) }));

/** Whether the record references a DPIA actually carried out. */
export function dpiaReferenced(record: TrattamentoFile): boolean {
  return record.dpia?.necessaria === true && Boolean(record.dpia.riferimento);
}
