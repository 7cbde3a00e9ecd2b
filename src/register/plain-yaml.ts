import jsyaml from 'js-yaml';
import { KIND, SpanWriter, type NodeSpans } from './node-spans.js';

/**
 * The plain YAML that registers are written in, read in one pass over the text: block mappings
 * with simple keys (`basi_giuridiche:`), block sequences, one-line scalars (plain, 'single' or
 * "double" quoted without escapes), one-line flow sequences of scalars, `[]`, `{}`, and `|` or
 * `>` block scalars. It gives the data js-yaml gives (the same resolvers type each plain
 * scalar) and the span of every node, about four times faster.
 *
 * Anything else is not guessed at: the reader gives up (undefined) and js-yaml, then `yaml`,
 * read the file. That includes tabs, CR, non-printable characters, a plain scalar that goes on
 * to the next line, quoted or unusual keys, duplicate keys, escapes, nested flow collections,
 * block scalars with leading blank lines, indentation or `+` indicators, and documents that do
 * not start with a mapping. test/unit/plain-yaml.test.ts holds it to js-yaml on mutated files.
 */
export function readPlainYaml(text: string): { data: Record<string, unknown>; spans: NodeSpans } | undefined {
  if (text.includes('\t') || text.includes('\r') || text.charCodeAt(0) === 0xfeff || NON_PRINTABLE.test(text)) return undefined;
  try {
    return new PlainReader(text).document();
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return undefined;
  }
}

/** js-yaml refuses these characters in a scalar; the reader leaves such files to it. */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** Thrown (never outside this module) where the text leaves the plain form. */
const NOT_PLAIN = Object.freeze({ notPlain: true });

const SPACE = 0x20;
const LF = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DOUBLE = 0x22;
const SINGLE = 0x27;

/** js-yaml's own resolvers for plain scalars (null, bool, int, float), in its order. */
const IMPLICIT = (jsyaml.CORE_SCHEMA as unknown as { compiledImplicit: readonly jsyaml.Type[] }).compiledImplicit;

/** First characters a null, bool, int or float can have: any other plain scalar is a string. */
const TYPED_START = new Uint8Array(128);
for (const c of '0123456789+-.~nNtTfF') TYPED_START[c.charCodeAt(0)] = 1;

/** Characters no plain scalar may start with here (YAML indicators). */
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;

/** A plain scalar as js-yaml types it. */
function resolvePlain(raw: string): unknown {
  const first = raw.charCodeAt(0);
  if (first >= 128 || TYPED_START[first] === 0) return raw;
  for (const type of IMPLICIT) if (type.resolve(raw)) return type.construct(raw);
  return raw;
}

/** Key characters: ASCII letters, digits, `_` and `-`, starting with a letter or `_`. */
const isKeyStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isKeyPart = (c: number): boolean => isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === DASH;

class PlainReader {
  private readonly length: number;
  private readonly spans = new SpanWriter();
  /** Where the next content line starts its content (-1 at the end), and its indentation. */
  private next = -1;
  private nextIndent = 0;
  /** Where the last node read ends. */
  private end = 0;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  document(): { data: Record<string, unknown>; spans: NodeSpans } {
    const first = this.contentFrom(0);
    if (first < 0 || this.nextIndent !== 0 || this.isDash(first)) throw NOT_PLAIN;
    const data = this.mapping(0, first, -1);
    if (this.next >= 0) throw NOT_PLAIN;
    return { data, spans: this.spans.finish() };
  }

  /** Entries `key: value` at one indentation, the first at `at`. */
  private mapping(indent: number, at: number, parent: number): Record<string, unknown> {
    const node = this.spans.open(at, parent);
    const result: Record<string, unknown> = {};
    for (let p = at; ; p = this.next) {
      const keyEnd = this.keyEnd(p);
      if (keyEnd < 0) throw NOT_PLAIN;
      const key = this.newKey(p, keyEnd, result);
      this.spans.close(this.spans.open(p, node), keyEnd, KIND.scalar);
      result[key] = this.value(keyEnd + 1, indent, node, true);
      if (this.next < 0 || this.nextIndent < indent) break;
      if (this.nextIndent > indent) throw NOT_PLAIN;
    }
    this.spans.close(node, this.end, KIND.mapping);
    return result;
  }

  /** Items `- value` at one indentation, the first at `at`. */
  private sequence(indent: number, at: number, parent: number): unknown[] {
    const node = this.spans.open(at, parent);
    const items: unknown[] = [];
    for (let p = at; ; p = this.next) {
      const q = this.skipSpaces(p + 1);
      // `- key: value` opens a mapping at the key's column.
      items.push(this.keyEnd(q) >= 0 ? this.mapping(indent + (q - p), q, node) : this.value(p + 1, indent, node, false));
      if (this.next < 0 || this.nextIndent < indent) break;
      if (this.nextIndent > indent) throw NOT_PLAIN;
      if (!this.isDash(this.next)) break;
    }
    this.spans.close(node, this.end, KIND.sequence);
    return items;
  }

  /** The value after `key:` or `-`, from `from`, in a collection at `indent`. */
  private value(from: number, indent: number, parent: number, inMapping: boolean): unknown {
    const p = this.skipSpaces(from);
    const c = this.text.charCodeAt(p);
    if (p >= this.length || c === LF || c === HASH) return this.nested(p, indent, parent, inMapping);
    if (c === 0x7c || c === 0x3e) return this.blockScalar(p, indent, parent);
    if (c === 0x5b) return this.flowSequence(p, parent);
    if (c === 0x7b) return this.flowMapping(p, parent);
    if (c === DOUBLE || c === SINGLE) {
      const { value, end } = this.quoted(p);
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
    if (first < 128 && INDICATOR[first] === 1) throw NOT_PLAIN;
    const lineEnd = this.lineEnd(p);
    let end = lineEnd;
    for (let i = p + 1; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) {
        end = i;
        break;
      }
      // `a: b: c` is an error, and `a: b:` may open a mapping: js-yaml decides.
      if (c === COLON && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) throw NOT_PLAIN;
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    const raw = text.slice(p, end);
    this.scalarNode(p, end, parent, KIND.scalar);
    this.setNext(lineEnd);
    return resolvePlain(raw);
  }

  /** A quoted scalar on one line: 'single' (with '' for a quote) or "double" without escapes. */
  private quoted(p: number): { value: string; end: number } {
    const { text } = this;
    const quote = text[p]!;
    let close = text.indexOf(quote, p + 1);
    if (quote === "'") while (close >= 0 && text.charCodeAt(close + 1) === SINGLE) close = text.indexOf(quote, close + 2);
    if (close < 0) throw NOT_PLAIN;
    const inner = text.slice(p + 1, close);
    if (inner.includes('\n') || (quote === '"' && inner.includes('\\'))) throw NOT_PLAIN;
    return { value: quote === "'" && inner.includes("''") ? inner.replaceAll("''", "'") : inner, end: close + 1 };
  }

  /** `[a, "b", 3]` on one line, of scalars only. */
  private flowSequence(p: number, parent: number): unknown[] {
    const { text } = this;
    const node = this.spans.open(p, parent);
    const items: unknown[] = [];
    let q = this.skipSpaces(p + 1);
    if (text.charCodeAt(q) !== 0x5d) {
      for (;;) {
        items.push(this.flowScalar(q, node, 0x5d));
        q = this.skipSpaces(this.end);
        if (text.charCodeAt(q) === 0x5d) break;
        if (text.charCodeAt(q) !== 0x2c) throw NOT_PLAIN;
        q = this.skipSpaces(q + 1);
        // A trailing comma (`[a, ]`) is left to js-yaml.
        if (text.charCodeAt(q) === 0x5d) throw NOT_PLAIN;
      }
    }
    this.spans.close(node, q + 1, KIND.sequence);
    this.end = q + 1;
    this.endLine(q + 1);
    return items;
  }

  /** `{key: value, ...}` on one line, of simple keys and scalars only. */
  private flowMapping(p: number, parent: number): Record<string, unknown> {
    const { text } = this;
    const node = this.spans.open(p, parent);
    const result: Record<string, unknown> = {};
    let q = this.skipSpaces(p + 1);
    if (text.charCodeAt(q) !== 0x7d) {
      for (;;) {
        const keyEnd = this.keyEnd(q);
        if (keyEnd < 0) throw NOT_PLAIN;
        const key = this.newKey(q, keyEnd, result);
        this.spans.close(this.spans.open(q, node), keyEnd, KIND.scalar);
        result[key] = this.flowScalar(this.skipSpaces(keyEnd + 1), node, 0x7d);
        q = this.skipSpaces(this.end);
        if (text.charCodeAt(q) === 0x7d) break;
        if (text.charCodeAt(q) !== 0x2c) throw NOT_PLAIN;
        q = this.skipSpaces(q + 1);
        if (text.charCodeAt(q) === 0x7d) throw NOT_PLAIN;
      }
    }
    this.spans.close(node, q + 1, KIND.mapping);
    this.end = q + 1;
    this.endLine(q + 1);
    return result;
  }

  /** One scalar in a flow collection closed by `closing` (`]` or `}`), at `q`; sets `end`. */
  private flowScalar(q: number, parent: number, closing: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(q);
    if (c === DOUBLE || c === SINGLE) {
      const { value, end } = this.quoted(q);
      this.scalarNode(q, end, parent, KIND.scalar);
      return value;
    }
    let end = q;
    while (end < this.length && !FLOW_STOP.has(text.charCodeAt(end))) end++;
    const stop = text.charCodeAt(end);
    if (stop !== 0x2c && stop !== closing) throw NOT_PLAIN;
    while (end > q && text.charCodeAt(end - 1) === SPACE) end--;
    if (end === q || (c < 128 && INDICATOR[c] === 1)) throw NOT_PLAIN;
    this.scalarNode(q, end, parent, KIND.scalar);
    return resolvePlain(text.slice(q, end));
  }

  /** `|` or `>` (with `-` to strip the last line break) and the lines indented under it. */
  private blockScalar(p: number, indent: number, parent: number): string {
    const { text } = this;
    const folded = text.charCodeAt(p) === 0x3e;
    const strip = text.charCodeAt(p + 1) === DASH;
    const headerEnd = p + (strip ? 2 : 1);
    let q = this.skipSpaces(headerEnd);
    if (text.charCodeAt(q) === HASH && q > headerEnd) q = this.lineEnd(q);
    if (text.charCodeAt(q) !== LF) throw NOT_PLAIN;
    let value = '';
    let lines = 0;
    let empty = 0;
    let blockIndent = -1;
    let last = q;
    let line = q + 1;
    while (line < this.length) {
      const content = this.skipSpaces(line);
      const spaces = content - line;
      if (content >= this.length) throw NOT_PLAIN;
      if (text.charCodeAt(content) === LF) {
        // A blank line: a line break of the text, unless it holds spaces beyond the indentation.
        if (blockIndent < 0 || spaces > blockIndent) throw NOT_PLAIN;
        empty++;
        line = content + 1;
        continue;
      }
      if (blockIndent < 0) {
        if (spaces <= indent) throw NOT_PLAIN;
        blockIndent = spaces;
      }
      if (spaces < blockIndent) break;
      if (folded && spaces > blockIndent) throw NOT_PLAIN;
      const lineEnd = text.indexOf('\n', content);
      if (lineEnd < 0) throw NOT_PLAIN;
      const joint = lines === 0 ? '' : folded ? (empty > 0 ? '\n'.repeat(empty) : ' ') : '\n'.repeat(empty + 1);
      value += joint + text.slice(line + blockIndent, lineEnd);
      lines++;
      empty = 0;
      last = lineEnd;
      line = lineEnd + 1;
    }
    if (lines === 0) throw NOT_PLAIN;
    this.scalarNode(p, last, parent, KIND.scalar);
    this.next = this.contentFrom(line);
    return strip ? value : value + '\n';
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
    if (q < this.length && this.text.charCodeAt(q) !== LF) throw NOT_PLAIN;
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
    if (key === '__proto__' || resolvePlain(key) !== key || Object.prototype.hasOwnProperty.call(result, key)) throw NOT_PLAIN;
    return key;
  }

  /** The end of a simple key at `p` (its `:` followed by a space or a line break), or -1. */
  private keyEnd(p: number): number {
    const { text } = this;
    if (!isKeyStart(text.charCodeAt(p))) return -1;
    let i = p + 1;
    while (isKeyPart(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== COLON) return -1;
    const after = text.charCodeAt(i + 1);
    return i + 1 >= this.length || after === SPACE || after === LF ? i : -1;
  }

  private isDash(p: number): boolean {
    const after = this.text.charCodeAt(p + 1);
    return this.text.charCodeAt(p) === DASH && (p + 1 >= this.length || after === SPACE || after === LF);
  }

  private skipSpaces(p: number): number {
    while (this.text.charCodeAt(p) === SPACE) p++;
    return p;
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
const FLOW_STOP = new Set([0x2c, 0x5d, 0x5b, 0x7b, 0x7d, HASH, COLON, LF]);
