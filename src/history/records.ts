import type { Register } from '../register/model.js';
import type { RecordKind, RecordVersion } from './compare.js';

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * The records of one version of a register, as plain data. A file with shape errors still
 * counts with whatever it says: a diff is about what changed, and a broken file is a change.
 */
export function recordsOf(register: Register): RecordVersion[] {
  const records: RecordVersion[] = [];
  for (const file of register.files) {
    const data = asRecord(file.data);
    if (!data) continue;
    if (file.kind === 'registro') records.push({ kind: 'registro', id: 'registro', data });
    else if (file.kind === 'soggetti') records.push(...partiesOf(data));
    else if (file.kind !== 'vocabolario') records.push({ kind: file.kind as RecordKind, id: file.id, data });
  }
  return records;
}

function partiesOf(data: Record<string, unknown>): RecordVersion[] {
  const list = Array.isArray(data.soggetti) ? data.soggetti : [];
  return list.flatMap((item) => {
    const party = asRecord(item);
    if (!party || typeof party.id !== 'string') return [];
    const { id, ...rest } = party;
    return [{ kind: 'soggetto' as const, id: id as string, data: rest }];
  });
}
