import { parse, YAMLError } from 'yaml';
import responsabile from './data/responsabile.json' with { type: 'json' };
import { LIMITS, readBounded } from '../util/read-bounded.js';
import { FIELDS } from './fields.js';
import type { Heading } from './headers.js';
import { UsageError } from '../util/errors.js';
import { fold, nearest } from '../util/suggest.js';

interface MappingSpec {
  colonne?: Record<string, string | number>;
  riga_intestazione?: number;
}

/** The fields of the processor's register (art. 30, par. 2) that the controller's has not. */
const PROCESSOR_OWN = responsabile.campi.map((c) => c.campo);
const SHARED = new Set(responsabile.comuni);
const KNOWN = [...FIELDS.map((f) => f.campo), ...PROCESSOR_OWN];
/** Headings sit near the top, under at most a title block (as in headers.ts). */
const SEARCH_ROWS = 40;

/** Each mapping file read and checked once per run: the sheets' plans and the report all ask for it. */
const specs = new Map<string, MappingSpec>();

function readSpec(path: string): MappingSpec {
  let spec = specs.get(path);
  if (!spec) specs.set(path, (spec = checkedSpec(path)));
  return spec;
}

function checkedSpec(path: string): MappingSpec {
  const text = readBounded(path, LIMITS.text).toString('utf8');
  let spec: MappingSpec;
  try {
    spec = (parse(text, { logLevel: 'error' }) ?? {}) as MappingSpec;
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    throw new UsageError('usage.badMapping', { path, detail: (error as Error).message.split('\n')[0] ?? '' });
  }
  if (spec.riga_intestazione !== undefined && !(Number.isInteger(spec.riga_intestazione) && spec.riga_intestazione > 0)) {
    throw new UsageError('usage.badMapping', { path, detail: `riga_intestazione "${String(spec.riga_intestazione)}" non è un numero di riga (1, 2, ...)` });
  }
  if (spec.colonne !== undefined && (typeof spec.colonne !== 'object' || spec.colonne === null || Array.isArray(spec.colonne))) {
    throw new UsageError('usage.badMapping', { path, detail: 'colonne va scritto campo: "Intestazione" (o numero di colonna), una riga per campo' });
  }
  const fields = Object.keys(spec.colonne ?? {});
  for (const campo of fields) {
    if (!KNOWN.includes(campo)) throw new UsageError('usage.badMapping', { path, detail: `campo "${campo}" sconosciuto${nearest(campo, KNOWN) ? `: forse "${nearest(campo, KNOWN)}"?` : ''}` });
  }
  // One sheet is one register: the controller's (art. 30, par. 1) or the processor's (par. 2).
  const own = fields.filter((f) => PROCESSOR_OWN.includes(f));
  const controllers = fields.filter((f) => !PROCESSOR_OWN.includes(f) && !SHARED.has(f));
  if (own.length && controllers.length) {
    throw new UsageError('usage.badMapping', { path, detail: `${own.join(', ')} (registro del responsabile, art. 30, par. 2) e ${controllers.join(', ')} (registro del titolare, art. 30, par. 1) non stanno nella stessa mappa: una mappa descrive un registro solo` });
  }
  if (own.length && !own.includes('titolare')) {
    throw new UsageError('usage.badMapping', { path, detail: 'la mappa del registro del responsabile (art. 30, par. 2) indica la colonna del titolare per conto del quale si agisce: aggiungi "titolare"' });
  }
  return spec;
}

/** Whether the mapping file describes the processor's register (art. 30, par. 2): it maps the controller on whose behalf one acts. */
export function isProcessorMapping(path: string): boolean {
  return Object.keys(readSpec(path).colonne ?? {}).some((f) => PROCESSOR_OWN.includes(f));
}

/**
 * A mapping file overrides any guess: `colonne: { campo: "Intestazione" | numero di colonna }`,
 * and optionally `riga_intestazione: N`. Mapped columns are taken as they are, not aligned.
 * Without `riga_intestazione` the heading is the one detected or, when none is, the first row
 * holding most of the headings the mapping names.
 */
export function applyMapping(path: string, rows: readonly string[][], detected: Heading | undefined): Heading {
  const spec = readSpec(path);
  const named = Object.values(spec.colonne ?? {}).filter((w): w is string => typeof w === 'string');
  const headingRow = spec.riga_intestazione ? spec.riga_intestazione - 1 : (detected?.rows[detected.rows.length - 1] ?? rowNaming(rows, named));
  const header = rows[headingRow] ?? [];
  const columns = new Map((detected?.columns ?? []).map((c) => [c.campo, c]));
  for (const [campo, where] of Object.entries(spec.colonne ?? {})) {
    const col = typeof where === 'number' ? where - 1 : header.findIndex((h) => fold(h) === fold(String(where)));
    if (col < 0) throw new UsageError('usage.badMapping', { path, detail: `colonna "${where}" non trovata alla riga ${headingRow + 1}` });
    columns.set(campo, { campo, col, label: header[col]?.trim() || `colonna ${col + 1}`, score: 1 });
  }
  const mapped = [...columns.values()].sort((a, b) => a.col - b.col);
  const unmapped = header.map((label, col) => ({ col, label: label.trim() })).filter((u) => u.label && !mapped.some((c) => c.col === u.col));
  return { rows: detected?.rows ?? [headingRow], columns: mapped, unmapped };
}

/** The row (0-based) with most of the headings named, under a title block: the first such row, the first row when none has any. */
function rowNaming(rows: readonly string[][], named: readonly string[]): number {
  let best = 0;
  let most = 0;
  rows.slice(0, SEARCH_ROWS).forEach((row, i) => {
    const n = named.filter((h) => row.some((cell) => fold(cell) === fold(h))).length;
    if (n > most) [best, most] = [i, n];
  });
  return best;
}
