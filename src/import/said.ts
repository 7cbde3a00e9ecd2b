import type { Lang } from '../i18n/lang.js';

/**
 * A line of the import report in both languages, composed where the import learns it: the
 * report (importazione.md) is written in the language asked, as every other output is. Values
 * taken from the sheet, ids and codes are the same in both and stay plain strings.
 */
export interface Said {
  it: string;
  en: string;
}

export function said(it: string, en: string): Said {
  return { it, en };
}

export function inLanguage(text: Said | string, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}
