import type { Lang } from '../i18n/lang.js';

/**
 * Italian or English, from the commonest short words of each: enough to choose the readability
 * index of a notice, which is written in one language. Ties go to Italian, the default.
 */
const COMMON: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'di', 'del', 'della', 'dei', 'delle', 'che', 'e', 'è', 'per', 'un', 'una', 'con', 'non', 'sono', 'al', 'alla', 'nel', 'nella', 'da', 'dal', 'si', 'tuoi', 'suoi', 'dati']),
  en: new Set(['the', 'of', 'and', 'to', 'is', 'are', 'for', 'that', 'with', 'you', 'your', 'we', 'our', 'this', 'be', 'by', 'on', 'it', 'as', 'or', 'from', 'data', 'which', 'will', 'have', 'not']),
};

export function detectLang(text: string): Lang {
  const score = { it: 0, en: 0 };
  // The first 20,000 words are plenty, and bound the work on a huge file.
  const words = text.toLowerCase().split(/[^\p{L}]+/u, 20_000);
  for (const w of words) {
    if (COMMON.it.has(w)) score.it++;
    if (COMMON.en.has(w)) score.en++;
  }
  return score.en > score.it ? 'en' : 'it';
}
