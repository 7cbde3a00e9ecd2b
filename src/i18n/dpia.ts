import { ART35_CASES, GARANTE_DPIA_LIST, LAW_DPIA_CASES, WP248 } from '../law/facts.js';
import { citeArticle } from '../law/citation.js';
import type { MessageParams } from '../diagnostics/types.js';
import type { Lang } from './lang.js';
import { idsOf } from './list.js';

/**
 * The DPIA cases and criteria a rule passes by id, named from the data (elenco-dpia-garante.json,
 * criteri-wp248.json) in the citation style of each language. The names end a message as a list
 * after a colon, items split by ";": a letter keeps its own parenthesis, "lett. a),", and never
 * sits inside another one.
 */

/** "art. 35, par. 3, lett. a), valutazione ..." / "Art. 35(3)(a), systematic ...". */
function art35Case(letter: string, lang: Lang): string {
  const label = ART35_CASES.find((c) => c.lettera === letter)?.[lang];
  // The English catalog abbreviates "Art." as every other English message does.
  const cited = lang === 'it' ? citeArticle(`35.3.${letter}`, 'it') : `Art. 35(3)(${letter})`;
  return label ? `${cited}, ${label}` : cited;
}

/** "elenco del Garante, n. 2, decisioni ..." / "the Garante's list, no. 2, automated ...". */
function garanteItem(number: string, lang: Lang): string {
  const label = GARANTE_DPIA_LIST.find((g) => String(g.numero) === number)?.[lang];
  const cited = lang === 'it' ? `elenco del Garante, n. ${number}` : `the Garante's list, no. ${number}`;
  return label ? `${cited}, ${label}` : cited;
}

/** A case of national law by id: its name starts with its citation ("Codice, art. 110, c. 1, ricerca ..."). */
function lawCase(id: string, lang: Lang): string {
  return LAW_DPIA_CASES.find((c) => c.id === id)?.[lang] ?? id;
}

/** The cases of dpia-required: its `art35` letters, its `garante` items, then the cases of national law (`legge`). */
export function dpiaCasesText(p: MessageParams, lang: Lang): string {
  return [...idsOf(p.art35).map((l) => art35Case(l, lang)), ...idsOf(p.garante).map((n) => garanteItem(n, lang)), ...idsOf(p.legge).map((id) => lawCase(id, lang))].join('; ');
}

/** The WP248 criteria of dpia-screening, by id, in the guidelines' order: "n. 4, dati sensibili ...". */
export function wp248Text(p: MessageParams, lang: Lang): string {
  const ids = new Set(idsOf(p.criteria));
  return WP248.filter((c) => ids.has(c.id))
    .map((c) => `${lang === 'it' ? 'n.' : 'no.'} ${c.numero}, ${c[lang]}`)
    .join('; ');
}
