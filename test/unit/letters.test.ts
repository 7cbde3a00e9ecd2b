import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLetters, countWords, isSpaceCode, splitSentences } from '../../src/readability/sentences.js';
import { decode, textOfHtml } from '../../src/readability/text-of-html.js';
import { measure, readingIndex } from '../../src/readability/indices.js';

describe('countLetters counts what /\\p{L}/u counts', () => {
  it('on any text, astral letters and lone surrogates included', () => {
    const reference = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => countLetters(text) === reference(text)), { numRuns: 2000 });
    for (const text of ['Perché è così', '𝐀𝐁 abc', '\ud835 lone', 'ＡＢＣ', 'ß', '']) expect(countLetters(text)).toBe(reference(text));
  });
});

describe('the one-pass counters agree with the regular expressions they replace', () => {
  it('countWords counts the tokens of split(/\\s+/) that hold a letter', () => {
    const reference = (text: string) => text.split(/\s+/).filter((token) => /\p{L}/u.test(token)).length;
    const pieces = fc.constantFrom('è', 'a', ' ', '\u00a0', '\u2003', '\ufeff', '.', '1', '𝐀', '\ud835', '\n', '-', 'ª');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => countWords(text) === reference(text)), { numRuns: 2000 });
    fc.assert(fc.property(fc.array(pieces).map((p) => p.join('')), (text) => countWords(text) === reference(text)), { numRuns: 2000 });
    for (const text of ['Perché è così', 'art. 6, par. 1', ' 2016/679 ', '', '\u3000Ａ\u3000']) expect(countWords(text)).toBe(reference(text));
  });

  it('isSpaceCode is /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('textOfHtml reads tag names as /^<\\/?\\s*([a-zA-Z][a-zA-Z0-9]*)/ does', () => {
    const tags = fc.constantFrom('<p>', '</p>', '< p>', '</ H2 >', '<br/>', '<BR>', '<!DOCTYPE html>', '<3', '< 3 >', '<\u00a0li>', '<li\u3000class="x">', '<style>x</style>', '<h1>', '</h1>', '<dl><dt>a</dt></dl>', '<a1b2>', '<' + 'x'.repeat(50) + '>');
    const words = fc.constantFrom('Testo', ' ', '.', 'è', '&amp;', 'fine.', '\n');
    const html = fc.array(fc.oneof(tags, words), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(html, (page) => textOfHtml(page) === referenceTextOfHtml(page)), { numRuns: 3000 });
  });
});

/** textOfHtml as it was written before its tag names were read without a regular expression. */
function referenceTextOfHtml(html: string): string {
  const SKIPPED = new Set(['style', 'script', 'title', 'head', 'dl', 'template', 'noscript', 'svg']);
  const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'section', 'header', 'footer', 'div', 'br', 'tr', 'blockquote', 'caption', 'article', 'main', 'nav', 'aside']);
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      out.push(decode(html.slice(i)));
      break;
    }
    out.push(decode(html.slice(i, open)));
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close < 0) break;
    const tag = /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(open, Math.min(close + 1, open + 40)));
    const name = tag?.[1]?.toLowerCase() ?? '';
    const closing = html[open + 1] === '/';
    i = close + 1;
    if (!closing && SKIPPED.has(name) && html[close - 1] !== '/') {
      const endTag = new RegExp(`</${name}`, 'gi');
      endTag.lastIndex = i;
      const end = endTag.exec(html)?.index ?? -1;
      i = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
      continue;
    }
    out.push(BLOCKS.has(name) && (closing || name === 'br') ? ' . ' : ' ');
  }
  const kept: string[] = [];
  for (const w of out.join('').split(/\s+/).filter(Boolean)) {
    const previous = kept[kept.length - 1];
    if (w === '.' && (previous === undefined || /[.!?:;]$/.test(previous))) continue;
    if (w === '.' && previous !== undefined) kept[kept.length - 1] = `${previous}.`;
    else kept.push(w);
  }
  return kept.join(' ');
}

describe('readingIndex gives what measure gives, without cutting the text', () => {
  it('on any text of words, spaces, terminators, quotes and capitals', () => {
    const pieces = fc.constantFrom('Art. ', 'art. 6', '. ', '! ', '?', '...', ' «', '(', 'Testo', 'è', 'È', ' ', '\n', '𝐀', '\ud835', '1.', 'lett. b) ', 'E');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), fc.constantFrom('gulpease', 'flesch'), (text, index) => {
        const { longest, ...full } = measure(text, index as 'gulpease' | 'flesch');
        expect(readingIndex(text, index as 'gulpease' | 'flesch')).toEqual(full);
        expect(longest.reduce((n, s) => n + s.words, 0)).toBe(full.words);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('splitSentences cuts as it did before its ends were found apart', () => {
  it('on any text of words, spaces, terminators, quotes and capitals', () => {
    const pieces = fc.constantFrom('Art. ', 'art. 6', '. ', '! ', '?', '...', ' «', '(', 'Testo', 'è', 'È', ' ', '\n', '𝐀', '\ud835', '1.', 'lett. b) ', 'E', '\u00a0');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        expect(splitSentences(text)).toEqual(referenceSplit(text));
      }),
      { numRuns: 3000 },
    );
  });
});

/** splitSentences as written before (issue 13): one pass, a push per sentence end. */
function referenceSplit(text: string): Array<{ text: string; words: number }> {
  const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0';
  const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
  const sentences: Array<{ text: string; words: number }> = [];
  const push = (raw: string) => {
    const t = raw.replace(/\s+/g, ' ').trim();
    const words = t.split(/\s+/).filter((token) => /\p{L}/u.test(token)).length;
    if (words > 0) sentences.push({ text: t, words });
  };
  let start = 0;
  let i = 0;
  const terminators = /[.!?]/g;
  while (i < text.length) {
    terminators.lastIndex = i;
    const found = terminators.exec(text);
    if (!found) break;
    i = found.index;
    let end = i;
    while (end < text.length && '.!?'.includes(text[end]!)) end++;
    let next = end;
    while (next < text.length && isSpace(text[next]!)) next++;
    if (next < text.length && `"'«(“‘`.includes(text[next]!)) next++;
    if (next >= text.length || (next > end && isUpper(text[next]!))) {
      push(text.slice(start, end));
      start = end;
    }
    i = end;
  }
  push(text.slice(start));
  return sentences;
}
