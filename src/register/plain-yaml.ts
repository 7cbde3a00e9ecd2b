import { KIND, SpanWriter, type NodeSpans } from './node-spans.js';
import { INDICATOR, NON_PRINTABLE, NotPlain, readQuoted, resolvePlain, simpleKeyEnd, skipSpaces } from './plain-scalars.js';
import { readBlockScalar } from './plain-block-scalar.js';
import { BRACE_CLOSE, BRACE_OPEN, BRACKET_CLOSE, BRACKET_OPEN, COLON, COMMA, DASH, DOUBLE, GREATER, HASH, LF, PIPE, SINGLE, SPACE } from './yaml-chars.js';

/**
 * The plain YAML that registers are written in, read in one pass over the text: block mappings
 * with simple keys (`basi_giuridiche:`), block sequences, one-line scalars (plain, 'single' or
 * "double" quoted without escapes), one-line flow sequences and mappings of scalars, and `|` or
 * `>` block scalars. It gives the data js-yaml gives (the same resolvers type each plain
 * scalar) and the span of every node, twice as fast as js-yaml.
 *
 * Anything else is not guessed at: the reader gives up (undefined) and js-yaml, then `yaml`,
 * read the file. That includes tabs, CR, non-printable characters, a plain scalar that goes on
 * to the next line, quoted or unusual keys, duplicate keys, escapes, nested flow collections,
 * block scalars with leading blank lines, indentation or `+` indicators, and documents that do
 * not start with a mapping, and scalars that js-yaml and `yaml` read apart (plain-scalars.ts).
 * test/unit/plain-yaml.test.ts holds it to both parsers on thousands of mutated files.
 */
export function readPlainYaml(text: string): { data: Record<string, unknown>; spans: NodeSpans } | undefined {
  if (text.includes('\t') || text.includes('\r') || text.charCodeAt(0) === 0xfeff || NON_PRINTABLE.test(text)) return undefined;
  try {
    return new PlainReader(text).document();
  } catch (error) {
    if (error !== NotPlain) throw error;
    return undefined;
  }
}

/** Deeper than any register file nests (parse-yaml.ts refuses beyond 64 first). */
const MAX_DEPTH = 100;

class PlainReader {
  private readonly length: number;
  private readonly spans = new SpanWriter();
  /** Where the next content line starts its content (-1 at the end), and its indentation. */
  private next = -1;
  private nextIndent = 0;
  /** Where the last node read ends. */
  private end = 0;
  /** How many collections are open: the reader recurses on them, so it gives up well before the stack does. */
  private depth = 0;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  document(): { data: Record<string, unknown>; spans: NodeSpans } {
    const first = this.contentFrom(0);
    if (first < 0 || this.nextIndent !== 0 || this.isDash(first)) throw NotPlain;
    const data = this.mapping(0, first, -1);
    if (this.next >= 0) throw NotPlain;
    return { data, spans: this.spans.finish() };
  }

  /** Entries `key: value` at one indentation, the first at `at`. */
  private mapping(indent: number, at: number, parent: number): Record<string, unknown> {
    this.enter();
    const node = this.spans.open(at, parent);
    const result: Record<string, unknown> = {};
    for (let p = at; ; p = this.next) {
      const keyEnd = simpleKeyEnd(this.text, p);
      if (keyEnd < 0) throw NotPlain;
      const key = this.newKey(p, keyEnd, result);
      this.spans.close(this.spans.open(p, node), keyEnd, KIND.scalar);
      result[key] = this.value(keyEnd + 1, indent, node, true);
      if (this.next < 0 || this.nextIndent < indent) break;
      if (this.nextIndent > indent) throw NotPlain;
    }
    this.spans.close(node, this.end, KIND.mapping);
    this.depth--;
    return result;
  }

  /** Items `- value` at one indentation, the first at `at`. */
  private sequence(indent: number, at: number, parent: number): unknown[] {
    this.enter();
    const node = this.spans.open(at, parent);
    const items: unknown[] = [];
    for (let p = at; ; p = this.next) {
      const q = this.skipSpaces(p + 1);
      // `- key: value` opens a mapping at the key's column.
      items.push(simpleKeyEnd(this.text, q) >= 0 ? this.mapping(indent + (q - p), q, node) : this.value(p + 1, indent, node, false));
      if (this.next < 0 || this.nextIndent < indent) break;
      if (this.nextIndent > indent) throw NotPlain;
      if (!this.isDash(this.next)) break;
    }
    this.spans.close(node, this.end, KIND.sequence);
    this.depth--;
    return items;
  }

  /** The value after `key:` or `-`, from `from`, in a collection at `indent`. */
  private value(from: number, indent: number, parent: number, inMapping: boolean): unknown {
    const p = this.skipSpaces(from);
    const c = this.text.charCodeAt(p);
    if (p >= this.length || c === LF || c === HASH) return this.nested(p, indent, parent, inMapping);
    if (c === PIPE || c === GREATER) return this.blockScalar(p, indent, parent);
    if (c === BRACKET_OPEN) return this.flowSequence(p, parent);
    if (c === BRACE_OPEN) return this.flowMapping(p, parent);
    if (c === DOUBLE || c === SINGLE) {
      const { value, end } = readQuoted(this.text, p);
      this.scalarNode(p, end, parent, KIND.scalar);
      this.endLine(end);
      return value;
    }
    return this.plain(p, parent);
  }

  /** Nothing after `key:` on its line: a collection on the next lines, or an empty value (null). */
  private nested(p: number, indent: number, parent: number, inMapping: boolean): unknown {
    const next = this.contentFrom(this.lineAfter(p));
    if (next >= 0 && this.isDash(next) && (this.nextIndent > indent || (inMapping && this.nextIndent === indent))) return this.sequence(this.nextIndent, next, parent);
    if (next >= 0 && this.nextIndent > indent) return this.mapping(this.nextIndent, next, parent);
    // An empty node (kind 0): the span reader then leaves this file's positions to `yaml`.
    this.scalarNode(p, p, parent, 0);
    this.next = next;
    return null;
  }

  /** A plain scalar to the end of its line, before a ` #` comment. */
  private plain(p: number, parent: number): unknown {
    const { text } = this;
    const first = text.charCodeAt(p);
    if (first < 128 && INDICATOR[first] === 1) throw NotPlain;
    const lineEnd = this.lineEnd(p);
    let end = lineEnd;
    for (let i = p + 1; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) {
        end = i;
        break;
      }
      // `a: b: c` is an error, and `a: b:` may open a mapping: js-yaml decides.
      if (c === COLON && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) throw NotPlain;
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    const raw = text.slice(p, end);
    this.scalarNode(p, end, parent, KIND.scalar);
    this.setNext(lineEnd);
    return resolvePlain(raw);
  }

  /** `[a, "b", 3]` on one line, of scalars only. */
  private flowSequence(p: number, parent: number): unknown[] {
    const node = this.spans.open(p, parent);
    const items: unknown[] = [];
    const first = this.skipSpaces(p + 1);
    if (this.text.charCodeAt(first) === BRACKET_CLOSE) this.end = first + 1;
    else for (let q = first; q >= 0; q = this.nextFlowItem(BRACKET_CLOSE)) items.push(this.flowScalar(q, node, BRACKET_CLOSE));
    this.closeFlow(node, KIND.sequence);
    return items;
  }

  /** `{key: value, ...}` on one line, of simple keys and scalars only. */
  private flowMapping(p: number, parent: number): Record<string, unknown> {
    const node = this.spans.open(p, parent);
    const result: Record<string, unknown> = {};
    const first = this.skipSpaces(p + 1);
    if (this.text.charCodeAt(first) === BRACE_CLOSE) this.end = first + 1;
    else {
      for (let q = first; q >= 0; q = this.nextFlowItem(BRACE_CLOSE)) {
        const keyEnd = simpleKeyEnd(this.text, q);
        if (keyEnd < 0) throw NotPlain;
        const key = this.newKey(q, keyEnd, result);
        this.spans.close(this.spans.open(q, node), keyEnd, KIND.scalar);
        result[key] = this.flowScalar(this.skipSpaces(keyEnd + 1), node, BRACE_CLOSE);
      }
    }
    this.closeFlow(node, KIND.mapping);
    return result;
  }

  /** After an item of a flow collection: where the next one starts, or -1 at `closing` (then `end` is past it). */
  private nextFlowItem(closing: number): number {
    const { text } = this;
    const q = this.skipSpaces(this.end);
    if (text.charCodeAt(q) === closing) {
      this.end = q + 1;
      return -1;
    }
    if (text.charCodeAt(q) !== COMMA) throw NotPlain;
    const next = this.skipSpaces(q + 1);
    // A trailing comma (`[a, ]`) is left to js-yaml.
    if (text.charCodeAt(next) === closing) throw NotPlain;
    return next;
  }

  private closeFlow(node: number, kind: number): void {
    this.spans.close(node, this.end, kind);
    this.endLine(this.end);
  }

  /** One scalar in a flow collection closed by `closing` (`]` or `}`), at `q`; sets `end`. */
  private flowScalar(q: number, parent: number, closing: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(q);
    if (c === DOUBLE || c === SINGLE) {
      const { value, end } = readQuoted(this.text, q);
      this.scalarNode(q, end, parent, KIND.scalar);
      return value;
    }
    let end = q;
    while (end < this.length && !FLOW_STOP.has(text.charCodeAt(end))) end++;
    const stop = text.charCodeAt(end);
    if (stop !== COMMA && stop !== closing) throw NotPlain;
    while (end > q && text.charCodeAt(end - 1) === SPACE) end--;
    if (end === q || (c < 128 && INDICATOR[c] === 1)) throw NotPlain;
    this.scalarNode(q, end, parent, KIND.scalar);
    return resolvePlain(text.slice(q, end));
  }

  /** `|` or `>` and the lines indented under it (plain-block-scalar.ts). */
  private blockScalar(p: number, indent: number, parent: number): string {
    const { value, last, after } = readBlockScalar(this.text, p, indent);
    this.scalarNode(p, last, parent, KIND.scalar);
    this.next = this.contentFrom(after);
    return value;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw NotPlain;
  }

  /** A node without children, from `open` to `close`. */
  private scalarNode(open: number, close: number, parent: number, kind: number): void {
    this.spans.close(this.spans.open(open, parent), close, kind);
    this.end = close;
  }

  /** After a value: only spaces and a comment may follow it on its line. */
  private endLine(at: number): void {
    let q = this.skipSpaces(at);
    if (this.text.charCodeAt(q) === HASH && q > at) q = this.lineEnd(q);
    if (q < this.length && this.text.charCodeAt(q) !== LF) throw NotPlain;
    this.setNext(q);
  }

  /** The next content line after the line break at `lineEnd` (or the end of the text). */
  private setNext(lineEnd: number): void {
    this.next = lineEnd >= this.length ? -1 : this.contentFrom(lineEnd + 1);
  }

  /**
   * From the start of a line, the first character of the next line with content, skipping
   * blank and comment lines; -1 at the end of the text. Sets its indentation.
   */
  private contentFrom(lineStart: number): number {
    const { text } = this;
    for (let line = lineStart; line < this.length; ) {
      const content = this.skipSpaces(line);
      const c = text.charCodeAt(content);
      if (content >= this.length) return -1;
      if (c !== LF && c !== HASH) {
        this.nextIndent = content - line;
        return content;
      }
      line = this.lineAfter(content);
    }
    return -1;
  }

  /** The key from `p` to `end`, unless js-yaml would read it otherwise or `result` has it already. */
  private newKey(p: number, end: number, result: Record<string, unknown>): string {
    const key = this.text.slice(p, end);
    if (key === '__proto__' || resolvePlain(key) !== key || Object.prototype.hasOwnProperty.call(result, key)) throw NotPlain;
    return key;
  }

  private isDash(p: number): boolean {
    const after = this.text.charCodeAt(p + 1);
    return this.text.charCodeAt(p) === DASH && (p + 1 >= this.length || after === SPACE || after === LF);
  }

  private skipSpaces(p: number): number {
    return skipSpaces(this.text, p);
  }

  /** The line break ending the line that holds `p`, or the end of the text. */
  private lineEnd(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl < 0 ? this.length : nl;
  }

  private lineAfter(p: number): number {
    return Math.min(this.lineEnd(p) + 1, this.length);
  }
}

/** Where a plain scalar in a flow collection stops: `,`, `]` or `}` end it, the others are not read here. */
const FLOW_STOP = new Set([COMMA, BRACKET_CLOSE, BRACKET_OPEN, BRACE_OPEN, BRACE_CLOSE, HASH, COLON, LF]);
