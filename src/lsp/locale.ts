import type { Lang } from '../i18n/lang.js';

/**
 * The language of the editor, from the locale it sends in initialize (LSP 3.16: "en-GB", "it",
 * "en"): English for any English locale, Italian otherwise, as the default of every command.
 */
export function localeLang(locale: string | undefined): Lang {
  return /^en\b/i.test(locale ?? '') ? 'en' : 'it';
}
