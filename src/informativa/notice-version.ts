import { createHash } from 'node:crypto';
import type { Lang } from '../i18n/lang.js';
import type { ServizioFile, TrattamentoFile } from '../types/schema.js';

/**
 * The date a notice is "aggiornata al": the latest update of the service or of the activities
 * it covers, from the register, so that rebuilding an unchanged register gives the same date.
 */
export function noticeDate(service: ServizioFile, activities: readonly TrattamentoFile[]): string | null {
  const dates = [service.aggiornato, ...activities.map((a) => a.aggiornato ?? a.creato)].filter((d): d is string => typeof d === 'string');
  return dates.length ? dates.sort().at(-1)! : null;
}

/** "12 ottobre 2026", "1° dicembre 2026", "12 October 2026". */
export function longDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  const text = dateFormat(lang).format(Date.UTC(y!, m! - 1, d!));
  // Italian writes the first day of a month as an ordinal: "1° dicembre".
  return lang === 'it' && d === 1 ? text.replace(/^1 /, '1° ') : text;
}

// One formatter per language: building one costs more than formatting a date with it.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format;
}

/** A short fingerprint of everything the notice says: it changes exactly when the notice does. */
export function noticeVersion(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 8);
}
