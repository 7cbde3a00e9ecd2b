import type { ImportedRecord } from './record.js';
import { said } from './said.js';

/**
 * A row whose name cell continues a range merged down from the row above is not another
 * activity: it is one more purpose (or basis, or list of data) of the same one, which the office
 * wrote on its own row and under one merged name ("Gestione del personale" over "gestione
 * giuridica" and "gestione economica"). Its values join the record above: lists are joined
 * without repeats, a single value already there is kept, and its cells are kept verbatim under
 * "riga N: heading", so nothing of the row is lost.
 */
export function joinContinuation(record: ImportedRecord, next: ImportedRecord, line: number): void {
  const data = record.data as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(next.data)) {
    if (key === 'denominazione' || key === 'importazione') continue;
    const here = data[key];
    if (here === undefined) data[key] = value;
    else if (Array.isArray(here) && Array.isArray(value)) data[key] = joined(here, value);
  }
  const originali = record.data.importazione?.originali;
  const more = next.data.importazione?.originali ?? {};
  if (originali) for (const [label, text] of Object.entries(more)) originali[`riga ${line}: ${label}`] = text;
  record.report.push({ campo: 'denominazione', fate: 'dedotto', value: said(`riga ${line}: il nome è una cella unita a questa, la riga è parte dello stesso trattamento`, `row ${line}: its name is a cell merged with this one, the row is part of the same activity`) });
  record.report.push(...next.report.filter((r) => r.campo !== 'denominazione').map((r) => ({ ...r, campo: `${r.campo} (riga ${line})` })));
}

/** The items of both lists, each once, in order. */
function joined(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const seen = new Set(a.map((x) => JSON.stringify(x)));
  return [...a, ...b.filter((x) => !seen.has(JSON.stringify(x)))];
}
