import { noticeDate, statedFactDates } from '../informativa/notice-version.js';
import type { TrattamentoFile } from '../types/schema.js';
import type { Finding, Rule } from './types.js';

/**
 * A notice says "aggiornata al" the latest date of its service and activities. When git shows
 * that an activity it covers changed after that date in a way that obliges new notices (a
 * purpose, a basis, recipients, transfers, a longer retention: src/law/data/effetti-modifiche.json),
 * the published notice lags behind the register. Runs only in `validate` inside git.
 */
export const noticeStale: Rule = {
  id: 'notice-stale',
  severity: 'warning',
  reference: 'art. 13, par. 3, e art. 14, par. 4',
  title: { it: 'Informativa rimasta indietro rispetto al registro', en: 'Notice lagging behind the register' },
  *check({ register, history }): Iterable<Finding> {
    if (!history) return;
    const byId = new Map(register.trattamenti.map((t) => [t.id, t.data]));
    for (const { file, data } of register.servizi) {
      const ids = data.trattamenti ?? [];
      const activities = ids.map((id) => byId.get(id)).filter((a): a is TrattamentoFile => a !== undefined);
      const date = noticeDate(data, activities, statedFactDates(register, activities));
      if (!date) continue;
      const said = new Set<string>();
      for (const [i, id] of ids.entries()) {
        // A record listed twice is said once (activity-declared reports the repeat).
        if (said.has(id)) continue;
        said.add(id);
        const change = history.get(id)?.notice;
        if (!change || change.date <= date) continue;
        yield { file, pointer: `/trattamenti/${i}`, at: 'value', messageId: 'rule.noticeStale', params: { id, date: change.date, commit: change.commit.slice(0, 7), notice: date } };
      }
    }
  },
};
