/**
 * Gulpease readability index for Italian (Lucisano and Piemontese, 1988):
 *   GULP = 89 + (300 x sentences - 10 x letters) / words, clamped to 0..100.
 * Counting, as LEGAL.md §8 asks to document: letters are alphabetic characters (any script,
 * accents included); words are whitespace-separated tokens holding a letter; a sentence ends at
 * `.`, `!` or `?` followed by a capital letter or by the end of the text, so that the periods of
 * abbreviations ("art. 6", "D.Lgs. 63/2017", "lett. b") do not count. In HTML the end of a block
 * (a heading, a paragraph, a list item) ends a sentence; contact lists are not prose and are left out.
 * Below 80 hard for primary-school readers, below 60 for lower-secondary, below 40 for upper-secondary.
 */
export interface Readability {
  gulpease: number;
  words: number;
  sentences: number;
  wordsPerSentence: number;
}

export function gulpease(text: string): Readability {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s+["'«(]?\p{Lu}|\s*$)/gu) ?? []).length);
  const count = words.length;
  const raw = count === 0 ? 100 : 89 + (300 * sentences - 10 * letters) / count;
  return {
    gulpease: Math.round(Math.min(100, Math.max(0, raw))),
    words: count,
    sentences,
    wordsPerSentence: count / sentences,
  };
}

/** The readable text of an HTML notice: no markup, no style; each block ends a sentence. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(style|script|title|head|dl)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|li|h[1-6]|dt|dd|td|th|section|header|footer)>/gi, '. ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos);/g, ' ')
    .replace(/([.!?])\s*\.(\s|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown (the published notices in the fixtures) to plain text: block ends are sentence ends. */
export function textOfMarkdown(markdown: string): string {
  return markdown
    .split(/\n\s*\n|\n(?=\s*[-*#]|\s*\d+\.)/)
    .map((block) => block.replace(/^[\s#>*-]+|\d+\.\s/gm, '').replace(/[*_`[\]()]/g, '').trim())
    .filter(Boolean)
    .map((block) => (/[.!?:;]$/.test(block) ? block : `${block}.`))
    .join(' ');
}
