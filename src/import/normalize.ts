import termini from './data/termini.json' with { type: 'json' };
import giudiziari from './data/dati-giudiziari.json' with { type: 'json' };
import { modeOfLabel } from '../table/fact-labels.js';
import type { Vocabulary, VocabName } from '../vocab/vocabulary.js';
import type { Contatti } from '../types/schema.js';
import { fold, slugify } from '../util/suggest.js';
import { withoutFinalStop } from '../text/plain.js';

/** Data on criminal convictions and offences (art. 10), in the words registers use for them. */
const CRIMINAL_DATA = new RegExp(giudiziari.espressioni.join('|'), 'i');

/** How one value was carried over, for the import report. */
export type Fate = 'mappato' | 'dedotto' | 'testuale';

export interface CustomTerm {
  vocab: VocabName;
  id: string;
  it: string;
  classe?: 'comune' | 'particolare' | 'giudiziario';
}

/** A controller for which the entity acts as processor: its name, contacts and DPO's contacts, as the sheet gave them. */
export interface ControllerParty {
  name: string;
  contatti?: Contatti;
  rpd?: Contatti;
}

/** Collects, across the whole import, the parties and the terms that need a home. */
export class ImportContext {
  readonly parties = new Map<string, string>();
  /** The controllers on whose behalf the entity acts (art. 30, par. 2): soggetti with ruolo titolare. */
  readonly controllers = new Map<string, ControllerParty>();
  readonly customTerms = new Map<string, CustomTerm>();
  constructor(readonly vocabulary: Vocabulary) {}

  party(name: string): string {
    // A body may be both a processor of ours and a controller we act for: one party per role.
    const base = slugify(name) || 'soggetto';
    const id = this.controllers.has(base) ? `${base}-responsabile` : base;
    if (!this.parties.has(id)) this.parties.set(id, name);
    return id;
  }

  /** The party id of a controller named in the processor's register; the same name in many rows is one party. */
  controller(name: string, details: Omit<ControllerParty, 'name'> = {}): string {
    const base = slugify(name) || 'titolare';
    const id = this.parties.has(base) ? `${base}-titolare` : base;
    const known = this.controllers.get(id);
    // Contacts given in one row only still reach the party.
    if (known) this.controllers.set(id, { ...details, ...known, contatti: { ...details.contatti, ...known.contatti } });
    else this.controllers.set(id, { name, ...details });
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
    // "Dati anagrafici (nome, cognome)": the term, with its own explanation in brackets.
    const bare = written.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim();
    const plain = bare && bare !== written ? this.known(vocab, bare) : undefined;
    if (plain) return { id: plain, fate: 'dedotto' };
    const id = slugify(written) || 'termine';
    const key = `${vocab}:${id}`;
    // Art. 10 data are no special category (art. 9), whichever column the sheet put them in.
    const dataClass = CRIMINAL_DATA.test(written) ? 'giudiziario' : (classe ?? 'comune');
    if (!this.customTerms.has(key)) this.customTerms.set(key, { vocab, id, it: written.charAt(0).toUpperCase() + written.slice(1), ...(vocab === 'dati' ? { classe: dataClass } : {}) });
    return { id, fate: 'dedotto' };
  }
}

/**
 * Splits a cell holding a list: `;`, newlines, bullets (•, ▪, ◦), and commas (`true`), no commas
 * (`false`), or only the commas outside parentheses (`'outside'`: "Dati identificativi (nome,
 * cognome), dati fiscali" is two items, a term's own explanation staying with it).
 */
export function splitList(cell: string, commas: boolean | 'outside' = true): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (ch === ';' || ch === '\n' || ch === '•' || ch === '▪' || ch === '◦' || (ch === ',' && (commas === true || (commas === 'outside' && depth === 0)))) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  const cleaned = items.map((s) => withoutFinalStop(s.trim().replace(/^[-–•*▪◦]\s*/, '').replace(/[;,]$/, '')).trim()).filter(Boolean);
  return commas === false ? cleaned : withContinuations(cleaned);
}

/** "Utenti dei consultori, anche minorenni": after a comma, words that go on with the item before it. */
const CONTINUES = /^(?:anche|compres[aeio]|inclus[aeio]|ivi compres[aeio]|in particolare|soprattutto|ad esempio|es\.)\s/i;

function withContinuations(items: readonly string[]): string[] {
  const joined: string[] = [];
  for (const item of items) {
    if (joined.length > 0 && CONTINUES.test(item)) joined[joined.length - 1] += `, ${item}`;
    else joined.push(item);
  }
  return joined;
}

/** Paper, electronic or both, from a "modalità" cell; the rest of the list are applications. */
export function mode(cell: string): { modalita?: 'cartaceo' | 'elettronico' | 'misto'; applicativi: string[] } {
  const items = splitList(cell, false);
  // The complete export writes the mode in words on the first line: read back as the mode it names.
  const named = items.map(modeOfLabel).find((m) => m !== undefined);
  if (named) return { modalita: named, applicativi: items.filter((i) => modeOfLabel(i) === undefined) };
  const paper = items.some((i) => /cartace/i.test(i));
  const digital = items.some((i) => /digital|informatic|elettronic|applicativ|office|software|gestional|piattaform/i.test(i));
  const applicativi = items.filter((i) => !/^(cartaceo|digitale|elettronico|misto)$/i.test(i));
  return { modalita: paper && digital ? 'misto' : paper ? 'cartaceo' : digital ? 'elettronico' : undefined, applicativi };
}
