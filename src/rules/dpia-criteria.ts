import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { dataTermsOf, subjectTermsOf } from './support.js';
import type { Wp248Id } from '../law/facts.js';

export interface Screening {
  /** WP248 criteria met, derived from the record's facts or declared in dpia.criteri. */
  wp248: Set<Wp248Id>;
  /** Art. 35(3) cases: 'a', 'b', 'c'. */
  art35: string[];
  /** Items of the Garante's list (Provv. 467/2018, Allegato 1) that apply, by number. */
  garante: number[];
}

/**
 * DPIA screening from the record's own facts: special data -> sensitive; minors or vulnerable
 * people -> vulnerable; people filmed or location data -> systematic monitoring; the declared
 * large scale; interconnection -> matching datasets; profiling and automated decisions.
 */
export function screen(register: Register, record: TrattamentoFile): Screening {
  const data = dataTermsOf(register, record);
  const subjects = subjectTermsOf(register, record);
  const dataIds = new Set(data.map((t) => t.id));
  const subjectIds = new Set(subjects.map((t) => t.id));
  const wp248 = new Set<Wp248Id>(record.dpia?.criteri ?? []);
  if (record.profilazione) wp248.add('valutazione');
  if (record.decisioni_automatizzate?.presenti) wp248.add('decisioni-automatizzate');
  if (subjectIds.has('persone-riprese') || dataIds.has('localizzazione')) wp248.add('monitoraggio');
  if (data.some((t) => t.classe === 'particolare' || t.classe === 'giudiziario')) wp248.add('dati-sensibili');
  if (record.larga_scala) wp248.add('larga-scala');
  if (record.operazioni?.includes('interconnessione')) wp248.add('combinazione');
  if (subjects.some((t) => t.vulnerabili || t.minori)) wp248.add('vulnerabili');

  const has = (id: Wp248Id) => wp248.has(id);
  const art35: string[] = [];
  if (has('valutazione') && has('decisioni-automatizzate')) art35.push('a');
  if (has('larga-scala') && has('dati-sensibili')) art35.push('b');
  if (has('larga-scala') && subjectIds.has('persone-riprese')) art35.push('c');

  const fromOthers = record.raccolta === 'presso-terzi' || record.raccolta === 'entrambi';
  const garante: number[] = [];
  const add = (n: number, applies: boolean) => applies && garante.push(n);
  add(1, has('valutazione') && has('larga-scala'));
  add(2, has('decisioni-automatizzate'));
  add(3, has('monitoraggio'));
  add(4, has('dati-sensibili') && has('larga-scala'));
  add(5, subjectIds.has('dipendenti') && has('monitoraggio'));
  add(6, has('vulnerabili') && has('larga-scala'));
  add(7, has('tecnologie-innovative') && wp248.size >= 2);
  add(8, has('larga-scala') && has('combinazione'));
  add(9, has('combinazione') && fromOthers);
  add(10, has('dati-sensibili') && has('combinazione'));
  add(11, dataIds.has('biometrici'));
  add(12, dataIds.has('genetici'));
  return { wp248, art35, garante };
}

/** Whether the record references a DPIA actually carried out. */
export function dpiaReferenced(record: TrattamentoFile): boolean {
  return record.dpia?.necessaria === true && Boolean(record.dpia.riferimento);
}
