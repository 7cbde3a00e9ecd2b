import { parse, YAMLError } from 'yaml';
import { LIMITS, readBounded } from '../util/read-bounded.js';
import { FIELDS } from './fields.js';
import type { Heading } from './headers.js';
import { UsageError } from '../util/errors.js';
import { fold, nearest } from '../util/suggest.js';

/**
 * A mapping file overrides any guess: `colonne: { campo: "Intestazione" | numero di colonna }`,
 * and optionally `riga_intestazione: N`. Mapped columns are taken as they are, not aligned.
 */
export function applyMapping(path: string, rows: readonly string[][], detected: Heading | undefined): Heading {
  let spec: { colonne?: Record<string, string | number>; riga_intestazione?: number };
  const text = readBounded(path, LIMITS.text).toString('utf8');
  try {
    spec = (parse(text, { logLevel: 'error' }) ?? {}) as typeof spec;
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    throw new UsageError('usage.badMapping', { path, detail: (error as Error).message.split('\n')[0] ?? '' });
  }
  const headingRow = spec.riga_intestazione ? spec.riga_intestazione - 1 : (detected?.rows[detected.rows.length - 1] ?? 0);
  const header = rows[headingRow] ?? [];
  const columns = new Map((detected?.columns ?? []).map((c) => [c.campo, c]));
  for (const [campo, where] of Object.entries(spec.colonne ?? {})) {
    if (!FIELDS.some((f) => f.campo === campo)) {
      throw new UsageError('usage.badMapping', { path, detail: `campo "${campo}" sconosciuto${nearest(campo, FIELDS.map((f) => f.campo)) ? `: forse "${nearest(campo, FIELDS.map((f) => f.campo))}"?` : ''}` });
    }
    const col = typeof where === 'number' ? where - 1 : header.findIndex((h) => fold(h) === fold(String(where)));
    if (col < 0) throw new UsageError('usage.badMapping', { path, detail: `colonna "${where}" non trovata alla riga ${headingRow + 1}` });
    columns.set(campo, { campo, col, label: header[col]?.trim() || `colonna ${col + 1}`, score: 1 });
  }
  const mapped = [...columns.values()].sort((a, b) => a.col - b.col);
  const unmapped = header.map((label, col) => ({ col, label: label.trim() })).filter((u) => u.label && !mapped.some((c) => c.col === u.col));
  return { rows: detected?.rows ?? [headingRow], columns: mapped, unmapped };
}
