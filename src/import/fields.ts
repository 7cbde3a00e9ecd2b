import campi from './data/campi.json' with { type: 'json' };
import { fieldsOf, scoreLabel, THRESHOLD } from './score.js';

/** The fields an imported register can fill, from data/campi.json. */
export interface FieldSpec {
  campo: string;
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
  group: (c as { gruppo?: string }).gruppo,
  ungrouped: (c as { senza_gruppo?: boolean }).senza_gruppo === true,
  values: pattern(c.valori),
}));

const BY_NAME = new Map(FIELDS.map((f) => [f.campo, f]));

export function fieldSpec(campo: string): FieldSpec | undefined {
  return BY_NAME.get(campo);
}

/** The group a top heading opens (DATI PERSONALI, INTERESSATI, SICUREZZA), if it names one. */
export function groupOf(label: string): string | undefined {
  const best = fieldsOf(label)[0];
  return best ? BY_NAME.get(best.campo)?.group : undefined;
}

/** Whether a cell reads as a heading of the register: it names a field well enough. */
export function isHeadingCell(label: string): boolean {
  return fieldsOf(label).length > 0;
}

/** The fields a generic word such as CATEGORIA may mean, for resolution by the group above. */
export function candidates(label: string): string[] {
  return scoreLabel(label)
    .filter((s) => s.score > 0 && s.score < THRESHOLD + 0.3)
    .map((s) => s.campo);
}
