import type { MessageId } from '../i18n/messages-it.js';
import type { MessageParams } from '../diagnostics/types.js';
import { slugify } from '../util/suggest.js';
import { countryCodeOf } from '../law/countries.js';

interface Hint {
  messageId: MessageId;
  params: MessageParams;
}

const YES = /^(si|sì|s|yes|y|vero|x)$/i;
const NO = /^(no|n|falso|false)$/i;

/**
 * Hints for the mistakes a spreadsheet user makes in YAML: SI/NO where a boolean is expected,
 * and a number (a P.IVA, a phone) left unquoted where text is expected.
 */
export function hintForType(expected: string, data: unknown, source: string | undefined): Hint | undefined {
  if (expected === 'boolean' && typeof data === 'string') {
    const value = data.trim();
    if (YES.test(value)) return { messageId: 'schema.typeBoolHint', params: { value: data, suggestion: 'true' } };
    if (NO.test(value)) return { messageId: 'schema.typeBoolHint', params: { value: data, suggestion: 'false' } };
  }
  if (expected.split(',').includes('string') && typeof data === 'number') {
    return { messageId: 'schema.typeQuoteHint', params: { value: source?.trim() || String(data) } };
  }
  if (expected.split(',').includes('string')) return colonInText(data, source);
  if (expected === 'array' && typeof data === 'string') return bulletList(data);
  return undefined;
}

/** The bullets a word processor puts before the items of a list, which YAML reads as text. */
const BULLET = /^([•◦▪▫●○■□–—·‣⁃➢➤►✓✔])\s*(.+?)(?=\s+\1\s|$)/u;

/** `• ANPR • Halley` under `applicativi:`: one text to YAML, a list to who pasted it from Word. */
function bulletList(data: string): Hint | undefined {
  const bullet = BULLET.exec(data.trim());
  if (!bullet) return undefined;
  return { messageId: 'schema.typeBulletHint', params: { bullet: bullet[1]!, first: bullet[2]! } };
}

/**
 * `- Gestionale: Halley` in a list of texts: the colon and blank made a one-pair mapping of a
 * text typed on one line. Quoting it keeps the words; a mapping written as one (`{ }`, or over
 * several lines) is no text typed by mistake and keeps the plain message.
 */
function colonInText(data: unknown, source: string | undefined): Hint | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length !== 1) return undefined;
  const written = source?.trim() ?? '';
  if (!written || written.includes('\n') || written.startsWith('{')) return undefined;
  const value = Object.values(data)[0];
  if (value !== null && typeof value === 'object') return undefined;
  return { messageId: 'schema.typeColonHint', params: { value: written, quoted: `"${written.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` } };
}

/** Patterns name the shape the schema wants; each gets its own message and a corrected value. */
export function hintForPattern(pattern: string, value: string): Hint {
  if (pattern.includes('[0-9]{4}-[0-9]{2}-[0-9]{2}')) {
    const m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(value.trim());
    if (m) {
      const suggestion = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
      return { messageId: 'schema.dateSuggest', params: { value, suggestion } };
    }
    return { messageId: 'schema.date', params: { value } };
  }
  if (pattern.startsWith('^[a-z0-9]+(-[a-z0-9]+)*')) {
    return { messageId: 'schema.id', params: { value, suggestion: slugify(value) } };
  }
  // A text or a term with nothing but blanks (the schemas say "\S" where minLength 1 would do:
  // yaml-language-server words minLength only in English).
  if (pattern === '\\S') return { messageId: 'schema.minLength', params: {} };
  return { messageId: 'schema.pattern', params: { value } };
}

/** A country that is not an ISO 3166-1 code, with the code meant where the data know it. */
export function hintForCountry(value: string): Hint {
  return { messageId: 'schema.country', params: { value, suggestion: countryCodeOf(value) ?? '' } };
}
