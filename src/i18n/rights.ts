import diritti from '../law/data/diritti.json' with { type: 'json' };
import type { MessageParams } from '../diagnostics/types.js';
import type { Lang } from './lang.js';
import { agree } from './plural.js';
import { idsOf, listOf } from './list.js';

const names: Record<string, Record<Lang, string>> = diritti.nomi;

/** The rights a rule lists by id ("revoca, portabilita"), named: "il diritto di revocare il consenso (art. 7, par. 3)". */
function rights(value: string | number | undefined, lang: Lang): string[] {
  return idsOf(value).map((id) => names[id]?.[lang] ?? id);
}

/**
 * What a notice lacks and offers beyond its legal bases, saying only what there is:
 * "manca il diritto ...; in più offre il diritto ...", "mancano ... e ...".
 */
export function rightsMismatchText(p: MessageParams, lang: Lang): string {
  const missing = rights(p.missing, lang);
  const extra = rights(p.extra, lang);
  const parts: string[] = [];
  if (lang === 'it') {
    if (missing.length) parts.push(`${agree(missing.length, 'manca', 'mancano')} ${listOf(missing, lang)}`);
    if (extra.length) parts.push(`in più offre ${listOf(extra, lang)}`);
  } else {
    if (missing.length) parts.push(`${listOf(missing, lang)} ${agree(missing.length, 'is', 'are')} missing`);
    if (extra.length) parts.push(`it also offers ${listOf(extra, lang)}, which they do not give`);
  }
  return parts.join('; ');
}
