import interessati from './data/interessati.json' with { type: 'json' };
import dati from './data/dati.json' with { type: 'json' };
import destinatari from './data/destinatari.json' with { type: 'json' };
import operazioni from './data/operazioni.json' with { type: 'json' };
import misure from './data/misure.json' with { type: 'json' };
import type { Lang } from '../i18n/lang.js';
import type { VocabolarioFile } from '../types/schema.js';

export type VocabName = 'interessati' | 'dati' | 'destinatari' | 'operazioni' | 'misure';
export const VOCAB_NAMES: readonly VocabName[] = ['interessati', 'dati', 'destinatari', 'operazioni', 'misure'];

export type DataClass = 'comune' | 'particolare' | 'giudiziario';

export interface Term {
  id: string;
  it: string;
  en?: string;
  /** Data categories: common, special (Art. 9) or criminal (Art. 10). */
  classe?: DataClass;
  /** Data subjects who are minors (Art. 8) or vulnerable (WP248 criterion 7). */
  minori?: boolean;
  /** For minors: the youngest age in the category, in years (vocabolario.yaml only). */
  eta_minima?: number;
  /** Customers, who gave their address buying a product or service (Codice 130 c. 4; vocabolario.yaml only). */
  clienti?: boolean;
  vulnerabili?: boolean;
  /** Data subjects who are the controller's workers (L. 300/1970 art. 4), pupils (Garante 8.4.2010), whistleblowers, people filmed. */
  lavoratori?: boolean;
  alunni?: boolean;
  segnalanti?: boolean;
  ripresi?: boolean;
  /** Subjects or data that reveal economic-social hardship or health (D.Lgs. 33/2013 art. 26 c. 4). */
  disagio?: boolean;
  /** Data categories that allow systematic monitoring of people (WP248 criterion 3). */
  monitoraggio?: boolean;
  /** Data categories that may never be disseminated (Codice 2-septies c. 8). */
  mai_diffusi?: boolean;
  /** Data categories usually kept for different times (accounting, images, tracking). */
  gruppo?: string;
  /** Recipient categories that mean dissemination to the public. */
  diffusione?: boolean;
  /** Recipient categories outside the EEA: the record then transfers data (art. 30, par. 1, lett. e); built in only. */
  paesi_terzi?: boolean;
  /** Recipient categories of private parties who use what they receive for their own purposes (Codice 2-ter c. 3). */
  privati?: boolean;
  /** Where the term comes from: built in, or the register's vocabolario.yaml. */
  builtin: boolean;
}

const BUILTIN: Record<VocabName, readonly Omit<Term, 'builtin'>[]> = {
  interessati,
  dati: dati as Omit<Term, 'builtin'>[],
  destinatari,
  operazioni,
  misure,
};

/** The built-in vocabularies, extended by a register's own terms. Labels in Italian and English. */
export class Vocabulary {
  private readonly terms = new Map<VocabName, Map<string, Term>>();

  constructor(user?: VocabolarioFile) {
    for (const name of VOCAB_NAMES) {
      const map = new Map<string, Term>();
      for (const t of BUILTIN[name]) map.set(t.id, { ...t, builtin: true });
      for (const t of (user?.[name] ?? []) as Array<Omit<Term, 'builtin'>>) {
        if (!map.has(t.id)) map.set(t.id, { ...t, builtin: false });
      }
      this.terms.set(name, map);
    }
  }

  static isBuiltin(name: VocabName, id: string): boolean {
    return BUILTIN[name].some((t) => t.id === id);
  }

  get(name: VocabName, id: string): Term | undefined {
    return this.terms.get(name)?.get(id);
  }

  ids(name: VocabName): string[] {
    return [...(this.terms.get(name)?.keys() ?? [])];
  }

  all(name: VocabName): Term[] {
    return [...(this.terms.get(name)?.values() ?? [])];
  }

  label(name: VocabName, id: string, lang: Lang): string {
    const term = this.get(name, id);
    if (!term) return id;
    return lang === 'en' ? (term.en ?? term.it) : term.it;
  }
}
