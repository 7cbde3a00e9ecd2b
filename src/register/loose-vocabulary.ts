import type { VocabolarioFile } from '../types/schema.js';
import { VOCAB_NAMES } from '../vocab/vocabulary.js';

/**
 * The terms of a vocabolario.yaml that failed its schema, read loosely: each entry with a
 * textual id and label, with only its yes/no traits and a numeric age kept. A wrong value in one
 * entry (eta_minima: "14") is reported by the schema; without this every record using the
 * register's own terms would also be told they are missing from vocabolario.yaml, where they are.
 */
export function looseVocabolario(data: unknown): VocabolarioFile | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const out: Record<string, unknown[]> = {};
  for (const name of VOCAB_NAMES) {
    const list = (data as Record<string, unknown>)[name];
    if (Array.isArray(list)) out[name] = list.flatMap(looseTerm);
  }
  return out as VocabolarioFile;
}

const CLASSES = new Set(['comune', 'particolare', 'giudiziario']);

function looseTerm(entry: unknown): object[] {
  if (!entry || typeof entry !== 'object') return [];
  const fields = entry as Record<string, unknown>;
  if (typeof fields.id !== 'string' || typeof fields.it !== 'string') return [];
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' && ['id', 'it', 'en', 'gruppo'].includes(key)) kept[key] = value;
    else if (key === 'classe' && CLASSES.has(value as string)) kept[key] = value;
    else if (typeof value === 'boolean' || (key === 'eta_minima' && Number.isInteger(value))) kept[key] = value;
  }
  return [kept];
}
