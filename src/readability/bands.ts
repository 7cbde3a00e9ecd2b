import data from '../law/data/leggibilita.json' with { type: 'json' };
import type { Lang } from '../i18n/lang.js';
import type { IndexId } from './indices.js';

/** Readability facts (index names, reading bands, thresholds for notices), from src/law/data/leggibilita.json. */
export interface IndexFacts {
  nome: string;
  lingua: Lang;
  fonte: string;
  soglie: { pubblico: number; minori: number };
  fasce: Array<{ da: number; it: string; en: string }>;
}

const INDICES = data.indici as Record<IndexId, IndexFacts>;

export const MAX_WORDS_PER_SENTENCE: number = data.frase_max_parole;

export function indexFacts(index: IndexId): IndexFacts {
  return INDICES[index];
}

/** The index suited to a language: Gulpease for Italian, Flesch reading ease for English. */
export function indexFor(lang: Lang): IndexId {
  return (Object.keys(INDICES) as IndexId[]).find((id) => INDICES[id].lingua === lang) ?? 'gulpease';
}

/** The reading band a value falls in (bands are listed from the easiest down). */
export function bandOf(index: IndexId, value: number): { da: number; it: string; en: string } {
  const bands = INDICES[index].fasce;
  return bands.find((b) => value >= b.da) ?? bands[bands.length - 1]!;
}
