import type { Lang } from '../i18n/lang.js';
import type { Doc, Party, Register } from './model.js';
import type { FileKind } from './layout.js';
import type { SourceFile } from './source-file.js';
import { textKeysOf } from '../schema/text-keys.js';

/**
 * The register's own translations (vocabolario.yaml, `traduzioni`): the texts a person wrote in
 * Italian in the records, each with its translation, for the notices and the site in that language.
 */
export type Catalogue = ReadonlyMap<string, string>;

/** A text as the catalogue knows it: how its spaces and line breaks fall does not count. */
export const catalogueKey = (text: string): string => text.replace(/\s+/g, ' ').trim();

const NONE: Catalogue = new Map();
const catalogues = new WeakMap<Register, Catalogue>();

export function catalogueOf(register: Register, lang: Lang): Catalogue {
  if (lang === 'it') return NONE;
  let catalogue = catalogues.get(register);
  if (!catalogue) {
    // The first translation of a text counts, as the first term of an id does.
    const entries = new Map<string, string>();
    for (const { it, en } of register.vocabolario?.data.traduzioni?.en ?? []) if (!entries.has(catalogueKey(it))) entries.set(catalogueKey(it), en);
    catalogues.set(register, (catalogue = entries));
  }
  return catalogue;
}

/**
 * The languages the register publishes in: those of opzioni.sito.lingue, else Italian, and
 * English once vocabolario.yaml translates into it. Without translations an English notice
 * would show the records' own Italian sentences among English headings.
 */
export function publishedLangs(register: Register): Lang[] {
  const declared = register.registro?.data.opzioni?.sito?.lingue;
  if (declared) return [...new Set(declared)];
  return catalogueOf(register, 'en').size > 0 ? ['it', 'en'] : ['it'];
}

const inEnglish = new WeakMap<Register, Register>();

/** The register as a reader of that language sees it: each free text that has a translation, translated. */
export function inLanguage(register: Register, lang: Lang): Register {
  const catalogue = catalogueOf(register, lang);
  if (catalogue.size === 0) return register;
  let translated = inEnglish.get(register);
  if (!translated) inEnglish.set(register, (translated = mapRegisterTexts(register, translator(catalogue))));
  return translated;
}

/** One service's file as a reader of that language sees it (services reach the notice on their own). */
export function serviceInLanguage<T>(register: Register, service: Doc<T>, lang: Lang): Doc<T> {
  const catalogue = catalogueOf(register, lang);
  return catalogue.size === 0 ? service : mapDocTexts(service, 'servizio', translator(catalogue));
}

const translator = (catalogue: Catalogue): TextMapper => (text) => catalogue.get(catalogueKey(text)) ?? text;

/** One text of the register (a service's name) as a reader of that language reads it: its translation, or as written. */
export function textInLanguage(register: Register, text: string, lang: Lang): string {
  return lang === 'it' ? text : catalogueOf(register, lang).get(catalogueKey(text)) ?? text;
}

/** Where a free text stands: the kind of file, its key, the file and the JSON Pointer of the value. */
export interface TextAt {
  kind: FileKind;
  key: string;
  file: SourceFile;
  pointer: string;
}
export type TextMapper = (text: string, at: TextAt) => string;

/** The register with every free text of its documents passed through `map` (ids, codes and terms untouched). */
export function mapRegisterTexts(register: Register, map: TextMapper): Register {
  const docs = <T>(list: Doc<T>[], kind: FileKind) => list.map((doc) => mapDocTexts(doc, kind, map));
  const parties = register.parties.map((party): Party => ({ ...party, data: party.data && mapTexts(party.data, 'soggetti', party.file, party.pointer, map) }));
  // The first party of each id, as in the register itself (a duplicate is reported by unique-ids).
  const partyById = new Map<string, Party>();
  for (const party of parties) if (!partyById.has(party.id)) partyById.set(party.id, party);
  const trattamenti = docs(register.trattamenti, 'trattamento');
  return {
    ...register,
    registro: register.registro && mapDocTexts(register.registro, 'registro', map),
    soggetti: register.soggetti && mapDocTexts(register.soggetti, 'soggetti', map),
    parties,
    partyById,
    trattamenti,
    trattamentoById: new Map(trattamenti.map((t) => [t.id, t])),
    servizi: docs(register.servizi, 'servizio'),
    attivitaResponsabile: docs(register.attivitaResponsabile, 'attivita-responsabile'),
  };
}

export function mapDocTexts<T>(doc: Doc<T>, kind: FileKind, map: TextMapper): Doc<T> {
  return { ...doc, data: mapTexts(doc.data, kind, doc.file, '', map) };
}

/** Keys whose values are not the register's own text: exceptions name rules, an import keeps the cells as read. */
const NOT_TEXT = new Set(['eccezioni', 'importazione']);

function mapTexts<T>(data: T, kind: FileKind, file: SourceFile, base: string, map: TextMapper): T {
  const keys = textKeysOf(kind);
  const walk = (value: unknown, pointer: string, key: string | undefined): unknown => {
    if (typeof value === 'string') return key !== undefined && keys.has(key) ? map(value, { kind, key, file, pointer }) : value;
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${pointer}/${i}`, key));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, NOT_TEXT.has(k) ? v : walk(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, k)]));
    }
    return value;
  };
  return walk(data, base, undefined) as T;
}
