import type { Register } from './model.js';
import { isCalendarDate } from '../util/calendar-date.js';

/** The latest `aggiornato` of the records (activities and processor activities). */
function latestRecordUpdate(register: Register): string | undefined {
  let latest: string | undefined;
  for (const { data } of [...register.trattamenti, ...register.attivitaResponsabile]) {
    const date = data.aggiornato;
    if (typeof date === 'string' && isCalendarDate(date) && (!latest || date > latest)) latest = date;
  }
  return latest;
}

/**
 * The day the register was last updated, as the workbook and the public register page state it:
 * its own `registro.aggiornato`, or a record's later update: a register is as recent as its
 * latest entry, and a page that dated it earlier than the entries it shows would not be believed.
 */
export function registerUpdated(register: Register): string | undefined {
  const own = register.registro?.data.registro?.aggiornato;
  const latest = latestRecordUpdate(register);
  if (!own || !isCalendarDate(own)) return own ?? latest;
  return latest && latest > own ? latest : own;
}
