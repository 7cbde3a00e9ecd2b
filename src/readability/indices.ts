/**
 * Readability indices, each suited to one language.
 * - Gulpease (Lucisano and Piemontese, 1988), for Italian: 89 + (300 x sentences - 10 x letters) / words,
 *   clamped to 0..100. It counts letters, not syllables, as Italian words are regular.
 * - Flesch reading ease (Flesch, 1948), for English: 206.835 - 1.015 x words/sentences
 *   - 84.6 x syllables/words, clamped to 0..100. Syllables are estimated from vowel groups.
 */
import { countLetters, countSentences, splitSentences, type Sentence } from './sentences.js';

export type IndexId = 'gulpease' | 'flesch';

export interface Measure {
  index: IndexId;
  value: number;
  words: number;
  sentences: number;
  wordsPerSentence: number;
  /** Sentences of the text, longest first. */
  longest: Sentence[];
}

const clamp = (x: number) => Math.round(Math.min(100, Math.max(0, x)));

export function measure(text: string, index: IndexId): Measure {
  const sentences = splitSentences(text);
  const words = sentences.reduce((n, s) => n + s.words, 0);
  return { ...indexValue(text, index, words, sentences.length), longest: [...sentences].sort((a, b) => b.words - a.words) };
}

/** The index alone, as measure gives it, without cutting the text into sentences (the notice rule's need). */
export function readingIndex(text: string, index: IndexId): Omit<Measure, 'longest'> {
  const { sentences, words } = countSentences(text);
  return indexValue(text, index, words, sentences);
}

function indexValue(text: string, index: IndexId, words: number, sentences: number): Omit<Measure, 'longest'> {
  const count = Math.max(1, sentences);
  const value = words === 0 ? 100 : index === 'gulpease' ? gulpeaseValue(text, words, count) : fleschValue(text, words, count);
  return { index, value, words, sentences: count, wordsPerSentence: words / count };
}

function gulpeaseValue(text: string, words: number, sentences: number): number {
  return clamp(89 + (300 * sentences - 10 * countLetters(text)) / words);
}

function fleschValue(text: string, words: number, sentences: number): number {
  let syllables = 0;
  for (const token of text.split(/\s+/)) if (/\p{L}/u.test(token)) syllables += englishSyllables(token);
  return clamp(206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words));
}

/** Vowel groups, less a silent final "e" ("make"), at least one: the usual estimate. */
export function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}
