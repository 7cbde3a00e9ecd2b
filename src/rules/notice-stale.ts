import { serviceNoticeDate } from '../informativa/notice-version.js';
import { historyKey } from '../history/last-changes.js';
import { servicesBehind, type NoticeBehind } from '../history/shared-changes.js';
import type { ServizioFile } from '../types/schema.js';
import type { SourceFile } from '../register/source-file.js';
import { shortened } from '../text/shortened.js';
import type { Finding, Rule } from './types.js';

/**
 * A notice says "aggiornata al" the latest date of its service and activities. When git shows
 * that an activity it covers changed after that date in a way that obliges new notices (a
 * purpose, a basis, recipients, transfers, a longer retention: src/law/data/effetti-modifiche.json),
 * or that the service itself changed where its notice shows it (its office, its activities),
 * the published notice lags behind the register. A service with its own `aggiornato` is left to changed-after-update,
 * which asks for that date: one finding for one change. What the notice repeats from the root
 * files (the controller, the DPO, a recipient, a term) has no date of its own: a change there
 * after the notice's date lags too. Runs only in `validate` inside git.
 */
export const noticeStale: Rule = {
  id: 'notice-stale',
  severity: 'warning',
  reference: 'art. 13, par. 3, e art. 14, par. 4',
  title: { it: 'Informativa rimasta indietro rispetto al registro', en: 'Notice lagging behind the register' },
  *check({ register, history }): Iterable<Finding> {
    if (!history) return;
    const dates = new Map(register.servizi.flatMap((s) => { const date = serviceNoticeDate(register, s.data); return date ? [[s.id, date] as const] : []; }));
    const behind = servicesBehind(history.shared, register, dates);
    for (const { file, data } of register.servizi) {
      const ids = data.trattamenti ?? [];
      const date = dates.get(file.id);
      if (!date) continue;
      const own = history.records.get(historyKey('servizi', file.id))?.notice;
      const ownLags = own !== undefined && !data.aggiornato && own.date > date;
      // Both ask for the service's date: the later change is the one to name, a tie the service's own.
      const shared = behind.get(file.id);
      if (shared && !(ownLags && own.date >= shared.shared.date)) yield sharedFinding(file, data, shared, date);
      else if (ownLags) {
        yield { file, pointer: '/denominazione', at: 'key', messageId: 'rule.noticeStaleService', params: { date: own.date, commit: own.commit.slice(0, 7), notice: date } };
      }
      const said = new Set<string>();
      for (const [i, id] of ids.entries()) {
        // A record listed twice is said once (activity-declared reports the repeat).
        if (said.has(id)) continue;
        said.add(id);
        const change = history.records.get(historyKey('trattamenti', id))?.notice;
        if (!change || change.date <= date) continue;
        yield { file, pointer: `/trattamenti/${i}`, at: 'value', messageId: 'rule.noticeStale', params: { id, date: change.date, commit: change.commit.slice(0, 7), notice: date } };
      }
    }
  },
};

const SHARED_MESSAGES = {
  registro: 'rule.noticeStaleController',
  soggetto: 'rule.noticeStaleParty',
  termine: 'rule.noticeStaleTerm',
  traduzione: 'rule.noticeStaleTranslation',
} as const;

/**
 * A change to a root file the notice shows, said on the service: its date is what must follow
 * (at `aggiornato` when it has one). The fields are those that oblige it, as dotted keys.
 */
function sharedFinding(file: SourceFile, data: ServizioFile, { shared, because }: NoticeBehind, notice: string): Finding {
  const { change } = shared;
  const messageId = SHARED_MESSAGES[change.kind as keyof typeof SHARED_MESSAGES];
  const fields = because.join(',');
  return {
    file,
    pointer: data.aggiornato ? '/aggiornato' : '/denominazione',
    at: data.aggiornato ? 'value' : 'key',
    messageId,
    params: { file: shared.file, id: change.kind === 'traduzione' ? shortened(change.id, 60) : change.id, fields, date: shared.date, commit: shared.commit.slice(0, 7), notice },
  };
}
