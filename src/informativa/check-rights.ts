import type { NoticeModel } from './model.js';

/**
 * The rights a rendered notice offers, read from the `data-diritto` marks of its template,
 * against those the legal bases give (docs/LEGAL.md §6). Returns what is missing and what is extra.
 */
export function rightsMismatch(html: string, model: NoticeModel): { missing: string[]; extra: string[] } {
  const offered = new Set([...html.matchAll(/data-diritto="([a-z]+)"/g)].map((m) => m[1]!));
  const d = model.diritti;
  const expected = new Map<string, boolean>([
    ['accesso', true],
    ['rettifica', true],
    ['cancellazione', true],
    ['limitazione', true],
    ['reclamo', true],
    ['portabilita', d.portabilita],
    ['opposizione', d.opposizione || d.opposizione_marketing],
    ['revoca', d.revoca],
  ]);
  const missing = [...expected].filter(([id, due]) => due && !offered.has(id)).map(([id]) => id);
  const extra = [...expected].filter(([id, due]) => !due && offered.has(id)).map(([id]) => id);
  return { missing, extra };
}
