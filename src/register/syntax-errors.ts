import type { YAMLError } from 'yaml';
import type { ParseProblem } from './parse-yaml.js';
import { unclosedFlowStart } from './unclosed-flow.js';
import { syntaxWords } from './syntax-words.js';

/**
 * The parser's syntax errors in the words of the mistake a person typing the file made, at the
 * character to fix. The `yaml` parser names what it met ("Nested mappings are not allowed in
 * compact mappings", at the start of a value): a DPO needs to read that the colon in
 * "Orari: lun-ven" must go in quotes, at that colon. One error a line: the parser often gives
 * two for one mistake (a nested mapping is also a key on two lines). A file indented with tabs
 * gets only the tab errors: every other error is the parser misreading what the tabs shifted.
 */
export function syntaxProblems(errors: readonly YAMLError[], text: string, max: number): ParseProblem[] {
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const problems: ParseProblem[] = [];
  // The lines reported, and the lines where the parser placed the errors reported: an error the
  // parser places on either follows from the mistake already shown (a key misaligned, the key
  // after it misaligned with it too).
  const lines = new Set<number>();
  let streamBroken = false;
  for (const error of tabs.length > 0 ? tabs : errors) {
    if (problems.length >= max) break;
    // After a token the document cannot hold (a stray "]"), the parser meets every later token
    // outside the document and names each: the keys of every following line were errors of their own.
    if (isOutsideDocument(error)) {
      if (streamBroken) continue;
      streamBroken = true;
    }
    const problem = explained(error, text) ?? plain(error, 'error');
    const line = lineStartOf(text, problem.start);
    const origin = lineStartOf(text, error.pos[0]);
    if (lines.has(line) || lines.has(origin)) continue;
    lines.add(line).add(origin);
    problems.push(problem);
  }
  return problems;
}

/** A parser error, or warning, with the parser's code in words. */
export function plain(error: YAMLError, severity: 'error' | 'warning'): ParseProblem {
  const [start, end] = error.pos;
  const words = syntaxWords[error.code];
  return {
    ruleId: 'yaml-syntax',
    severity,
    start,
    end,
    messageId: 'yaml.syntax',
    params: { detail: words ? words.it : error.message, detail_en: words ? words.en : error.message, code: error.code },
  };
}

/** A token the parser met after the document had ended: "Unexpected scalar token in YAML stream". */
function isOutsideDocument(error: YAMLError): boolean {
  return error.code === 'UNEXPECTED_TOKEN' && / token in YAML stream/.test(error.message);
}

function explained(error: YAMLError, text: string): ParseProblem | undefined {
  const at = error.pos[0];
  const code = error.code;
  const closing = text[at];
  if (isOutsideDocument(error) && (closing === ']' || closing === '}')) {
    return problem(at, at + 1, 'yaml.strayClosing', { char: closing, opening: closing === ']' ? '[' : '{' });
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return colonInValue(text, at, code) ?? misaligned(text, at, code);
  const quote = /closing (["'])quote/.exec(error.message)?.[1];
  if (code === 'MISSING_CHAR' && quote) return unclosedQuote(text, at, quote, code);
  if (code === 'MISSING_CHAR' && /Sequence item without - indicator/.test(error.message)) return misalignedAt(text, at, code);
  if ((code === 'MISSING_CHAR' && /followed by map values/.test(error.message)) || code === 'MULTILINE_IMPLICIT_KEY') return missingColon(text, at, code);
  if (code === 'UNEXPECTED_TOKEN' && /scalar at node end/.test(error.message)) return quoteInside(text, at, code);
  if (code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(error.message)) return unclosedFlow(text, at);
  if ((code === 'BAD_ALIAS' && /empty string/.test(error.message)) || code === 'BAD_SCALAR_START') return indicatorStart(text, at, code);
  return undefined;
}

function problem(start: number, end: number, messageId: ParseProblem['messageId'], params: ParseProblem['params']): ParseProblem {
  return { ruleId: 'yaml-syntax', severity: 'error', start, end, messageId, params };
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEndOf(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  const stop = end < 0 ? text.length : end;
  return text.charCodeAt(stop - 1) === 0x0d ? stop - 1 : stop;
}

/** The key of a `key: value` line (after any `- `), and the column where it starts. */
function keyOfLine(text: string, lineStart: number): { key: string; column: number } | undefined {
  const line = text.slice(lineStart, lineEndOf(text, lineStart));
  const match = /^([ ]*(?:-[ ]+)*)([^\s#'"\-[{][^:#]*?|"[^"]*"|'[^']*'):(?:[ \t]|$)/.exec(line);
  if (!match) return undefined;
  return { key: match[2]!.replace(/^["']|["']$/g, ''), column: match[1]!.length };
}

/**
 * `ufficio: Anagrafe - Orari: lun-ven`: the parser reads "Orari" as a key inside the value. The
 * colon followed by a blank (or ending the line) is where to look; the fix is the value quoted.
 */
function colonInValue(text: string, at: number, code: string): ParseProblem | undefined {
  const end = lineEndOf(text, at);
  const value = text.slice(at, end).replace(/[ \t]+#.*$/, '').trimEnd();
  // `'Orari dell'ufficio: lun-ven'`: the apostrophe closed the quotes; the colon only follows.
  if (value.startsWith("'") || value.startsWith('"')) return closedTooSoon(text, at);
  const colon = /:(?=[ \t]|$)/.exec(value);
  if (!colon) return undefined;
  const key = keyOfLine(text, lineStartOf(text, at))?.key ?? '';
  return problem(at + colon.index, at + colon.index + 1, 'yaml.colonInValue', { key, quoted: quotedText(value), code });
}

/** The quote that closes the quoted value starting at `at` before its text ends, as quoteInside says it. */
function closedTooSoon(text: string, at: number): ParseProblem | undefined {
  const quote = text[at]!;
  const end = lineEndOf(text, at);
  for (let i = at + 1; i < end; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (quote === "'" && text[i] === "'" && text[i + 1] === "'") i++;
    else if (text[i] === quote) return quoteInside(text, i + 1, 'UNEXPECTED_TOKEN');
  }
  return undefined;
}

/** The value in double quotes, without the typographic quotes Word put around it. */
function quotedText(value: string): string {
  const bare = /^[“„«‘"](.*)[”“»’"]$/.exec(value)?.[1] ?? value;
  return `"${bare.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A value starting with a character YAML reserves: `* vedi allegato` (a bullet, read as an
 * alias), `& altri` (an anchor), `@`, `` ` `` or `%`. The character is what to look at.
 */
function indicatorStart(text: string, at: number, code: string): ParseProblem | undefined {
  const char = text[at];
  if (!char || !'*&@`%'.includes(char)) return undefined;
  const value = text.slice(at, lineEndOf(text, at)).replace(/[ \t]+#.*$/, '').trimEnd();
  return problem(at, at + 1, 'yaml.indicatorStart', { char, quoted: quotedText(value), code });
}

/** The next line holding something other than blanks or a comment, from the end of this one. */
function nextContentLine(text: string, from: number): number | undefined {
  let start = text.indexOf('\n', from);
  while (start >= 0) {
    start++;
    const end = lineEndOf(text, start);
    if (!/^\s*(#.*)?$/.test(text.slice(start, end))) return start;
    start = text.indexOf('\n', start);
  }
  return undefined;
}

/** `- base: 6.1.c` then `      norma: ...` two spaces further in: the parser blames the value above. */
function misaligned(text: string, at: number, code: string): ParseProblem | undefined {
  const next = nextContentLine(text, at);
  return next === undefined ? undefined : misalignedAt(text, next, code);
}

/** A key at a column that no key above it shares: the key written on the line above is its model. */
function misalignedAt(text: string, at: number, code: string): ParseProblem | undefined {
  const start = lineStartOf(text, at);
  const here = keyOfLine(text, start);
  if (!here || start === 0) return undefined;
  let above = lineStartOf(text, start - 1);
  while (above > 0 && /^\s*(#.*)?$/.test(text.slice(above, lineEndOf(text, above)))) above = lineStartOf(text, above - 1);
  const model = keyOfLine(text, above);
  if (!model || model.column === here.column) return undefined;
  const keyAt = start + here.column;
  return problem(keyAt, keyAt + here.key.length, 'yaml.misaligned', { key: here.key, spaces: here.column, above: model.key, expected: model.column, code });
}

/**
 * The quote that opens the text the parser ran to its end without closing; or, when the quote is
 * closed on the next line, that line: it goes on with the text but starts at the key's column
 * (a sentence pasted from Word, broken where it was), and the parser stops before it.
 */
function unclosedQuote(text: string, at: number, char: string, code: string): ParseProblem | undefined {
  const quote = text.lastIndexOf(char, at - 1);
  if (quote < 0) return undefined;
  const next = nextContentLine(text, at);
  if (next !== undefined && text.slice(next, lineEndOf(text, next)).includes(char)) {
    const key = keyOfLine(text, lineStartOf(text, quote))?.key ?? '';
    return problem(next, lineEndOf(text, next), 'yaml.quoteContinuation', { key, code });
  }
  return problem(quote, quote + 1, 'yaml.unclosedQuote', { char, code });
}

/** `note` alone on its line: a key being typed, or a word left where a key goes. */
function missingColon(text: string, at: number, code: string): ParseProblem | undefined {
  const start = lineStartOf(text, at);
  const line = text.slice(start, lineEndOf(text, start));
  const word = /^([ ]*)(\S.*)$/.exec(line);
  if (!word || word[2]!.includes(':')) return undefined;
  const from = start + word[1]!.length;
  return problem(from, from + word[2]!.length, 'yaml.missingColon', { word: word[2]!, code });
}

/**
 * `'Ufficio dell'Anagrafe'`: the apostrophe closes the quotes and the rest is left over; as does a
 * `"` inside double quotes. The parser points at the text after it; the quote is what to fix.
 */
function quoteInside(text: string, at: number, code: string): ParseProblem | undefined {
  const char = text[at - 1];
  if ((char !== "'" && char !== '"') || !/[\p{L}\p{N}]/u.test(text[at] ?? '')) return undefined;
  const after = /^[\p{L}\p{N}]*/u.exec(text.slice(at))![0];
  if (char === '"') return problem(at - 1, at, 'yaml.quoteInside', { word: after, code });
  const before = /[\p{L}\p{N}]*$/u.exec(text.slice(lineStartOf(text, at), at - 1))![0];
  return problem(at - 1, at, 'yaml.apostrophe', { word: before + char + after, code });
}

/** `interessati: [residenti, cittadini` with more lines below: the bracket is what is left open. */
function unclosedFlow(text: string, at: number): ParseProblem | undefined {
  const open = unclosedFlowStart(text.slice(0, at));
  if (open === undefined) return undefined;
  const char = text[open]!;
  return problem(open, open + 1, 'yaml.unclosedFlow', { char, closing: char === '[' ? ']' : '}' });
}
