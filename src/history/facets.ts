import { durationDays, isPermanent } from '../law/duration.js';
import type { Register } from '../register/model.js';

/** A view of a record that the legal effects are written against: a list, a flag or a number. */
export type Facet = unknown[] | boolean | Record<string, number> | undefined;

const PROCESSOR_ROLES = new Set(['responsabile', 'sub-responsabile']);

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const items = (value: unknown): Array<Record<string, unknown>> =>
  list(value).filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object');

/**
 * The facets of a record: its own fields, and the views that the effects in
 * src/law/data/effetti-modifiche.json name (the legal bases of all purposes, the processors
 * among the recipients, the longest retention in days, monitoring and automated decisions).
 */
export function facetOf(name: string, data: Record<string, unknown>, register: Register | undefined): Facet {
  switch (name) {
    case 'basi':
      return items(data.finalita).flatMap((f) => items(f.basi_giuridiche).map((b) => b.base));
    case 'responsabili': {
      const roles = new Map(register?.parties.map((p) => [p.id, p.data?.ruolo]) ?? []);
      return items(data.destinatari)
        .map((d) => d.soggetto)
        .filter((id): id is string => typeof id === 'string' && PROCESSOR_ROLES.has(String(roles.get(id))));
    }
    case 'conservazione-giorni':
      return retentionByScope(data.conservazione);
    case 'monitoraggio':
      return data.controllo_a_distanza !== undefined && data.controllo_a_distanza !== null;
    case 'decisioni-automatizzate':
      return items(data.decisioni_automatizzate).some((d) => d.presenti === true);
    default: {
      const value = data[name];
      if (typeof value === 'boolean') return value;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return true;
      return list(value);
    }
  }
}

/**
 * The retention of a record in days, by what each term covers (its data categories or purpose;
 * '' for the whole record), permanent counting as forever: a term is longer when the same scope
 * keeps its data longer.
 */
function retentionByScope(value: unknown): Record<string, number> {
  const days: Record<string, number> = {};
  for (const r of items(value)) {
    const text = typeof r.durata === 'string' ? r.durata : '';
    const length = isPermanent(text) ? Number.POSITIVE_INFINITY : durationDays(text);
    if (length === undefined) continue;
    const scope = Array.isArray(r.categorie) ? r.categorie.map(String).sort().join(',') : typeof r.finalita === 'string' ? r.finalita : '';
    days[scope] = Math.max(days[scope] ?? 0, length);
  }
  return days;
}
