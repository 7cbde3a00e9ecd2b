import { durationDays, isPermanent } from '../law/duration.js';
import type { Register } from '../register/model.js';

/** A view of a record that the legal effects are written against: a list, a flag or a number. */
export type Facet = unknown[] | boolean | number | undefined;

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
      return longestRetention(data.conservazione);
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

/** The longest retention of a record in days (permanent counts as forever); undefined when none reads as a duration. */
function longestRetention(value: unknown): number | undefined {
  let longest: number | undefined;
  for (const r of items(value)) {
    const text = typeof r.durata === 'string' ? r.durata : '';
    const days = isPermanent(text) ? Number.POSITIVE_INFINITY : durationDays(text);
    if (days !== undefined && (longest === undefined || days > longest)) longest = days;
  }
  return longest;
}
