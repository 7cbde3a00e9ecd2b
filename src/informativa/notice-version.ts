import { createHash } from 'node:crypto';
import type { Lang } from '../i18n/lang.js';
import { MONTHS } from '../i18n/months.js';
import type { Register } from '../register/model.js';
import type { ServizioFile, TrattamentoFile } from '../types/schema.js';

/**
 * The date a notice is "aggiornata al": the latest update of the service or of the activities
 * it covers, from the register, so that rebuilding an unchanged register gives the same date.
 * The dated facts it shows from registro.yaml and soggetti.yaml count too (the DPO's
 * designation, a joint controllers' arrangement): a notice never predates what it states.
 */
export function noticeDate(service: ServizioFile, activities: readonly TrattamentoFile[], facts: ReadonlyArray<string | undefined> = []): string | null {
  const dates = [service.aggiornato, ...activities.map((a) => a.aggiornato ?? a.creato), ...facts].filter((d): d is string => typeof d === 'string');
  return dates.length ? dates.sort().at(-1)! : null;
}

/** The date of a service's notice in the register as it is (its activities as the register holds them). */
export function serviceNoticeDate(register: Register, service: ServizioFile): string | null {
  const activities = (service.trattamenti ?? []).map((id) => register.trattamentoById.get(id)?.data).filter((a): a is TrattamentoFile => a !== undefined);
  return noticeDate(service, activities, statedFactDates(register, activities));
}

/** The dated facts a notice states beside its activities: the DPO's designation, the arrangements with the joint controllers it names. */
export function statedFactDates(register: Register, activities: readonly TrattamentoFile[]): Array<string | undefined> {
  const arrangements = activities.flatMap((a) => (Array.isArray(a.destinatari) ? a.destinatari : []).map((d) => {
    const party = d.soggetto ? register.partyById.get(d.soggetto)?.data : undefined;
    return party?.ruolo === 'contitolare' ? party.atto?.data : undefined;
  }));
  return [register.registro?.data.rpd?.atto_designazione?.data, ...arrangements];
}

/** "12 ottobre 2026", "1° dicembre 2026", "12 October 2026". */
export function longDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  const month = MONTHS[lang][m! - 1];
  // Not a calendar date (the dates rule reports it): shown as written, never rolled over to another.
  // Day 0 of the next month is the last of this one: 2026-02-30 and 2026-04-31 are not dates.
  if (!month || !(d! >= 1 && d! <= new Date(Date.UTC(y!, m!, 0)).getUTCDate())) return date;
  // Italian writes the first day of a month as an ordinal: "1° dicembre".
  const day = lang === 'it' && d === 1 ? '1°' : String(d);
  return `${day} ${month} ${y}`;
}

/** A short fingerprint of everything the notice says: it changes exactly when the notice does. */
export function noticeVersion(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 8);
}
