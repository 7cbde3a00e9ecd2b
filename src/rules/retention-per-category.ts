import type { Finding, Rule } from './types.js';
import type { TrattamentoFile } from '../types/schema.js';
import type { SourceFile } from '../register/source-file.js';
import type { Term } from '../vocab/vocabulary.js';
import { dataTermsOf } from './support.js';
import type { MessageParams } from '../diagnostics/types.js';
import { termLabelParams } from '../i18n/terms.js';

/** Art. 30(1)(f): time limits for the different categories of data, when they differ visibly. */
export const retentionPerCategory: Rule = {
  id: 'retention-per-category',
  severity: 'warning',
  reference: 'art. 30, par. 1, lett. f)',
  title: { it: 'Conservazione per categoria di dati', en: 'Retention per data category' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      const items = data.conservazione ?? [];
      yield* uncovered(file, data);
      if (items.length !== 1 || items[0]!.categorie?.length) continue;
      const kinds = kindsOf(dataTermsOf(register, data));
      if (kinds.size >= 2) {
        yield { file, pointer: '/conservazione', messageId: 'rule.retentionPerCategory', params: byKind(kinds) };
      }
    }
  },
};

/**
 * When every retention item names its `categorie`, the data categories none of them names have
 * no time limit (Art. 30(1)(f)): each is reported where the record lists it.
 */
function* uncovered(file: SourceFile, data: TrattamentoFile): Iterable<Finding> {
  const items = data.conservazione ?? [];
  if (items.length === 0 || items.some((item) => !item.categorie?.length)) return;
  const covered = new Set(items.flatMap((item) => item.categorie ?? []));
  const listed: Array<[string, string]> = [
    ...(data.dati ?? []).map((id, i): [string, string] => [id, `/dati/${i}`]),
    ...(data.dati_particolari ?? []).map((d, i): [string, string] => [d.categoria, `/dati_particolari/${i}/categoria`]),
  ];
  if (data.dati_giudiziari && !listed.some(([id]) => id === 'giudiziari')) listed.push(['giudiziari', '/dati_giudiziari']);
  for (const [term, pointer] of listed) {
    if (term && !covered.has(term)) yield { file, pointer, at: pointer === '/dati_giudiziari' ? 'key' : 'value', messageId: 'rule.retentionCategoryMissing', params: { term } };
  }
}

/**
 * The record's data by the kind usually kept for its own time: accounting, images, tracking
 * (the term's gruppo), special, criminal (its classe).
 */
function kindsOf(terms: readonly Term[]): Map<string, Term[]> {
  const kinds = new Map<string, Term[]>();
  for (const term of terms) {
    const kind = term.classe === 'comune' ? term.gruppo : term.classe;
    if (kind) kinds.set(kind, [...(kinds.get(kind) ?? []), term]);
  }
  return kinds;
}

/**
 * The kinds by their terms' ids ("economici;immagini"), in a fixed order; the catalog names
 * the terms by their vocabulary labels (src/i18n/terms.ts).
 */
function byKind(kinds: Map<string, Term[]>): MessageParams {
  const groups = [...kinds.keys()].sort().map((kind) => kinds.get(kind)!);
  return { terms: groups.map((terms) => terms.map((t) => t.id).join(',')).join(';'), ...termLabelParams(groups.flat()) };
}
