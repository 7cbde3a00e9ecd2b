import type { Finding, Rule } from './types.js';
import { isCalendarDate } from '../util/calendar-date.js';

const DEFAULT_MONTHS = 12;

/** Garante FAQ: the register is kept up to date; a record untouched for a year deserves a look. */
export const stale: Rule = {
  id: 'stale',
  severity: 'warning',
  reference: 'FAQ del Garante sul registro delle attività di trattamento',
  title: { it: 'Scheda non aggiornata', en: 'Stale record' },
  *check({ register, today }): Iterable<Finding> {
    const months = register.registro?.data.opzioni?.mesi_aggiornamento ?? DEFAULT_MONTHS;
    const limit = monthsBefore(today, months);
    for (const { file, data } of [...register.trattamenti, ...register.attivitaResponsabile]) {
      const updated = data.aggiornato;
      if (updated && isCalendarDate(updated) && updated < limit) {
        yield { file, pointer: '/aggiornato', at: 'value', messageId: 'rule.stale', params: { date: updated, months } };
      }
    }
  },
};

/** The date `months` months before `date` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
