import { plainText } from '../text/plain.js';
import adeguatezza from './data/adeguatezza.json' with { type: 'json' };
import clausole from './data/clausole-tipo.json' with { type: 'json' };
import lettere from './data/lettere-2sexies.json' with { type: 'json' };
import wp248 from './data/criteri-wp248.json' with { type: 'json' };
import garante from './data/elenco-dpia-garante.json' with { type: 'json' };
import fonti from './data/fonti-conservazione.json' with { type: 'json' };
import marketing from './data/marketing-diretto.json' with { type: 'json' };
import condizioni from './data/condizioni-art9.json' with { type: 'json' };

/** The legal facts the rules use, read from src/law/data (one edit there corrects a fact). */

export interface Adequacy {
  paese?: string;
  organizzazione?: string;
  decisione: string;
  /** Adequacy only for some recipients: US organisations certified under the DPF, Canadian ones under PIPEDA. */
  condizione?: 'dpf' | 'pipeda';
}

const adequacyByCountry = new Map<string, Adequacy>(
  (adeguatezza.decisioni as Adequacy[]).filter((d) => d.paese).map((d) => [d.paese!, d]),
);

export function adequacyOf(country: string): Adequacy | undefined {
  return adequacyByCountry.get(country);
}

export const SCC_REPEALED = clausole.abrogate;

export const LETTERS_2SEXIES: Readonly<Record<string, string>> = lettere.lettere;

export type Wp248Id = (typeof wp248.criteri)[number]['id'];
export const WP248 = wp248.criteri;
export const WP248_THRESHOLD = wp248.soglia;
/** The Garante's list of processing that requires a DPIA (Provv. 467/2018, Allegato 1), by item number. */
export const GARANTE_DPIA_LIST: ReadonlyArray<{ numero: number; it: string; en: string }> = garante.voci;

/** Whether a text is only a stock phrase ("finalità istituzionali", "misure adeguate"...), by meaning. */
export { isBoilerplate } from './boilerplate.js';

/** A DPIA case (art. 35(3) letter or Garante list item) and the facts that must all hold for it. */
export interface DpiaCase {
  quando: string[];
}
export const ART35_CASES: ReadonlyArray<DpiaCase & { lettera: string; it: string; en: string }> = garante.casi_art35;
export const GARANTE_DPIA_CASES: ReadonlyArray<DpiaCase & { numero: number }> = garante.voci;
/** DPIAs a national law requires (Codice, art. 110, c. 1), by id, with their names. */
export const LAW_DPIA_CASES: ReadonlyArray<DpiaCase & { id: string; it: string; en: string }> = garante.casi_di_legge;

/**
 * Recital 91: an individual physician's (or other health professional's, or lawyer's) processing
 * of patients' or clients' data is not large scale, and no DPIA should be mandatory for it.
 */
export interface IndividualProfessional {
  /** Kinds of controller (registro.yaml, titolare.tipo) that are one professional. */
  titolare: string[];
  /** Subjects (vocabulary ids) whose data the recital covers. */
  interessati: string[];
  /** Items of the Garante's list that weigh volume and do not apply. */
  voci: number[];
  /** WP248 criteria that, alone, do not call for a DPIA here (WP248's own example). */
  criteri_wp248: string[];
}
export const INDIVIDUAL_PROFESSIONAL: IndividualProfessional = garante.professionista_singolo;

/** Countries whose adequacy covers only organisations certified under the Data Privacy Framework. */
export function adequacyNeedsDpf(country: string): boolean {
  return adequacyOf(country)?.condizione === 'dpf';
}

const archive = { plan: new RegExp(fonti.piano, 'i'), norm: new RegExp(fonti.norma, 'i') };
/** Whether a text cites a norm (a law, decree, regulation, article...). */
export function citesNorm(text: string): boolean {
  return archive.norm.test(text);
}

/** Whether a retention source names the archive plan (piano di conservazione) or a norm. */
export function namesArchivePlanOrNorm(source: string): boolean {
  return archive.plan.test(source) || archive.norm.test(source);
}

const marketingPatterns = marketing.cerca.map((p) => new RegExp(p, 'i'));
/** Whether a purpose describes direct marketing (src/law/data/marketing-diretto.json). */
export function describesMarketing(text: string): boolean {
  const plain = plainText(text);
  return marketingPatterns.some((p) => p.test(plain));
}

const profilingPatterns = marketing.profilazione.cerca.map((p) => new RegExp(p, 'i'));
/** Whether a marketing purpose describes profiling: habits analysed, offers tailored (marketing-diretto.json, `profilazione`). */
export function describesProfiling(text: string): boolean {
  const plain = plainText(text);
  return profilingPatterns.some((p) => p.test(plain));
}

const channelPatterns = marketing.canali_oltre_soft_spam.cerca.map((p) => new RegExp(p, 'gi'));
const negation = new RegExp(marketing.canali_oltre_soft_spam.negazioni, 'i');
/**
 * Whether a purpose names a channel the soft-spam exception does not cover: SMS, messaging,
 * automated calls (marketing-diretto.json); a channel named to exclude it ("mai via SMS") does not count.
 */
export function namesChannelBeyondSoftSpam(text: string): boolean {
  const plain = plainText(text);
  return channelPatterns.some((p) => [...plain.matchAll(p)].some((m) => !negation.test(plain.slice(0, m.index))));
}

/** Conditions that refer to Union or Member State law (art. 9(2)(b), (g), (h), (i), (j)): the record cites it (condizioni-art9.json). */
export const CONDITIONS_NEEDING_NORM: ReadonlySet<string> = new Set(condizioni.voci.filter((v) => 'richiede_norma' in v && v.richiede_norma).map((v) => v.codice));
