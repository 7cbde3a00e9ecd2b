import termini from './data/termini.json' with { type: 'json' };
import type { Vocabulary, VocabName } from '../vocab/vocabulary.js';
import { fold, slugify } from '../util/suggest.js';

/** How one value was carried over, for the import report. */
export type Fate = 'mappato' | 'dedotto' | 'testuale';

export interface CustomTerm {
  vocab: VocabName;
  id: string;
  it: string;
  classe?: 'comune' | 'particolare' | 'giudiziario';
}

/** Collects, across the whole import, the parties and the terms that need a home. */
export class ImportContext {
  readonly parties = new Map<string, string>();
  readonly customTerms = new Map<string, CustomTerm>();
  constructor(readonly vocabulary: Vocabulary) {}

  party(name: string): string {
    const id = slugify(name) || 'soggetto';
    if (!this.parties.has(id)) this.parties.set(id, name);
    return id;
  }

  /** The built-in id for what a register wrote: a synonym, an Italian or English label, an id; undefined if none. */
  known(vocab: VocabName, written: string): string | undefined {
    return this.index(vocab).get(fold(written)) ?? this.index(vocab).get(slugify(written));
  }

  /** Folded synonym, label and id -> id, built once per vocabulary: 10,000 rows look terms up often. */
  private readonly indexes = new Map<VocabName, Map<string, string>>();
  private index(vocab: VocabName): Map<string, string> {
    let index = this.indexes.get(vocab);
    if (index) return index;
    index = new Map();
    for (const t of this.vocabulary.all(vocab)) {
      for (const key of [t.id, fold(t.it), t.en === undefined ? '' : fold(t.en)]) if (key && !index.has(key)) index.set(key, t.id);
    }
    // Synonyms first: they were chosen for how registers write.
    const synonyms = (termini as unknown as Record<string, Record<string, string>>)[vocab] ?? {};
    for (const [k, id] of Object.entries(synonyms)) index.set(fold(k), id);
    this.indexes.set(vocab, index);
    return index;
  }

  /** The vocabulary id for what a register wrote: a known synonym, a label, an id, or a new term of the register's own. */
  term(vocab: VocabName, written: string, classe?: CustomTerm['classe']): { id: string; fate: Fate } {
    const known = this.known(vocab, written);
    if (known) return { id: known, fate: 'mappato' };
    const id = slugify(written) || 'termine';
    const key = `${vocab}:${id}`;
    if (!this.customTerms.has(key)) this.customTerms.set(key, { vocab, id, it: written.charAt(0).toUpperCase() + written.slice(1), ...(vocab === 'dati' ? { classe: classe ?? 'comune' } : {}) });
    return { id, fate: 'dedotto' };
  }
}

/** Splits a cell holding a list: `;`, newlines, and (unless told not to) commas. */
export function splitList(cell: string, commas = true): string[] {
  return cell
    .split(commas ? /[;\n,]+/ : /[;\n]+/)
    .map((s) => s.trim().replace(/^[-•*]\s*/, '').replace(/[.;,]$/, '').trim())
    .filter(Boolean);
}

/** SI, NO, "SI/NO" (undecided) and empty are four different answers. */
export function yesNo(cell: string): 'si' | 'no' | 'si/no' | undefined {
  const f = fold(cell);
  if (f === 'si' || f === 'sì' || f === 'x' || f === 'yes') return 'si';
  if (f === 'no') return 'no';
  if (f === 'sino') return 'si/no';
  return undefined;
}

const BASIS_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/consenso/i, '6.1.a'],
  [/contratt/i, '6.1.b'],
  [/obbligo legale|obblighi di legge|adempimento di (un )?obblig/i, '6.1.c'],
  [/interessi? vitali/i, '6.1.d'],
  [/interesse pubblico|pubblici poteri|pubblico potere|compito istituzionale|funzioni istituzionali/i, '6.1.e'],
  [/legittimo interesse|interesse legittimo/i, '6.1.f'],
  // English registers (ICO-style templates).
  [/\bconsent\b/i, '6.1.a'],
  [/\bcontract/i, '6.1.b'],
  [/legal obligation/i, '6.1.c'],
  [/vital interest/i, '6.1.d'],
  [/public task|public interest|official authority/i, '6.1.e'],
  [/legitimate interest/i, '6.1.f'],
];

/**
 * Legal bases written as prose or as codes: "esecuzione di un compito di interesse pubblico ...
 * (GDPR art. 6 e", "Art. 6.1.b GDPR (contratto)", "obbligo legale". Each piece gives its code;
 * an explicit article letter wins over the words.
 */
export function legalBases(cell: string): { codes: string[]; unread: string[] } {
  const codes: string[] = [];
  const unread: string[] = [];
  for (const written of splitList(cell, false)) {
    // Runs of spaces collapsed first: the patterns below chain optional \s*, cubic on a long run.
    const piece = written.replace(/\s+/g, ' ');
    const explicit = /art\.?\s*6\s*(?:[.,]?\s*(?:par\.?|paragrafo|comma|c\.)?\s*1)?\s*[.,]?\s*(?:lett(?:era)?\.?\s*)?\(?([a-f])\b\)?/i.exec(piece) ?? /\b6\.1\.([a-f])\b/i.exec(piece) ?? /\b6\s*\(\s*1\s*\)\s*\(\s*([a-f])\s*\)/i.exec(piece);
    const code = explicit ? `6.1.${explicit[1]!.toLowerCase()}` : BASIS_WORDS.find(([re]) => re.test(piece))?.[1];
    if (code && !codes.includes(code)) codes.push(code);
    if (!code) unread.push(written);
  }
  return { codes, unread };
}

/** ALL CAPS names read better in sentence case; mixed case is kept as written. */
export function readableName(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Paper, electronic or both, from a "modalità" cell; the rest of the list are applications. */
export function mode(cell: string): { modalita?: 'cartaceo' | 'elettronico' | 'misto'; applicativi: string[] } {
  const items = splitList(cell, false);
  const paper = items.some((i) => /cartace/i.test(i));
  const digital = items.some((i) => /digital|informatic|elettronic|applicativ|office|software|gestional|piattaform/i.test(i));
  const applicativi = items.filter((i) => !/^(cartaceo|digitale|elettronico|misto)$/i.test(i));
  return { modalita: paper && digital ? 'misto' : paper ? 'cartaceo' : digital ? 'elettronico' : undefined, applicativi };
}
