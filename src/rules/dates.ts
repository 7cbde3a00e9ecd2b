import type { Rule, Finding, RuleContext } from './types.js';
import { isCalendarDate } from '../util/calendar-date.js';
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
