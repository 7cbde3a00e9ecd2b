import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { codeLabel } from '../law/codes.js';
import { citeInRegulation } from '../law/citation.js';
import { lowerFirst } from './model-purposes.js';

/** A special category as the full notice states it (art. 9, par. 2; art. 13, par. 1, lett. c)). */
export interface SpecialDataView {
  categoria: string;
  condizione: string | null;
  citazione: string | null;
  condizione_etichetta: string | null;
  norma: string | null;
  revoca: string | null;
}

/** Data on convictions and offences (art. 10; Codice, art. 2-octies). */
export interface CriminalDataView {
  descrizione: string | null;
  norma: string | null;
}

/**
 * The special categories of a service's activities, each category under one condition said once:
 * a CUP whose booking and ticket-exemption records both process health data under 9.2.h listed
 * "Dati relativi alla salute. Condizione: ..." twice. Different norms for the same category and
 * condition are all cited, in the order the records give them.
 */
export function specialDataOf(register: Register, activities: readonly TrattamentoFile[], lang: Lang): SpecialDataView[] {
  const byKey = new Map<string, SpecialDataView>();
  for (const d of activities.flatMap((a) => a.dati_particolari ?? [])) {
    const revoca = d.condizione === '9.2.a' && d.revoca ? lowerFirst(d.revoca) : null;
    const key = JSON.stringify([d.categoria, d.condizione ?? null, revoca]);
    const known = byKey.get(key);
    if (known) {
      known.norma = joinedOnce(known.norma, d.norma);
      continue;
    }
    byKey.set(key, {
      categoria: register.vocabulary.label('dati', d.categoria, lang),
      condizione: d.condizione ?? null,
      citazione: d.condizione ? citeInRegulation(d.condizione, lang) : null,
      condizione_etichetta: d.condizione ? codeLabel('condizioni', d.condizione, lang) : null,
      norma: d.norma ?? null,
      revoca,
    });
  }
  return [...byKey.values()];
}

/** The art. 10 data of the activities; two records that state the same ones are one item. */
export function criminalDataOf(activities: readonly TrattamentoFile[]): CriminalDataView[] {
  const seen = new Map<string, CriminalDataView>();
  for (const a of activities) {
    if (!a.dati_giudiziari) continue;
    const view = { descrizione: a.dati_giudiziari.descrizione ?? null, norma: a.dati_giudiziari.norma ?? null };
    seen.set(JSON.stringify([view.descrizione, view.norma]), view);
  }
  return [...seen.values()];
}

/** "Codice, art. 2-sexies; L. 104/1992": each norm once, however many records cite it. */
function joinedOnce(known: string | null, more: string | undefined): string | null {
  if (!more) return known;
  if (!known) return more;
  const parts = known.split('; ');
  return parts.includes(more.trim()) ? known : `${known}; ${more.trim()}`;
}
