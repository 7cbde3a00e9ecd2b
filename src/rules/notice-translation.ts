import type { Register } from '../register/model.js';
import type { Lang } from '../i18n/lang.js';
import type { Finding, Rule } from './types.js';
import { noticeOf } from '../informativa/model.js';
import { publicActivity } from '../site/public-activity.js';
import { isPermanentTerm } from '../text/duration-agreement.js';
import { shortened } from '../text/shortened.js';
import { catalogueKey, catalogueOf, mapRegisterTexts, publishedLangs, type TextAt } from '../register/translations.js';

/**
 * Names, addresses and citations stay as written in every language: an office's or a person's
 * name, contacts, the norms and documents cited, software names, internal organisation.
 */
const KEPT_AS_WRITTEN = new Set([
  'nome', 'indirizzo', 'email', 'pec', 'telefono', 'sito', 'codice_fiscale', 'partita_iva', 'norma', 'decisione', 'documento', 'riferimento',
  'fonte', 'applicativi', 'accordo_sindacale', 'autorizzazione_ispettorato', 'file', 'foglio', 'motivo', 'area', 'ufficio', 'referente',
]);
/** In these files `denominazione` is a name; in services and activities it is a title, and is translated. */
const NAMED = new Set(['registro', 'soggetti']);

/** A text too short to be a sentence of the register: codes and initials ("IT", "SI"). */
const WORDS = /\p{L}.*\p{L}.*\p{L}/su;

/**
 * Art. 12(1), WP260: a notice offered in another language is translated in full. Each text a
 * person wrote in the register that a notice (or the site's public register) in that language
 * would still show in Italian is reported where it is written, until vocabolario.yaml translates
 * it (`traduzioni`).
 */
export const noticeTranslation: Rule = {
  id: 'notice-translation',
  severity: 'warning',
  reference: 'art. 12, par. 1; WP260',
  title: { it: 'Testi da tradurre nelle informative', en: 'Texts to translate in the notices' },
  *check({ register }): Iterable<Finding> {
    yield* twiceTranslated(register);
    for (const lang of publishedLangs(register).filter((l) => l !== 'it')) yield* untranslated(register, lang);
  },
};

/** A text translated twice, differently: the first translation is the one published, and the second would mislead whoever edits it. */
function* twiceTranslated(register: Register): Iterable<Finding> {
  const own = register.vocabolario;
  const first = new Map<string, { i: number; en: string }>();
  for (const [i, { it, en }] of (own?.data.traduzioni?.en ?? []).entries()) {
    const key = catalogueKey(it);
    const earlier = first.get(key);
    if (!earlier) first.set(key, { i, en });
    else if (catalogueKey(earlier.en) !== catalogueKey(en)) {
      const line = own!.file.positions.value(`/traduzioni/en/${earlier.i}/it`).start.line;
      yield { file: own!.file, pointer: `/traduzioni/en/${i}/it`, at: 'value', messageId: 'rule.translationRepeated', params: { text: shortened(key, 60), line } };
    }
  }
}

/**
 * Each text without a translation becomes a marker that no register writes; the notices are
 * built from the marked register, and the markers they show are the texts left in Italian.
 */
function* untranslated(register: Register, lang: Lang): Iterable<Finding> {
  const catalogue = catalogueOf(register, lang);
  const marked: Array<{ text: string; at: TextAt }> = [];
  const marker = (n: number) => `qqtr${n}qq`;
  const markedRegister = mapRegisterTexts(register, (text, at) => {
    const translation = catalogue.get(catalogueKey(text));
    if (translation !== undefined || !isAsked(text, at)) return translation ?? text;
    marked.push({ text, at });
    return marker(marked.length - 1);
  });
  const shown = new Set<number>();
  const see = (page: unknown) => {
    for (const [, n] of JSON.stringify(page).matchAll(/qqtr(\d+)qq/gi)) shown.add(Number(n));
  };
  // The marked register holds the translations already: the notice is built from it as it is.
  for (const service of markedRegister.servizi) see(noticeOf(markedRegister, service, lang));
  // The site's public register shows every activity, in every language of the site.
  if (register.registro?.data.opzioni?.sito?.registro_pubblico === true) for (const doc of markedRegister.trattamenti) see(publicActivity(markedRegister, doc, lang));
  for (const n of [...shown].sort((a, b) => a - b)) {
    const { text, at } = marked[n]!;
    yield { file: at.file, pointer: at.pointer, at: 'value', messageId: 'rule.noticeTranslation', params: { lang, text: shortened(catalogueKey(text), 60), full: catalogueKey(text) } };
  }
}

function isAsked(text: string, { key, kind }: TextAt): boolean {
  if (KEPT_AS_WRITTEN.has(key) || (key === 'denominazione' && NAMED.has(kind)) || !WORDS.test(text)) return false;
  // "permanente" never reaches a page as written: in English it reads "kept permanently", "permanent".
  return !(key === 'durata' && isPermanentTerm(text));
}
