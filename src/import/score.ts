import { distance } from 'fastest-levenshtein';
import campi from './data/campi.json' with { type: 'json' };

/** One keyword of a field: a sequence of word beginnings ("bas giuridic"), or exact words ("n="). */
interface Keyword {
  stems: Array<{ text: string; exact: boolean }>;
  weight: number;
}

/** How well a heading names one field: 0..1, and which of its words did it (for compound headings). */
export interface FieldScore {
  campo: string;
  score: number;
  /** Positions of the heading words that carried weight 0.5 or more (not the generic ones). */
  core: Set<number>;
  /** Position of the first word that matched: of two fields in one heading, the one named first. */
  first: number;
}

const STOP = new Set(campi.vuote);
export const THRESHOLD = campi.soglia;
const MAX_HEADING = 120;
const MAX_WORDS = 10;

/** The fields of one table of headings (campi.json, responsabile.json), with their keywords compiled. */
export type KeywordTable = ReadonlyArray<{ campo: string; keywords: Keyword[]; article?: string }>;

/** Compiles the `parole` of a table of headings: "bas giuridic" two word beginnings, "n=" an exact word. */
export function keywordTable(fields: ReadonlyArray<{ campo: string; parole: Partial<Record<string, number>>; articolo?: string }>): KeywordTable {
  return fields.map((c) => ({
    campo: c.campo,
    ...(c.articolo ? { article: c.articolo } : {}),
    // JSON imports type each table's words as optional keys of one union: only those present count.
    keywords: Object.entries(c.parole).flatMap(([phrase, weight]) => (weight === undefined ? [] : [{ weight, stems: stemsOf(phrase) }])),
  }));
}

function stemsOf(phrase: string): Keyword['stems'] {
  return phrase.split(' ').map((w) => (w.endsWith('=') ? { text: w.slice(0, -1), exact: true } : { text: w, exact: w.length <= 2 }));
}

const KEYWORDS = keywordTable(campi.campi);

/** "Finalità (art. 30, par. 1, lett. b)" -> lowercase words without accents or punctuation. */
export function words(label: string): string[] {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w));
}

/** The art. 30(1) letter a heading cites: "Art. 30 1b)", "art. 30, par. 1, lett. c)", "30.1.d". */
export function citedLetter(written: string): string | undefined {
  // Spaces collapsed first: the chained optional \s* below would be cubic on a long run of them.
  const label = written.replace(/\s+/g, ' ');
  const m = /\b(?:art(?:icolo|\.)?\s*)?30\s*(?:[.,(]?\s*(?:par(?:agrafo|\.)?|comma|c\.)?\s*\(?\s*1\s*\)?)\s*[.,]?\s*(?:lett(?:era|\.)?\s*)?\(?\s*([a-g])(?:\s*\)|\b)/i.exec(label) ?? /\b30\.1\.([a-g])\b/i.exec(label);
  return m?.[1]?.toLowerCase();
}

function stemMatches(word: string, stem: { text: string; exact: boolean }): number {
  if (stem.exact) return word === stem.text ? 1 : 0;
  if (word.startsWith(stem.text)) return 1;
  // A typo in a long word ("intressati", "finalta") still counts, a little less.
  if (stem.text.length < 6 || word.length < stem.text.length - 1) return 0;
  for (const len of [stem.text.length - 1, stem.text.length, stem.text.length + 1]) {
    if (distance(word.slice(0, len), stem.text) <= 1) return 0.8;
  }
  return 0;
}

/** Where a keyword occurs in the heading's words (consecutive), and how surely. */
function find(ws: readonly string[], keyword: Keyword): { at: number; sure: number } | undefined {
  for (let i = 0; i + keyword.stems.length <= ws.length; i++) {
    let sure = 1;
    for (let k = 0; k < keyword.stems.length && sure > 0; k++) sure = Math.min(sure, stemMatches(ws[i + k]!, keyword.stems[k]!));
    if (sure > 0) return { at: i, sure };
  }
  return undefined;
}

const cache = new Map<string, FieldScore[]>();

/** Every field the heading may name, best first. */
export function scoreLabel(label: string): FieldScore[] {
  const cached = cache.get(label);
  if (cached) return cached;
  const scores = scoreIn(KEYWORDS, label);
  cache.set(label, scores);
  return scores;
}

/** Every field of `table` the heading may name, best first (uncached: for the small tables beside campi.json). */
export function scoreIn(table: KeywordTable, label: string): FieldScore[] {
  const ws = words(label);
  const letter = citedLetter(label);
  const scores: FieldScore[] = [];
  for (const { campo, keywords, article } of table) {
    let total = 0;
    const core = new Set<number>();
    let first = Infinity;
    for (const keyword of keywords) {
      const hit = find(ws, keyword);
      if (!hit) continue;
      total += keyword.weight * hit.sure;
      // A negative word lowers the field ("Modalità di conservazione" is no retention) but does not name it.
      if (keyword.weight < 0) continue;
      first = Math.min(first, hit.at);
      if (keyword.weight >= 0.5) for (let k = 0; k < keyword.stems.length; k++) core.add(hit.at + k);
    }
    // Citing the article's letter is as good as naming the field.
    if (letter && article === letter) {
      total += 0.8;
      first = Math.min(first, -1);
    }
    if (total > 0) scores.push({ campo, score: Math.min(1, Math.round(total * 100) / 100), core, first });
  }
  scores.sort((a, b) => b.score - a.score || a.first - b.first);
  return scores;
}

/**
 * The one or two fields a heading names. Two when a conjunction joins words naming two
 * different fields: "Finalità e basi legali", "Categorie di interessati e di dati".
 */
export function fieldsOf(label: string): FieldScore[] {
  // A sentence is a value, not a heading, whatever words it uses.
  if (label.length > MAX_HEADING || words(label).length > MAX_WORDS) return [];
  const scores = scoreLabel(label).filter((s) => s.score >= THRESHOLD);
  const [best, ...rest] = scores;
  if (!best) return [];
  const joined = /\s(e|ed|and|et)\s|[/&+]/i.test(label);
  const second = joined ? rest.find((s) => s.score >= 0.6 && s.core.size > 0 && ![...s.core].some((w) => best.core.has(w))) : undefined;
  return second ? [best, second].sort((a, b) => a.first - b.first) : [best];
}
