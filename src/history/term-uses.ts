import type { Register } from '../register/model.js';
import { VOCAB_NAMES, type VocabName } from '../vocab/vocabulary.js';
import { sameText } from './records.js';
import { vocabularyOfKey } from './value-text.js';

/**
 * Whether some text in the data passes the test, given the top-level field it is under and the
 * key that holds it ("destinatari", "categoria"); a text in a list is held by the list's key.
 */
function someText(value: unknown, test: (text: string, field: string, key: string) => boolean, field = '', key = ''): boolean {
  if (typeof value === 'string') return test(value, field, key);
  if (Array.isArray(value)) return value.some((v) => someText(v, test, field, key));
  return value !== null && typeof value === 'object' && Object.entries(value).some(([k, v]) => someText(v, test, field || k, k));
}

/**
 * What a notice shows of a record: a term of a vocabulary, as a value of the vocabulary's own
 * key ("dati: [allergie]") or of a key that draws from it inside an entry ("categoria",
 * "categorie"); a party, as a recipient or a transfer's recipient; a translated text, spaces and
 * line breaks aside.
 */
function shownBy(kind: 'termine' | 'traduzione' | 'soggetto', id: string): (data: unknown) => boolean {
  if (kind === 'soggetto') return (data) => someText(data, (text, _field, key) => text === id && (key === 'soggetto' || key === 'destinatario'));
  if (kind === 'traduzione') return (data) => someText(data, (text) => sameText(text) === id);
  const [vocabulary, term] = id.split(/\/(.*)/s) as [VocabName, string];
  if (!VOCAB_NAMES.includes(vocabulary)) return () => false;
  return (data) => someText(data, (text, field, key) => text === term && vocabularyOfKey(field, key) === vocabulary);
}

type Data = { trattamenti?: unknown; denominazione?: unknown } | undefined;

/**
 * The services whose notices show a vocabulary term ("dati/allergie"), a party (by id) or a
 * translated text: those that cover an activity naming the term or the party, or whose own
 * words or activities' words are the text.
 * Files with shape errors count with what they say, as everywhere in a diff.
 */
export function servicesShowing(kind: 'termine' | 'traduzione' | 'soggetto', id: string, register: Register): Array<{ id: string; name: string }> {
  const shows = shownBy(kind, id);
  const activities = new Set(register.recordFiles.trattamento.filter((t) => shows(t.data)).map((t) => t.id));
  const covers = (data: Data) => Array.isArray(data?.trattamenti) && data.trattamenti.some((t) => activities.has(String(t)));
  return register.recordFiles.servizio
    .filter((s) => covers(s.data as Data) || (kind === 'traduzione' && shows(s.data)))
    .map((s) => ({ id: s.id, name: String((s.data as Data)?.denominazione ?? s.id) }));
}
