import type { Register } from '../register/model.js';
import { VOCAB_NAMES, type VocabName } from '../vocab/vocabulary.js';
import { sameText } from './records.js';
import { vocabularyOfKey } from './value-text.js';

/**
 * Whether a record's data name a term of a vocabulary: as a value of the vocabulary's own key
 * ("dati: [allergie]") or of a key that draws from it inside an entry ("categoria", "categorie").
 */
function namesTerm(value: unknown, vocabulary: VocabName, id: string, field = '', key = ''): boolean {
  if (typeof value === 'string') return value === id && vocabularyOfKey(field, key) === vocabulary;
  if (Array.isArray(value)) return value.some((v) => namesTerm(v, vocabulary, id, field, key));
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => namesTerm(v, vocabulary, id, field || k, k));
}

/** Whether a record's data name a party as a recipient or a transfer's recipient. */
function namesParty(value: unknown, id: string, key = ''): boolean {
  if (typeof value === 'string') return value === id && (key === 'soggetto' || key === 'destinatario');
  if (Array.isArray(value)) return value.some((v) => namesParty(v, id, key));
  return value !== null && typeof value === 'object' && Object.entries(value).some(([k, v]) => namesParty(v, id, k));
}

/** Whether any text in the data reads as `text` does, spaces and line breaks aside. */
function showsText(value: unknown, text: string): boolean {
  if (typeof value === 'string') return sameText(value) === text;
  if (Array.isArray(value)) return value.some((v) => showsText(v, text));
  return value !== null && typeof value === 'object' && Object.values(value).some((v) => showsText(v, text));
}

type Data = { trattamenti?: unknown; denominazione?: unknown } | undefined;

/**
 * The services whose notices show a vocabulary term ("dati/allergie"), a party (by id) or a
 * translated text: those that cover an activity naming the term or the party, or whose own
 * words or activities' words are the text.
 * Files with shape errors count with what they say, as everywhere in a diff.
 */
export function servicesShowing(kind: 'termine' | 'traduzione' | 'soggetto', id: string, register: Register): Array<{ id: string; name: string }> {
  const [vocabulary, term] = id.split(/\/(.*)/s) as [VocabName, string];
  const shows = (data: unknown) =>
    kind === 'soggetto' ? namesParty(data, id) : kind === 'termine' ? VOCAB_NAMES.includes(vocabulary) && namesTerm(data, vocabulary, term) : showsText(data, id);
  const activities = new Set(register.recordFiles.trattamento.filter((t) => shows(t.data)).map((t) => t.id));
  const covers = (data: Data) => Array.isArray(data?.trattamenti) && data.trattamenti.some((t) => activities.has(String(t)));
  return register.recordFiles.servizio
    .filter((s) => covers(s.data as Data) || (kind === 'traduzione' && shows(s.data)))
    .map((s) => ({ id: s.id, name: String((s.data as Data)?.denominazione ?? s.id) }));
}
