import type { Rule, Finding, RuleContext } from './types.js';
import type { SourceFile } from '../register/source-file.js';

interface Dated {
  creato?: string;
  aggiornato?: string;
}

/**
 * Creation and update dates of every record: present (Garante FAQ on the register), real
 * calendar dates, not in the future, and the update not before the creation.
 */
export const dates: Rule = {
  id: 'dates',
  severity: 'error',
  reference: 'FAQ del Garante sul registro delle attività di trattamento',
  title: { it: 'Date di creazione e aggiornamento', en: 'Creation and update dates' },
  *check({ register, today }: RuleContext): Iterable<Finding> {
    const records = [...register.trattamenti, ...register.attivitaResponsabile];
    for (const { file, data } of records) yield* checkDates(file, data, '', today, true);
    if (register.registro?.data.registro) {
      yield* checkDates(register.registro.file, register.registro.data.registro, '/registro', today, false);
    }
  },
};

function* checkDates(file: SourceFile, data: Dated, base: string, today: string, required: boolean): Iterable<Finding> {
  for (const key of ['creato', 'aggiornato'] as const) {
    const value = data[key];
    if (value === undefined) {
      if (required) yield { file, pointer: base, messageId: 'dates.missing', params: { key } };
      continue;
    }
    if (!isCalendarDate(value)) yield { file, pointer: `${base}/${key}`, at: 'value', messageId: 'dates.invalid', params: { value } };
    else if (value > today) yield { file, pointer: `${base}/${key}`, at: 'value', messageId: 'dates.future', params: { value } };
  }
  const { creato, aggiornato } = data;
  if (creato && aggiornato && isCalendarDate(creato) && isCalendarDate(aggiornato) && aggiornato < creato) {
    yield { file, pointer: `${base}/aggiornato`, at: 'value', messageId: 'dates.order', params: { creato, aggiornato } };
  }
}

/** YYYY-MM-DD that names a real day (2025-02-30 does not), from year 100 (Date reads 0-99 as 1900-1999). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar, as Date counts them. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1]!;
}
