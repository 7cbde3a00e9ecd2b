import type { RegistroFile } from '../types/schema.js';
import { UsageError } from '../util/errors.js';
import { nearest } from '../util/suggest.js';
import { COLUMNS, COLUMN_SETS, type Column } from './columns.js';

/**
 * Which columns, in which order: `--colonne a,b,c`, else `--insieme NAME`, else the register's
 * own choice (opzioni.export), else the full set. Named sets: built in, or the register's.
 */
export function chooseColumns(flags: { colonne?: string; insieme?: string }, options: RegistroFile['opzioni']): Column[] {
  const own = options?.export;
  // A Map, not an object: a name typed by the user ("constructor", "__proto__") is only a name.
  const sets = new Map<string, readonly string[]>([...Object.entries(COLUMN_SETS), ...Object.entries(own?.insiemi ?? {})]);
  let ids: readonly string[];
  if (flags.colonne) ids = flags.colonne.split(',').map((s) => s.trim()).filter(Boolean);
  else if (flags.insieme || own?.insieme) {
    const name = (flags.insieme ?? own?.insieme)!;
    const set = sets.get(name);
    if (!set) throw new UsageError('usage.unknownColumnSet', { value: name, allowed: [...sets.keys()].join(', ') });
    ids = set;
  } else ids = own?.colonne ?? COLUMN_SETS.completo!;
  return ids.map((id) => {
    const column = COLUMNS.find((c) => c.id === id);
    if (column) return column;
    const suggestion = nearest(id, COLUMNS.map((c) => c.id));
    throw new UsageError('usage.unknownColumn', { value: id, suggestion: suggestion ?? '', allowed: COLUMNS.map((c) => c.id).join(', ') });
  });
}
