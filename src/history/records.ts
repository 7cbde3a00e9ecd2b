import type { FileKind } from '../register/layout.js';
import type { Register } from '../register/model.js';
import { catalogueKey } from '../register/translations.js';
import { VOCAB_NAMES } from '../vocab/vocabulary.js';
import type { RecordKind, RecordVersion } from './compare.js';

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * The records of one version of a register, as plain data. A file with shape errors still
 * counts with whatever it says: a diff is about what changed, and a broken file is a change.
 * vocabolario.yaml counts term by term and translation by translation: a label or a translation
 * changed is a change to every notice that shows it.
 */
export function recordsOf(register: Register): RecordVersion[] {
  return register.files.flatMap((file) => recordsOfFile(file.kind, file.id, file.data));
}

/** The records one file holds: itself, or its parties, terms and translations. */
export function recordsOfFile(kind: FileKind, id: string, value: unknown): RecordVersion[] {
  const data = asRecord(value);
  if (!data) return [];
  if (kind === 'registro') return [{ kind: 'registro', id: 'registro', data }];
  if (kind === 'soggetti') return partiesOf(data);
  if (kind === 'vocabolario') return [...termsOf(data), ...translationsOf(data)];
  return [{ kind: kind as RecordKind, id, data }];
}

/** The register's own terms, by vocabulary and id ("dati/allergie"). */
function termsOf(data: Record<string, unknown>): RecordVersion[] {
  return VOCAB_NAMES.flatMap((name) => withIds(data[name]).map(({ id, rest }) => ({ kind: 'termine' as const, id: `${name}/${id}`, data: rest })));
}

/** The English translations, by the Italian text they translate (spaces and line breaks do not count, as in the notices). */
function translationsOf(data: Record<string, unknown>): RecordVersion[] {
  const en = asRecord(data.traduzioni)?.en;
  return (Array.isArray(en) ? en : []).flatMap((item) => {
    const entry = asRecord(item);
    if (!entry || typeof entry.it !== 'string') return [];
    return [{ kind: 'traduzione' as const, id: sameText(entry.it), data: { en: entry.en } }];
  });
}

/** A text as the notices compare it: runs of spaces and line breaks are one space. */
export const sameText = catalogueKey;

function withIds(list: unknown): Array<{ id: string; rest: Record<string, unknown> }> {
  return (Array.isArray(list) ? list : []).flatMap((item) => {
    const entry = asRecord(item);
    if (!entry || typeof entry.id !== 'string') return [];
    const { id, ...rest } = entry;
    return [{ id: id as string, rest }];
  });
}

function partiesOf(data: Record<string, unknown>): RecordVersion[] {
  return withIds(data.soggetti).map(({ id, rest }) => ({ kind: 'soggetto' as const, id, data: rest }));
}
