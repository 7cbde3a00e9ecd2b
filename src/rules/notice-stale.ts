import { serviceNoticeDate } from '../informativa/notice-version.js';
import { historyKey } from '../history/last-changes.js';
import type { Finding, Rule } from './types.js';

/**
 * A notice says "aggiornata al" the latest date of its service and activities. When git shows
 * that an activity it covers changed after that date in a way that obliges new notices (a
 * purpose, a basis, recipients, transfers, a longer retention: src/law/data/effetti-modifiche.json),
 * or that the service itself changed where its notice shows it (its office, its activities),
 * the published notice lags behind the register. A service with its own `aggiornato` is left to changed-after-update,
 * which asks for that date: one finding for one change. Runs only in `validate` inside git.
 */
export const noticeStale: Rule = {
  id: 'notice-stale',
  severity: 'warning',
  reference: 'art. 13, par. 3, e art. 14, par. 4',
  title: { it: 'Informativa rimasta indietro rispetto al registro', en: 'Notice lagging behind the register' },
  *check({ register, history }): Iterable<Finding> {
    if (!history) return;
    for (const { file, data } of register.servizi) {
      const ids = data.trattamenti ?? [];
      const date = serviceNoticeDate(register, data);
      if (!date) continue;
      const own = history.get(historyKey('servizi', file.id))?.notice;
      if (own && !data.aggiornato && own.date > date) {
        yield { file, pointer: '/denominazione', at: 'key', messageId: 'rule.noticeStaleService', params: { date: own.date, commit: own.commit.slice(0, 7), notice: date } };
      }
      const said = new Set<string>();
      for (const [i, id] of ids.entries()) {
        // A record listed twice is said once (activity-declared reports the repeat).
        if (said.has(id)) continue;
        said.add(id);
        const change = history.get(historyKey('trattamenti', id))?.notice;
        if (!change || change.date <= date) continue;
        yield { file, pointer: `/trattamenti/${i}`, at: 'value', messageId: 'rule.noticeStale', params: { id, date: change.date, commit: change.commit.slice(0, 7), notice: date } };
      }
    }
  },
};
