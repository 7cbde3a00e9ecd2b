import type { MessageParams } from '../diagnostics/types.js';
import { Vocabulary } from '../vocab/vocabulary.js';
import type { Lang } from './lang.js';
import { idsOf } from './list.js';

/** The built-in vocabularies: labels of the terms every register shares (src/vocab/data). */
const builtin = new Vocabulary();

/**
 * Parameters for the data terms of a finding, named by the catalog. A built-in term goes by id
 * alone. A term of the register's own vocabolario.yaml is unknown here (a message has its
 * parameters only), so the rule adds the labels the register wrote: `it:<id>`, and `en:<id>`
 * when the term has one.
 */
export function termLabelParams(terms: ReadonlyArray<{ id: string; it: string; en?: string; builtin: boolean }>): MessageParams {
  const params: MessageParams = {};
  for (const t of terms) {
    if (t.builtin) continue;
    params[`it:${t.id}`] = t.it;
    if (t.en) params[`en:${t.id}`] = t.en;
  }
  return params;
}

/** A data term's label in the language asked, quoted: "Immagini e video". */
function termLabel(id: string, p: MessageParams, lang: Lang): string {
  const italian = p[`it:${id}`];
  if (italian === undefined) return `"${builtin.label('dati', id, lang)}"`;
  // A term of vocabolario.yaml without `en`: the register gives no English for it and registro
  // does not invent one, so the label the register wrote (Italian) is shown in English too.
  const label = lang === 'en' ? (p[`en:${id}`] ?? italian) : italian;
  return `"${label}"`;
}

/**
 * Groups of data terms (`terms`: groups split by ";", ids by ","), named: the labels of a group
 * joined by ", ", the groups by "; ".
 */
export function termGroupsText(p: MessageParams, lang: Lang): string {
  return String(p.terms ?? '')
    .split(';')
    .map((group) => idsOf(group).map((id) => termLabel(id, p, lang)).join(', '))
    .filter((group) => group !== '')
    .join('; ');
}
