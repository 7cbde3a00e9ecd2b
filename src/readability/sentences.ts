/**
 * Sentences, words and letters of a plain text, counted as docs/LEGAL.md §8 asks to document:
 * - a letter is an alphabetic character of any script, accents included;
 * - a word is a whitespace-separated token holding a letter;
 * - a sentence ends at a run of `.`, `!` or `?` followed by a capital letter (after spaces and an
 *   opening quote or bracket) or by the end of the text, so that the periods of abbreviations
 *   ("art. 6", "D.Lgs. 63/2017", "lett. b") do not end one.
 * One left-to-right pass with no backtracking: a run of 100,000 dots costs what 100,000 letters
 * cost (a regular expression with a lookahead after `[.!?]+` took 47 s on it, issue 13).
 */
export interface Sentence {
  text: string;
  words: number;
}

const TERMINATOR = new Set(['.', '!', '?']);
const OPENING = new Set(['"', "'", '«', '(', '“', '‘']);
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0';
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** The text cut into sentences, each with its word count (a stretch without a word is none). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    const words = countWordsIn(text, start, end);
    if (words > 0) sentences.push({ text: text.slice(start, end).replace(/\s+/g, ' ').trim(), words });
    start = end;
  }
  return sentences;
}

/** How many sentences the text has, and how many words they hold, without cutting it. */
export function countSentences(text: string): { sentences: number; words: number } {
  let sentences = 0;
  let words = 0;
  let start = 0;
  for (const end of sentenceEnds(text)) {
    const n = countWordsIn(text, start, end);
    if (n > 0) sentences++;
    words += n;
    start = end;
  }
  return { sentences, words };
}

/** Where each sentence of the text ends, the last at the end of the text. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  let i = 0;
  // The native search jumps to the next terminator; everything between is no sentence's end.
  const terminators = /[.!?]/g;
  while (i < text.length) {
    terminators.lastIndex = i;
    const found = terminators.exec(text);
    if (!found) break;
    i = found.index;
    let end = i;
    while (end < text.length && TERMINATOR.has(text[end]!)) end++;
    let next = end;
    while (next < text.length && isSpace(text[next]!)) next++;
    if (next < text.length && OPENING.has(text[next]!)) next++;
    if (next >= text.length || (next > end && isUpper(text[next]!))) ends.push(end);
    // Continue after the run: each character is looked at a bounded number of times.
    i = end;
  }
  ends.push(text.length);
  return ends;
}

/** Words: whitespace-separated tokens (as `split(/\s+/)` cuts them) that hold a letter, in one pass. */
export function countWords(text: string): number {
  return countWordsIn(text, 0, text.length);
}

/** The words of text.slice(start, end), without the slice. */
function countWordsIn(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    const point = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? text.codePointAt(i)! : c;
    if (isLetterPoint(point)) {
      n++;
      inWord = true;
    }
    if (point > 0xffff) i++;
  }
  return n;
}

const LETTER = /\p{L}/u;
const SPACE = /\s/;
/** Letters and spaces of the first 256 code points, looked up without a regular expression (nearly every character is one of them). */
const LATIN1_LETTER = Uint8Array.from({ length: 256 }, (_, c) => (LETTER.test(String.fromCharCode(c)) ? 1 : 0));
const LATIN1_SPACE = Uint8Array.from({ length: 256 }, (_, c) => (SPACE.test(String.fromCharCode(c)) ? 1 : 0));

/** Whether a code point is a letter, as /\p{L}/u says. */
export function isLetterPoint(point: number): boolean {
  return point < 256 ? LATIN1_LETTER[point] === 1 : LETTER.test(String.fromCodePoint(point));
}

/** Whether a UTF-16 code unit is whitespace, as /\s/ says. */
export function isSpaceCode(c: number): boolean {
  return c < 256 ? LATIN1_SPACE[c] === 1 : c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Letters by code point: what /\p{L}/gu would match, without a regular expression per character. */
export function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const point = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
    if (isLetterPoint(point)) n++;
    if (point > 0xffff) i++;
  }
  return n;
}
