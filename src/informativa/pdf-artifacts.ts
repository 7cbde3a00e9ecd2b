/**
 * Marks as artifacts (PDF/UA, ISO 14289-1 §7.1) the painting Chromium leaves outside any
 * marked content: its running footer (controller and page numbers) and any decoration. Tagged
 * content (`BDC` ... `EMC` with an MCID) is left as it is; every graphics object at depth 0
 * (text, path, image, shading) is wrapped in `/Artifact BMC ... EMC`, never across a q/Q.
 * Works on the decompressed content stream, byte for byte (latin1), with a small lexer that
 * knows strings, hex strings, dictionaries and inline images, so no byte of data is taken for an
 * operator.
 */
const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const isWhite = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
/** Operators that begin a graphics object: text, path, external object, shading, inline image. */
const STARTS = new Set(['BT', 'm', 're', 'Do', 'sh', 'BI']);
/** Operators a marked-content sequence must not straddle. */
const BREAKS = new Set(['q', 'Q', 'BDC', 'BMC', 'EMC']);

export function markArtifacts(content: string): string {
  const out: string[] = [];
  let depth = 0;
  let inArtifact = false;
  let operandsStart = 0;
  let i = 0;
  const n = content.length;
  while (i < n) {
    const c = content[i]!;
    if (isWhite(c)) i++;
    else if (c === '%') i = lineEnd(content, i);
    else if (c === '(') i = stringEnd(content, i);
    else if (c === '<' && content[i + 1] === '<') i += 2;
    else if (c === '>' && content[i + 1] === '>') i += 2;
    else if (c === '<') i = Math.max(i + 1, content.indexOf('>', i) + 1 || n);
    else if (c === '[' || c === ']' || c === '{' || c === '}') i++;
    else if (c === '/') i = wordEnd(content, i + 1);
    else {
      const end = wordEnd(content, i);
      const word = content.slice(i, end);
      i = end;
      if (/^[+\-.\d]/.test(word)) continue; // a number: an operand
      // An operator: the operands since operandsStart belong to it.
      if (depth === 0 && inArtifact && BREAKS.has(word)) {
        out.push('\nEMC\n');
        inArtifact = false;
      }
      if (depth === 0 && !inArtifact && STARTS.has(word)) {
        out.push('\n/Artifact BMC\n');
        inArtifact = true;
      }
      if (word === 'BI') i = inlineImageEnd(content, i);
      out.push(content.slice(operandsStart, i));
      operandsStart = i;
      if (word === 'BDC' || word === 'BMC') depth++;
      else if (word === 'EMC') depth = Math.max(0, depth - 1);
    }
  }
  out.push(content.slice(operandsStart));
  if (inArtifact) out.push('\nEMC\n');
  return out.join('');
}

function lineEnd(s: string, i: number): number {
  while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
  return i;
}

function wordEnd(s: string, i: number): number {
  while (i < s.length && !isWhite(s[i]!) && !DELIMITERS.has(s[i]!)) i++;
  return i;
}

/** After a literal string: balanced parentheses, backslash escapes. */
function stringEnd(s: string, i: number): number {
  let level = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '(') level++;
    else if (c === ')' && --level === 0) return i + 1;
  }
  return s.length;
}

/** After an inline image's `EI` (the data between ID and EI is binary). */
function inlineImageEnd(s: string, i: number): number {
  const data = s.indexOf('ID', i);
  if (data < 0) return s.length;
  const end = /\sEI(?=[\s]|$)/g;
  end.lastIndex = data + 3;
  const m = end.exec(s);
  return m ? m.index + m[0].length : s.length;
}
