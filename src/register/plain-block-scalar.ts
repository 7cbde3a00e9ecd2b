import { NotPlain, skipSpaces } from './plain-scalars.js';

const LF = 0x0a;
const HASH = 0x23;
const DASH = 0x2d;
const GREATER = 0x3e;

/**
 * A block scalar of the plain reader (plain-yaml.ts): the header at `p`, `|` or `>` with an
 * optional `-` (strip the last line break) and comment, then the lines indented deeper than
 * `indent`. Gives the text, where its last line ends and where the line after it starts.
 * Throws NotPlain for what js-yaml should read instead: other indicators (`+`, a digit),
 * leading blank lines, blank lines holding spaces past the indentation, more indented lines
 * in a folded block, a last line without a line break.
 */
export function readBlockScalar(text: string, p: number, indent: number): { value: string; last: number; after: number } {
  const folded = text.charCodeAt(p) === GREATER;
  const strip = text.charCodeAt(p + 1) === DASH;
  const headerEnd = p + (strip ? 2 : 1);
  let q = skipSpaces(text, headerEnd);
  if (text.charCodeAt(q) === HASH && q > headerEnd) q = endOfLine(text, q);
  if (text.charCodeAt(q) !== LF) throw NotPlain;
  let value = '';
  let lines = 0;
  let empty = 0;
  let blockIndent = -1;
  let last = q;
  let line = q + 1;
  while (line < text.length) {
    const content = skipSpaces(text, line);
    const spaces = content - line;
    if (content >= text.length) throw NotPlain;
    if (text.charCodeAt(content) === LF) {
      // A blank line: a line break of the text, unless it holds spaces beyond the indentation.
      if (blockIndent < 0 || spaces > blockIndent) throw NotPlain;
      empty++;
      line = content + 1;
      continue;
    }
    if (blockIndent < 0) {
      if (spaces <= indent) throw NotPlain;
      blockIndent = spaces;
    }
    if (spaces < blockIndent) break;
    if (folded && spaces > blockIndent) throw NotPlain;
    const lineEnd = text.indexOf('\n', content);
    if (lineEnd < 0) throw NotPlain;
    value += joint(lines, empty, folded) + text.slice(line + blockIndent, lineEnd);
    lines++;
    empty = 0;
    last = lineEnd;
    line = lineEnd + 1;
  }
  if (lines === 0) throw NotPlain;
  return { value: strip ? value : value + '\n', last, after: line };
}

/** What joins a content line to the one before it, across `empty` blank lines. */
function joint(lines: number, empty: number, folded: boolean): string {
  if (lines === 0) return '';
  if (!folded) return '\n'.repeat(empty + 1);
  return empty > 0 ? '\n'.repeat(empty) : ' ';
}

function endOfLine(text: string, p: number): number {
  const nl = text.indexOf('\n', p);
  return nl < 0 ? text.length : nl;
}
