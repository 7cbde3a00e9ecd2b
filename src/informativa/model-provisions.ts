import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { ServizioFile, TrattamentoFile } from '../types/schema.js';
import { lowerFirst, marketingOnInterest, onlyConsent, sentenceOf } from './model-purposes.js';

/** Whether providing the data is required (art. 13, par. 2, lett. e), for one purpose or for all. */
export interface ProvisionView {
  /** The purpose, or the special category, it applies to; null when it applies to all the notice covers. */
  ambito: string | null;
  natura: string;
  /** What not providing the data entails, as a sentence; on the last of the statements that share it. */
  conseguenze: string | null;
  /**
   * The same consequences close several statements of different kinds (one purpose required by
   * law, another by the service): the built-in templates say them once, after the last of them,
   * in lower case after their lead-in ("In tutti i casi qui sopra: senza i dati..."); null otherwise.
   */
  conseguenze_comuni: string | null;
  /** Optional because the purpose rests on consent alone. */
  consenso: boolean;
  /**
   * Direct marketing on legitimate interest (art. 6, par. 1, lett. f; Codice, art. 130, c. 4):
   * nothing more is asked for it, and the reader can object at any time (art. 21, par. 2).
   */
  opposizione: boolean;
}

type Statement = Omit<ProvisionView, 'conseguenze_comuni'>;

/**
 * Per purpose: a purpose resting on consent alone is optional by definition (consent is free,
 * art. 7, par. 4), and so are special data processed on explicit consent (9.2.a); the other
 * purposes follow the service, else their activity. One statement when all agree, one per
 * purpose or category when they differ, and the same consequences said once.
 */
export function provisionsOf(register: Register, service: ServizioFile, activities: readonly TrattamentoFile[], lang: Lang): ProvisionView[] {
  const merged = mergedStatements(statementsOf(register, service, activities, lang));
  if (merged.length === 1) return [{ ...merged[0]!, ambito: null, conseguenze_comuni: null }];
  return sharedConsequencesOnce(merged);
}

function statementsOf(register: Register, service: ServizioFile, activities: readonly TrattamentoFile[], lang: Lang): Statement[] {
  const list: Statement[] = [];
  for (const a of activities) {
    for (const f of a.finalita ?? []) {
      // What the service says of an optional item still applies ("Non riceverai la newsletter").
      const optional = [service.conferimento, a.conferimento].find((c) => c?.natura === 'facoltativo');
      if (onlyConsent(f)) list.push({ ambito: f.descrizione, natura: 'facoltativo', conseguenze: sentenceOf(optional?.conseguenze), consenso: true, opposizione: false });
      else if (marketingOnInterest(a, f)) {
        // The record's consequences speak for this purpose only when it has no other kind.
        const own = (a.finalita ?? []).every((g) => marketingOnInterest(a, g)) ? a.conferimento?.conseguenze : undefined;
        list.push({ ambito: f.descrizione, natura: 'facoltativo', conseguenze: sentenceOf(own), consenso: false, opposizione: true });
      } else {
        const stated = service.conferimento ?? a.conferimento;
        if (stated) list.push({ ambito: f.descrizione, natura: stated.natura, conseguenze: sentenceOf(stated.conseguenze), consenso: false, opposizione: false });
      }
    }
    for (const d of a.dati_particolari ?? []) {
      if (d.condizione === '9.2.a') list.push({ ambito: register.vocabulary.label('dati', d.categoria, lang), natura: 'facoltativo', conseguenze: null, consenso: true, opposizione: false });
    }
  }
  return list;
}

/**
 * A consequence as two records may write it: "Senza i dati non possiamo prenotare." and
 * "senza i dati non possiamo\nprenotare" (a folded block, no full stop) are one consequence.
 */
const consequenceKey = (text: string | null): string | null => (text ? lowerFirst(text.replace(/\s+/g, ' ').trim().replace(/[.;]+$/, '')) : null);

/** Items that say the same thing are said once, naming all they apply to. */
function mergedStatements(list: readonly Statement[]): Statement[] {
  const groups = new Map<string, Statement>();
  for (const p of list) {
    const key = JSON.stringify([p.natura, consequenceKey(p.conseguenze), p.consenso, p.opposizione]);
    const known = groups.get(key);
    if (!known) groups.set(key, { ...p });
    else if (!known.ambito!.split('; ').includes(lowerFirst(p.ambito!))) known.ambito = `${known.ambito}; ${lowerFirst(p.ambito!)}`;
  }
  return [...groups.values()];
}

/**
 * Statements of different kinds with the same consequences: together, first, the consequences on
 * the last of them only. "Riscossione del ticket: sì, obbligo di legge. Senza i dati non possiamo
 * prenotare. Prenotazione: sì, necessari per il servizio. Senza i dati non possiamo prenotare."
 * said the same sentence twice to a reader who reads it as two different consequences.
 */
function sharedConsequencesOnce(statements: readonly Statement[]): ProvisionView[] {
  const byConsequence = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = consequenceKey(s.conseguenze);
    if (key) byConsequence.set(key, [...(byConsequence.get(key) ?? []), s]);
  }
  const shared = [...byConsequence.values()].filter((run) => run.length > 1);
  const inShared = new Set(shared.flat());
  const views: ProvisionView[] = [];
  for (const run of shared) {
    run.forEach((s, i) => {
      const last = i === run.length - 1;
      views.push({ ...s, conseguenze: last ? s.conseguenze : null, conseguenze_comuni: last ? lowerFirst(s.conseguenze!) : null });
    });
  }
  for (const s of statements) if (!inShared.has(s)) views.push({ ...s, conseguenze_comuni: null });
  return views;
}
