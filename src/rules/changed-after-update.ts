import { historyKey } from '../history/last-changes.js';
import { isCalendarDate } from '../util/calendar-date.js';
import type { Finding, Rule } from './types.js';

/**
 * Accountability (art. 5(2)): a record's `aggiornato` says when it last changed. When git shows
 * a later change that left the date alone, the date misleads whoever reads the register, and a
 * service's notice says "aggiornata al" a day before what it now states. Runs only in
 * `validate` inside a git repository (the context then holds the history).
 */
export const changedAfterUpdate: Rule = {
  id: 'changed-after-update',
  severity: 'warning',
  reference: 'art. 5, par. 2, e art. 30',
  title: { it: 'Scheda modificata dopo la data di aggiornamento', en: 'Record changed after its update date' },
  *check({ register, history }): Iterable<Finding> {
    if (!history) return;
    const records = [...register.trattamenti.map((r) => ({ ...r, key: historyKey('trattamenti', r.id) })), ...register.servizi.map((r) => ({ ...r, key: historyKey('servizi', r.id) }))];
    for (const { key, file, data } of records) {
      const last = history.records.get(key);
      const updated = data.aggiornato;
      if (!last || last.declared || !updated || !isCalendarDate(updated) || last.date <= updated) continue;
      yield { file, pointer: '/aggiornato', at: 'value', messageId: 'rule.changedAfterUpdate', params: { date: last.date, commit: last.commit.slice(0, 7), aggiornato: updated } };
    }
  },
};
