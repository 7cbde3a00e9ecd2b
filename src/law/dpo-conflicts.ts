import data from './data/conflitti-rpd.json' with { type: 'json' };
import { plainText as plain } from '../text/plain.js';

/** Positions that conflict with the DPO's role (art. 38(6), WP243 par. 3.5), from src/law/data/conflitti-rpd.json. */
export interface DpoConflict {
  id: string;
  it: string;
  en: string;
  verificare: boolean;
}

const positions = data.incarichi.map((p) => ({ ...p, patterns: p.cerca.map((c) => new RegExp(c, 'i')) }));

/** The conflicting position a text describes, for an internal DPO's role or an external DPO's services. */
export function conflictIn(text: string, dpo: 'interno' | 'esterno'): DpoConflict | undefined {
  const p = positions.find((pos) => (dpo === 'interno' ? pos.interno : pos.esterno) && pos.patterns.some((re) => re.test(plain(text))));
  return p ? { id: p.id, it: p.it, en: p.en, verificare: p.verificare === true } : undefined;
}

/**
 * Whether the DPO's name is the person named as legal representative: every word of the name
 * (at least two, titles ignored) appears in the representative's text, in any order, so that
 * "Luca Zanetti" matches "Dott. Zanetti Luca, Amministratore unico".
 */
export function samePerson(legalRepresentative: string, dpoName: string): boolean {
  const TITLES = new Set(['dott', 'dottssa', 'dssa', 'avv', 'ing', 'prof', 'profssa', 'ssa', 'sig', 'sigra', 'pro', 'tempore', 'srl', 'spa']);
  const wordsOf = (s: string) => plain(s).replace(/\./g, '').split(/[^a-z]+/).filter((w) => w.length > 1 && !TITLES.has(w));
  const name = wordsOf(dpoName);
  const legal = new Set(wordsOf(legalRepresentative));
  return name.length >= 2 && name.every((w) => legal.has(w));
}
