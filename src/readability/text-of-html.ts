import { isSpaceCode } from './sentences.js';

/**
 * The readable text of an HTML page, in one forward pass (no regular expression that could
 * backtrack over a hostile file): tags dropped; style, script, head, title and contact lists
 * (`dl`, not prose) left out; the end of a block (paragraph, heading, list item, cell) ends a
 * sentence, so that a heading without a period is not glued to the next paragraph.
 */
const SKIPPED = new Set(['style', 'script', 'title', 'head', 'dl', 'template', 'noscript', 'svg']);
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'section', 'header', 'footer', 'div', 'br', 'tr', 'blockquote', 'caption', 'article', 'main', 'nav', 'aside']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', egrave: 'è', eacute: 'é', agrave: 'à', igrave: 'ì', ograve: 'ò', ugrave: 'ù', Egrave: 'È', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…' };

export function textOfHtml(html: string): string {
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
    const name = tagName(html, open, Math.min(close + 1, open + 40));
    const closing = html[open + 1] === '/';
    i = close + 1;
    if (!closing && SKIPPED.has(name) && html[close - 1] !== '/') {
      // Jump to the matching end tag; a missing one ends the text (never a rescan).
      const endTag = new RegExp(`</${name}`, 'gi');
      endTag.lastIndex = i;
      const end = endTag.exec(html)?.index ?? -1;
      i = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
      continue;
    }
    out.push(BLOCKS.has(name) && (closing || name === 'br') ? ' . ' : ' ');
  }
  return tidy(out.join(''));
}

/** Character references decoded: named ones of Italian text, decimal and hexadecimal ones. */
export function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ' ';
    }
    return Object.hasOwn(ENTITIES, code) ? ENTITIES[code]! : all;
  });
}

/**
 * The lower-case name of the tag opening at `open` (`<p`, `</ H2`), read no further than `limit`,
 * or '' for anything else (`<!DOCTYPE`, `< 3`): what /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/ captures.
 */
function tagName(html: string, open: number, limit: number): string {
  let i = open + 1;
  if (html.charCodeAt(i) === 0x2f) i++;
  while (i < limit && isSpaceCode(html.charCodeAt(i))) i++;
  const start = i;
  if (i >= limit || !isAsciiLetter(html.charCodeAt(i))) return '';
  while (i < limit && (isAsciiLetter(html.charCodeAt(i)) || isAsciiDigit(html.charCodeAt(i)))) i++;
  return html.slice(start, i).toLowerCase();
}

const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Characters after which a block's added period is not needed: the block already ended a sentence. */
const ENDS_SENTENCE = new Set(['.', '!', '?', ':', ';']);

/** Collapses spaces and the period added after a block that already ended with one. */
export function tidy(text: string): string {
  const words = text.split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (w === '') continue;
    const previous = kept[kept.length - 1];
    if (w === '.' && (previous === undefined || ENDS_SENTENCE.has(previous[previous.length - 1]!))) continue;
    if (w === '.' && previous !== undefined) kept[kept.length - 1] = `${previous}.`;
    else kept.push(w);
  }
  return kept.join(' ');
}
