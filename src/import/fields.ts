import campi from './data/campi.json' with { type: 'json' };
import { fold } from '../util/suggest.js';

/** The fields an imported register can fill, from data/campi.json. */
export interface FieldSpec {
  campo: string;
  names: Set<string>;
  /** The heading group that tells this field apart when its name is ambiguous (CATEGORIA). */
  group?: string;
  /** An ambiguous name outside any group means this field. */
  ungrouped: boolean;
  /** What its values look like; undefined for free text. */
  values?: RegExp;
}

/** `(?i)` at the start of a pattern in the data means case-insensitive. */
function pattern(source: string): RegExp | undefined {
  if (!source) return undefined;
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'iu') : new RegExp(source, 'u');
}

export const FIELDS: readonly FieldSpec[] = campi.campi.map((c) => ({
  campo: c.campo,
  names: new Set(c.nomi.map(fold)),
  group: c.gruppo,
  ungrouped: c.senza_gruppo === true,
  values: pattern(c.valori),
}));

export const GROUPS: ReadonlyArray<[string, Set<string>]> = Object.entries(campi.gruppi).map(([group, names]) => [group, new Set(names.map(fold))]);

export function groupOf(label: string): string | undefined {
  const f = fold(label);
  return GROUPS.find(([, names]) => names.has(f))?.[0];
}

/** The fields a heading may name (more than one when it is ambiguous, like CATEGORIA). */
export function fieldsNamed(label: string): FieldSpec[] {
  const f = fold(label);
  if (!f) return [];
  return FIELDS.filter((spec) => spec.names.has(f) || [...spec.names].some((n) => n.length > 6 && f.startsWith(n)));
}
