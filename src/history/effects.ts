import data from '../law/data/effetti-modifiche.json' with { type: 'json' };
import type { Register } from '../register/model.js';
import { canonical, listDifference } from './canonical.js';
import { servicesShowing } from './term-uses.js';
import type { RecordChange } from './compare.js';
import { facetOf } from './facets.js';

interface Condition {
  scheda: string;
  campo?: string;
  cambio: 'aggiunto' | 'attivato' | 'aumentato' | 'modificato' | 'rimossa';
}

interface EffectFact {
  id: string;
  servizi?: 'coinvolti' | 'ancora-collegati';
  it: string;
  en: string;
  riferimento: { it: string; en: string };
  quando: Condition[];
}

const EFFECTS = data.effetti as EffectFact[];

/** What one change obliges: the effect, the facets that set it off, and the services it concerns. */
export interface Effect {
  id: string;
  text: { it: string; en: string };
  reference: { it: string; en: string };
  /** The facets (fields or views) whose change set the effect off. */
  because: string[];
  /** The services concerned, by id and name. */
  services: Array<{ id: string; name: string }>;
}

/** Records that oblige only through the notices that show them. */
const SHOWN_BY_NOTICES = new Set<RecordChange['kind']>(['termine', 'traduzione', 'soggetto']);

/** The legal effects of one record's change, read from src/law/data/effetti-modifiche.json. */
export function effectsOf(change: RecordChange, before: Register | undefined, after: Register | undefined): Effect[] {
  const effects: Effect[] = [];
  for (const fact of EFFECTS) {
    const because = fact.quando.filter((c) => c.scheda === change.kind && holds(c, change, before, after)).map((c) => c.campo ?? c.cambio);
    if (because.length === 0) continue;
    const services = fact.servizi ? servicesOf(change, fact.servizi, before, after) : [];
    // A removed activity matters only while a service still points to it; a term, a translation
    // or a party only where a notice shows it.
    if ((fact.servizi === 'ancora-collegati' || (fact.servizi && SHOWN_BY_NOTICES.has(change.kind))) && services.length === 0) continue;
    effects.push({ id: fact.id, text: { it: fact.it, en: fact.en }, reference: fact.riferimento, because: [...new Set(because)], services });
  }
  return effects;
}

function holds(c: Condition, change: RecordChange, before: Register | undefined, after: Register | undefined): boolean {
  if (c.cambio === 'rimossa') return change.change === 'rimosso';
  if (change.change === 'rimosso' || !c.campo) return false;
  const old = facetOf(c.campo, change.before?.data ?? {}, before);
  const now = facetOf(c.campo, change.after?.data ?? {}, after);
  if (c.cambio === 'attivato') return now === true && old !== true;
  if (c.cambio === 'aumentato') return longer(old, now);
  // What the field holds, not its facet: a map changed inside is still a map.
  if (c.cambio === 'modificato') return change.change !== 'aggiunto' && canonical(valueAt(change.before?.data, c.campo)) !== canonical(valueAt(change.after?.data, c.campo));
  return Array.isArray(now) && listDifference(Array.isArray(old) ? old : [], now).added.length > 0;
}

/** The services that cover the record (under its new or old id), or that still point to a removed one. */
function servicesOf(change: RecordChange, which: 'coinvolti' | 'ancora-collegati', before: Register | undefined, after: Register | undefined): Effect['services'] {
  const register = which === 'ancora-collegati' ? after : (after ?? before);
  if (change.kind === 'termine' || change.kind === 'traduzione' || change.kind === 'soggetto') return register ? servicesShowing(change.kind, change.id, register) : [];
  // What registro.yaml says (the controller, the DPO) is in every notice.
  if (change.kind === 'registro') return (register?.servizi ?? []).map((s) => ({ id: s.id, name: s.data.denominazione }));
  if (change.kind === 'servizio') {
    const own = register?.servizi.find((s) => s.id === change.id);
    return [{ id: change.id, name: own?.data.denominazione ?? change.id }];
  }
  const ids = new Set([change.id, change.oldId].filter((x): x is string => Boolean(x)));
  return (register?.servizi ?? [])
    .filter((s) => (s.data.trattamenti ?? []).some((t) => ids.has(t)))
    .map((s) => ({ id: s.id, name: s.data.denominazione }));
}

/** The value at a dotted path of keys ("titolare.contatti"), undefined where a step is missing. */
function valueAt(data: Record<string, unknown> | undefined, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** Whether some scope present in both versions now lasts longer. */
function longer(old: unknown, now: unknown): boolean {
  if (!isDays(old) || !isDays(now)) return false;
  return Object.entries(now).some(([scope, days]) => old[scope] !== undefined && days > old[scope]!);
}

const isDays = (v: unknown): v is Record<string, number> => v !== null && typeof v === 'object' && !Array.isArray(v);
