import data from './data/conflitti-rpd.json' with { type: 'json' };

/** Positions that conflict with the DPO's role (art. 38(6), WP243 par. 3.5), from src/law/data/conflitti-rpd.json. */
export interface DpoConflict {
  id: string;
  it: string;
  en: string;
  verificare: boolean;
}

const positions = data.incarichi.map((p) => ({ ...p, patterns: p.cerca.map((c) => new RegExp(c, 'i')) }));

function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The conflicting position a text describes, for an internal DPO's role or an external DPO's services. */
export function conflictIn(text: string, dpo: 'interno' | 'esterno'): DpoConflict | undefined {
  const p = positions.find((pos) => (dpo === 'interno' ? pos.interno : pos.esterno) && pos.patterns.some((re) => re.test(plain(text))));
  return p ? { id: p.id, it: p.it, en: p.en, verificare: p.verificare === true } : undefined;
}

/** Whether two names are the same person, ignoring case, accents, titles and word order. */
export function samePerson(a: string, b: string): boolean {
  const key = (s: string) =>
    plain(s)
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !['dott', 'dottssa', 'avv', 'ing', 'prof', 'sig', 'sigra', 'pro', 'tempore'].includes(w))
      .sort()
      .join(' ');
  const ka = key(a);
  return ka.length > 0 && ka === key(b);
}
