/**
 * The readability of a notice, kept under its old name for the callers that want the Italian
 * index alone. The counting (docs/LEGAL.md §8) and the indices live in src/readability/.
 */
import { measure } from '../readability/indices.js';

export { textOfHtml } from '../readability/text-of-html.js';
export { textOfMarkdown } from '../readability/text-of-markdown.js';

export interface Readability {
  gulpease: number;
  words: number;
  sentences: number;
  wordsPerSentence: number;
}

export function gulpease(text: string): Readability {
  const m = measure(text, 'gulpease');
  return { gulpease: m.value, words: m.words, sentences: m.sentences, wordsPerSentence: m.wordsPerSentence };
}
