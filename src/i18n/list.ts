import type { Lang } from './lang.js';

/** "a, b e c" / "a, b and c": a list in running text, the last item joined by the conjunction. */
export function listOf(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'it' ? 'e' : 'and'} ${items[items.length - 1]}`;
}

/** The ids a rule passes in one parameter, "a, b, c"; an empty text for none. */
export function idsOf(value: string | number | undefined): string[] {
  return String(value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}
