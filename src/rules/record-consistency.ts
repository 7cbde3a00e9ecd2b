import type { Finding, Rule } from './types.js';
import { isEea } from '../law/countries.js';
import { partyOf } from './transfers.js';
import type { SourceFile } from '../register/source-file.js';
import type { TrattamentoFile } from '../types/schema.js';

/**
 * Art. 30(1)(d)-(e): the parts of a record agree. "Nessuno" among recipients while the record
 * transfers data; a recipient established outside the EEA, or recipients in third countries,
 * with no transfer declared for them;
 * a declared transfer to a country of the EEA, which is no transfer at all; a purpose's subjects
 * that are not among the record's; a source of the data in a record collected from the data subject alone. Countries are given
 * by code: each message names them in its language (src/i18n/countries.ts).
 */
export const recordConsistency: Rule = {
  id: 'record-consistency',
  severity: 'error',
  reference: 'art. 30, par. 1, lett. d) ed e); art. 44',
  title: { it: 'Coerenza tra destinatari e trasferimenti', en: 'Recipients and transfers agree' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      const transfers = data.trasferimenti ?? [];
      if (data.destinatari === 'nessuno' && transfers.length > 0) {
        yield { file, pointer: '/destinatari', at: 'value', messageId: 'rule.noneButTransfers', params: { count: transfers.length } };
      }
      if (Array.isArray(data.destinatari)) {
        for (const [i, recipient] of data.destinatari.entries()) {
          // "Destinatari in paesi terzi" with no transfer at all: the notice would list them and then say nothing leaves the EEA.
          if (recipient.categoria && register.vocabulary.get('destinatari', recipient.categoria)?.paesi_terzi && transfers.length === 0) {
            yield { file, pointer: `/destinatari/${i}/categoria`, at: 'value', messageId: 'rule.categoryAbroad', params: { term: recipient.categoria } };
          }
          const party = partyOf(register, recipient.soggetto)?.data;
          const country = party?.paese;
          if (!country || isEea(country)) continue;
          const covered = transfers.some((t) => t.destinatario === recipient.soggetto || (t.paese === country && !t.destinatario));
          if (!covered) {
            yield { file, pointer: `/destinatari/${i}/soggetto`, at: 'value', messageId: 'rule.recipientAbroad', params: { party: recipient.soggetto ?? '', country } };
          }
        }
      }
      yield* purposeSubjectsOutside(file, data);
      // A source is art. 14's: with collection from the data subject alone the notice (art. 13) never shows it.
      if (data.raccolta === 'presso-interessato' && data.fonte) {
        yield { file, pointer: '/raccolta', at: 'value', messageId: 'rule.sourceButCollectedFromSubject', params: {}, severity: 'warning' };
      }
      for (const [i, transfer] of transfers.entries()) {
        if (transfer.paese && isEea(transfer.paese)) {
          yield { file, pointer: `/trasferimenti/${i}/paese`, at: 'value', messageId: 'rule.transferInEea', params: { country: transfer.paese }, severity: 'warning' };
        }
      }
    }
  },
};

/** A purpose's own subjects (finalita[].interessati) are some of the record's: the register lists them all (art. 30, par. 1, lett. c). */
function* purposeSubjectsOutside(file: SourceFile, data: TrattamentoFile): Iterable<Finding> {
  const record = new Set(data.interessati ?? []);
  for (const [i, purpose] of (data.finalita ?? []).entries()) {
    for (const [j, subject] of (purpose.interessati ?? []).entries()) {
      if (!record.has(subject)) yield { file, pointer: `/finalita/${i}/interessati/${j}`, at: 'value', messageId: 'rule.purposeSubjectOutside', params: { term: subject } };
    }
  }
}
