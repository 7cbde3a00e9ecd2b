import type { Lang } from '../i18n/lang.js';
import { bandOf, indexFacts, indexFor } from './bands.js';
import { measure, type IndexId, type Measure } from './indices.js';

/** A text's readability with the index of its language, its reading band and its longest sentences. */
export interface Score extends Measure {
  lang: Lang;
  /** The index's name as printed: "Gulpease", "Flesch reading ease". */
  name: string;
  band: string;
}

export function score(text: string, lang: Lang, options: { index?: IndexId; bandLang?: Lang } = {}): Score {
  const index = options.index ?? indexFor(lang);
  const m = measure(text, index);
  return { ...m, lang, name: indexFacts(index).nome, band: bandOf(index, m.value)[options.bandLang ?? 'it'] };
}
