import jsyaml from 'js-yaml';
import { COLON, LF, SINGLE, SPACE } from './yaml-chars.js';

/**
 * What the plain reader (plain-yaml.ts) throws where the text leaves the plain form; it never
 * leaves that reader, which then gives the file to js-yaml.
 */
export const NotPlain = Object.freeze({ notPlain: true });

/** js-yaml refuses these characters in a scalar; the reader leaves such files to it. */
export const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** js-yaml's own resolvers for plain scalars (null, bool, int, float), in its order. */
const IMPLICIT = (jsyaml.CORE_SCHEMA as unknown as { compiledImplicit: readonly jsyaml.Type[] }).compiledImplicit;

/** First characters a null, bool, int or float can have: any other plain scalar is a string. */
const TYPED_START = new Uint8Array(128);
for (const c of '0123456789+-.~nNtTfF') TYPED_START[c.charCodeAt(0)] = 1;

/** Characters no plain scalar may start with here (YAML indicators). */
export const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;

/** Decimals that js-yaml and `yaml` read as the same finite number: short, without exponent or leading zero. */
const PLAIN_NUMBER = /^\+?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;

/** What `yaml` (YAML 1.2 core) reads as a number: int, hex, octal, float, infinity, NaN. */
const CORE_NUMBER = /^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * A plain scalar as js-yaml types it. Where js-yaml and `yaml` could read it apart (`+0x1F`,
 * `0b1`, `1_000`, `1e309`, `+.5`, `012`, `.inf`), the reader gives up: only null, booleans,
 * plain decimals and strings that neither parser takes for a number are read here.
 */
export function resolvePlain(raw: string): unknown {
  const first = raw.charCodeAt(0);
  if (first >= 128 || TYPED_START[first] === 0) return raw;
  const numeric = PLAIN_NUMBER.test(raw);
  if (!numeric && CORE_NUMBER.test(raw)) throw NotPlain;
  for (const type of IMPLICIT) {
    if (!type.resolve(raw)) continue;
    const value = type.construct(raw) as unknown;
    if (typeof value === 'number' && !numeric) throw NotPlain;
    return value;
  }
  if (numeric) throw NotPlain;
  return raw;
}

/** Key characters: ASCII letters, digits, `_` and `-`, starting with a letter or `_`. */
export const isKeyStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
export const isKeyPart = (c: number): boolean => isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;

/** The first character from `p` that is not a space. */
export function skipSpaces(text: string, p: number): number {
  let i = p;
  while (text.charCodeAt(i) === 0x20) i++;
  return i;
}

/** `yaml` refuses an implicit key longer than 1024 characters. */
const MAX_KEY_LENGTH = 1024;

/** The end of a simple key at `p` (its `:` followed by a space or a line break), or -1. */
export function simpleKeyEnd(text: string, p: number): number {
  if (!isKeyStart(text.charCodeAt(p))) return -1;
  let i = p + 1;
  while (isKeyPart(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== COLON || i - p > MAX_KEY_LENGTH) return -1;
  const after = text.charCodeAt(i + 1);
  return i + 1 >= text.length || after === SPACE || after === LF ? i : -1;
}

/** A quoted scalar on one line at `p`: 'single' (with '' for a quote) or "double" without escapes. */
export function readQuoted(text: string, p: number): { value: string; end: number } {
  const quote = text[p]!;
  let close = text.indexOf(quote, p + 1);
  if (quote === "'") while (close >= 0 && text.charCodeAt(close + 1) === SINGLE) close = text.indexOf(quote, close + 2);
  if (close < 0) throw NotPlain;
  const inner = text.slice(p + 1, close);
  if (inner.includes('\n') || (quote === '"' && inner.includes('\\'))) throw NotPlain;
  return { value: quote === "'" && inner.includes("''") ? inner.replaceAll("''", "'") : inner, end: close + 1 };
}
