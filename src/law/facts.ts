import adeguatezza from './data/adeguatezza.json' with { type: 'json' };
import clausole from './data/clausole-tipo.json' with { type: 'json' };
import lettere from './data/lettere-2sexies.json' with { type: 'json' };
import wp248 from './data/criteri-wp248.json' with { type: 'json' };
import garante from './data/elenco-dpia-garante.json' with { type: 'json' };
import formule from './data/formule-generiche.json' with { type: 'json' };
import { fold } from '../util/suggest.js';

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

const generic = {
  finalita: new Set(formule.finalita.map(fold)),
  misure: new Set(formule.misure.map(fold)),
  conservazione: new Set(formule.conservazione.map(fold)),
};

/** Whether a text is only a stock phrase ("finalità istituzionali", "misure adeguate"...). */
export function isBoilerplate(kind: keyof typeof generic, text: string): boolean {
  return generic[kind].has(fold(text));
}
