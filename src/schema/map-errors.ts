import type { ErrorObject } from 'ajv';
import type { MessageId } from '../i18n/messages-it.js';
import type { Diagnostic, MessageParams, Range } from '../diagnostics/types.js';
import type { SourceFile } from '../register/source-file.js';
import { joinPointer } from '../register/positions.js';
import { hintForCountry, hintForPattern, hintForType } from './hints.js';
import { oddSpaceIn } from '../text/odd-spaces.js';
import { keyInLabel, nearest, nearestCode } from '../util/suggest.js';

/**
 * Turns Ajv's errors into diagnostics in the user's terms: each at the key or value concerned,
 * with a suggestion where one is likely (a near enum value, a near key, a quoted number...).
 */
export function mapSchemaErrors(errors: readonly ErrorObject[], file: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const renamed = keysRenamed(errors);
  for (const error of relevant(errors)) {
    // "Denominazione:" is the required denominazione mistyped: one message, the one naming both.
    if (error.keyword === 'required' && renamed.has(`${error.instancePath}\0${String(error.params.missingProperty)}`)) continue;
    const mapped = mapOne(error, file);
    if (!mapped) continue;
    const key = `${mapped.range.start.line}:${mapped.range.start.column}:${mapped.messageId}:${JSON.stringify(mapped.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({ ruleId: 'schema', severity: 'error', file: file.displayPath, ...mapped });
  }
  return diagnostics;
}

/** The key an unknown key was meant to be: a typo of it, or a label that names it. */
function keySuggested(error: ErrorObject): string | undefined {
  const key = String(error.params.additionalProperty);
  const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
  return nearest(key, allowed) ?? keyInLabel(key, allowed);
}

/** `mapping pointer \0 key` for each unknown key that suggests a key of its mapping. */
function keysRenamed(errors: readonly ErrorObject[]): Set<string> {
  const renamed = new Set<string>();
  for (const error of errors) {
    const suggestion = error.keyword === 'additionalProperties' ? keySuggested(error) : undefined;
    if (suggestion) renamed.add(`${error.instancePath}\0${suggestion}`);
  }
  return renamed;
}

/**
 * Drops the noise of composite keywords: `if` failures (their `then` error says it all), and
 * for `anyOf`, either the branch errors (when the value matched no branch's type) or the anyOf
 * error itself (when a branch's type matched and its own errors, deeper down, are the news).
 */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept = errors.filter((e) => e.keyword !== 'if');
  const anyOfPaths = new Set(kept.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const typePaths = new Set(kept.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // A value of the wrong type where a code goes fails both its type and its list of codes: one
  // message says it, the one that tells what to write (typeSays).
  const both = new Map(kept.filter((e) => (e.keyword === 'enum' || e.keyword === 'const') && typePaths.has(e.instancePath)).map((e) => [e.instancePath, typeSays(e)]));
  return kept.filter((e) => {
    if (e.keyword === 'anyOf') {
      return !kept.some((o) => o.instancePath.startsWith(e.instancePath + '/'));
    }
    if (anyOfPaths.has(e.instancePath) && ['type', 'const', 'enum'].includes(e.keyword)) return false;
    const typeWins = both.get(e.instancePath);
    if (typeWins !== undefined && ['type', 'const', 'enum'].includes(e.keyword)) return typeWins === (e.keyword === 'type');
    return true;
  });
}

/**
 * Which of a type error and a list error on the same value tells the user what to write: the
 * type's, for a list or a map or nothing where a code goes ("atteso un testo, trovato un elenco"),
 * and for a number that is a code once quoted (`meccanismo: 45`); the list's, with its nearest
 * code, for any other number or true/false (`base: 6.1`, `paese: 39`), which quotes would not fix.
 */
function typeSays(listError: ErrorObject): boolean {
  const data = listError.data;
  if (data === null || data === undefined || typeof data === 'object') return true;
  return listValues(listError.parentSchema).includes(String(data));
}

function listValues(schema: unknown): string[] {
  const s = (schema ?? {}) as { enum?: unknown[]; const?: unknown };
  if (Array.isArray(s.enum)) return s.enum.map(String);
  return s.const === undefined ? [] : [String(s.const)];
}

interface Mapped {
  range: Range;
  messageId: MessageId;
  params: MessageParams;
}

function mapOne(error: ErrorObject, file: SourceFile): Mapped | undefined {
  const pointer = error.instancePath;
  const at = file.positions;
  const value = (): Range => at.value(pointer);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      if (/\/(then|else)\//.test(error.schemaPath)) return { range: at.key(pointer), messageId: 'schema.recipient', params: {} };
      return { range: at.key(pointer), messageId: 'schema.required', params: { key } };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const suggestion = keySuggested(error);
      const range = at.key(joinPointer(pointer, key));
      const odd = oddSpaceIn(key);
      const shown = { key, ...(odd ? { odd } : {}) };
      return suggestion
        ? { range, messageId: 'schema.additionalSuggest', params: { ...shown, suggestion } }
        : { range, messageId: 'schema.additional', params: shown };
    }
    case 'type': {
      if (pointer === '' && (error.data === null || error.data === undefined)) {
        return { range: value(), messageId: 'schema.empty', params: {} };
      }
      const expected = String(params.type);
      const hint = hintForType(expected, error.data, at.sourceText(pointer));
      if (hint?.messageId === 'schema.typeColonHint') return { range: oneLine(value(), String(hint.params.value)), ...hint };
      if (hint) return { range: value(), ...hint };
      return { range: value(), messageId: 'schema.type', params: { expected, actual: typeOf(error.data) } };
    }
    case 'enum':
    case 'const': {
      // Some 250 codes: no list, but the code of what was written ("UK", "Stati Uniti").
      if (error.schemaPath.endsWith('/$defs/paese/enum')) return { range: value(), ...hintForCountry(String(error.data)) };
      const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
      // "raccolta:" with nothing after it is a value not yet written, not the value "null".
      if (error.data === null || error.data === undefined) return { range: value(), messageId: 'schema.enumEmpty', params: { allowed: allowed.join(', ') } };
      const given = typeof error.data === 'object' ? JSON.stringify(error.data) : String(error.data);
      const suggestion = nearestCode(given, allowed) ?? nearest(given, allowed);
      return suggestion
        ? { range: value(), messageId: 'schema.enumSuggest', params: { value: given, suggestion } }
        : { range: value(), messageId: 'schema.enum', params: { value: given, allowed: allowed.join(', ') } };
    }
    case 'anyOf': {
      const branches = (error.schema as Array<{ const?: unknown; type?: string }>) ?? [];
      const expected = branches.map((b) => (b.const !== undefined ? `"${String(b.const)}"` : `${b.type}`)).join(' | ');
      return { range: value(), messageId: 'schema.anyOf', params: { expected } };
    }
    case 'pattern':
      return { range: value(), ...hintForPattern(String(params.pattern), String(error.data)) };
    case 'minLength':
      return { range: value(), messageId: 'schema.minLength', params: {} };
    case 'maxLength':
      return { range: value(), messageId: 'schema.maxLength', params: { limit: Number(params.limit) } };
    case 'minItems':
      return { range: value(), messageId: 'schema.minItems', params: { limit: Number(params.limit) } };
    case 'minimum':
      return { range: value(), messageId: 'schema.minimum', params: { limit: Number(params.limit) } };
    default:
      return { range: value(), messageId: 'schema.other', params: { detail: error.message ?? error.keyword } };
  }
}

/** The range of a value written on one line, without the line end a block mapping's range takes in. */
function oneLine(range: Range, written: string): Range {
  return { start: range.start, end: { ...range.start, column: range.start.column + written.length } };
}

export function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
