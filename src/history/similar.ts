import { canonical } from './canonical.js';

/** Fields that say nothing of what a record is: its dates and where an import took it from. */
const ASIDE = new Set(['creato', 'aggiornato', 'importazione']);

/**
 * The share of fields (dates and provenance aside) that two versions of a record hold with the
 * same value: 1 for the same content, about 0.2-0.45 between two different activities of one
 * office (the example register tops at 0.44, two school services).
 */
export function similarity(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !ASIDE.has(k)));
  if (keys.size === 0) return 0;
  let same = 0;
  for (const k of keys) if (canonical(a[k]) === canonical(b[k])) same++;
  return same / keys.size;
}

/** How alike a record removed and one added at once must be to be one record renamed and edited. */
export const RENAMED_AND_EDITED = 0.7;

/**
 * Pairs records removed and added in one change that are the same record renamed and edited in
 * the same commit (`git mv` and an edit, as ids are usually changed): the most alike first, each
 * at most once, only above RENAMED_AND_EDITED. Returns [removed, added] pairs.
 */
export function pairRenamed<T>(removed: readonly T[], added: readonly T[], dataOf: (t: T) => Record<string, unknown> | undefined, sameKind: (a: T, b: T) => boolean = () => true): Array<[T, T]> {
  const candidates: Array<{ r: T; a: T; score: number }> = [];
  for (const r of removed) {
    const rd = dataOf(r);
    if (!rd) continue;
    for (const a of added) {
      const ad = dataOf(a);
      if (!ad || !sameKind(r, a)) continue;
      const score = similarity(rd, ad);
      if (score >= RENAMED_AND_EDITED) candidates.push({ r, a, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const [usedR, usedA] = [new Set<T>(), new Set<T>()];
  const pairs: Array<[T, T]> = [];
  for (const c of candidates) {
    if (usedR.has(c.r) || usedA.has(c.a)) continue;
    usedR.add(c.r);
    usedA.add(c.a);
    pairs.push([c.r, c.a]);
  }
  return pairs;
}
