import formule from './data/formule-generiche.json' with { type: 'json' };
import { plainText as plainOf } from '../text/plain.js';

/**
 * Boilerplate recognised by meaning, not by exact phrase (docs/rules/purpose-generic.md): a
 * text that only restates the law ("misure adeguate ai sensi dell'art. 32", "per il tempo
 * necessario", "finalità istituzionali") in any wording. The words, stems and thresholds are
 * data in src/law/data/formule-generiche.json, so the measure is tuned there.
 */
export type BoilerplateKind = 'finalita' | 'misure' | 'conservazione';

const measure = formule.misura;
const stopwords = new Set(measure.parole_vuote);
const references = new Set(measure.rinvii);
/** Only letters and digits: a stock phrase however spaced and punctuated. */
const squeezed = (plain: string) => plain.replace(/[^a-z0-9]/g, '');
const exact = {
  finalita: new Set(formule.finalita.map((t) => squeezed(plainOf(t)))),
  misure: new Set(formule.misure.map((t) => squeezed(plainOf(t)))),
  conservazione: new Set(formule.conservazione.map((t) => squeezed(plainOf(t)))),
};
const stems: Record<BoilerplateKind, string[]> = {
  finalita: [...measure.generiche.comuni, ...measure.generiche.finalita],
  misure: [...measure.generiche.comuni, ...measure.generiche.misure],
  conservazione: [...measure.generiche.comuni, ...measure.generiche.conservazione],
};
/** Stems by their first two letters (or their only one): a word is compared only with the few that can begin it. */
const stemsByPrefix = Object.fromEntries(
  Object.entries(stems).map(([kind, list]) => {
    const index = new Map<string, string[]>();
    for (const stem of list) index.set(stem.slice(0, 2), [...(index.get(stem.slice(0, 2)) ?? []), stem]);
    return [kind, index];
  }),
) as Record<BoilerplateKind, Map<string, string[]>>;

/**
 * Whether a word begins with one of the kind's generic stems. A stem of two letters ("ue", "ce")
 * is a whole word: "cessazione" and "certificato" do not begin the acronym "CE".
 */
function hasGenericStem(kind: BoilerplateKind, word: string): boolean {
  const index = stemsByPrefix[kind];
  const matches = (stem: string) => (stem.length <= 2 ? word === stem : word.startsWith(stem));
  const begins = (prefix: string) => index.get(prefix)?.some(matches) === true;
  return begins(word.slice(0, 2)) || begins(word.slice(0, 1));
}

const wordsOfPlain = (plain: string) => plain.split(/[^a-z0-9/]+/).filter((w) => w.length > 0 && w !== '/');

/** Lower case, no accents; words split at anything but letters, digits and the slash of "2016/679". */
export function words(text: string): string[] {
  return wordsOfPlain(plainOf(text));
}

export interface BoilerplateScore {
  generic: number;
  concrete: number;
  /** Share of generic words among the content words, 0..1. */
  share: number;
}

/** Counts generic and concrete content words; a number is generic right after "art.", "par."... */
export function score(kind: BoilerplateKind, text: string): BoilerplateScore {
  return scoreWords(kind, words(text));
}

function scoreWords(kind: BoilerplateKind, textWords: readonly string[]): BoilerplateScore {
  let generic = 0;
  let concrete = 0;
  let previous = '';
  for (const word of textWords) {
    if (stopwords.has(word)) continue;
    const isNumber = /^[0-9/]+$/.test(word);
    const isGeneric = isNumber ? references.has(previous) || stems[kind].includes(word) : hasGenericStem(kind, word) || references.has(word);
    if (isGeneric) generic++;
    else concrete++;
    previous = word;
  }
  const total = generic + concrete;
  return { generic, concrete, share: total === 0 ? 1 : generic / total };
}

/** Texts already judged: registers repeat the same purposes and terms across many records. */
const judged: Record<BoilerplateKind, Map<string, boolean>> = { finalita: new Map(), misure: new Map(), conservazione: new Map() };
/** A long-running language server sees ever new texts: the memory is bounded, and starts over past this. */
const MAX_JUDGED = 50_000;

/** Whether a text is only a stock phrase, however worded. */
export function isBoilerplate(kind: BoilerplateKind, text: string): boolean {
  const memory = judged[kind];
  let verdict = memory.get(text);
  if (verdict === undefined) {
    if (memory.size >= MAX_JUDGED) memory.clear();
    verdict = judge(kind, text);
    memory.set(text, verdict);
  }
  return verdict;
}

function judge(kind: BoilerplateKind, text: string): boolean {
  // Accents and case dropped once, for the exact phrases and for the words.
  const plain = plainOf(text);
  if (exact[kind].has(squeezed(plain))) return true;
  const { concrete, share } = scoreWords(kind, wordsOfPlain(plain));
  return concrete < measure.min_concrete || share >= measure.quota;
}
