import type { Finding, Rule } from './types.js';
import { isPublicBody } from './support.js';

const ARCHIVE_PLAN = /piano di conservazione|massimario|prontuario di scarto|piano di classificazione/i;
const NORM = /\b(d\.\s?lgs|d\.\s?l\.|l\.|legge|d\.\s?p\.\s?r|d\.\s?p\.\s?c\.\s?m|regolamento|c\.\s?c\.|codice|art\.|provvedimento)/i;

/** DPR 445/2000 art. 68: a public body's retention follows its piano di conservazione (or a norm). */
export const retentionArchive: Rule = {
  id: 'retention-archive',
  severity: 'warning',
  reference: 'D.P.R. 445/2000, art. 68; D.Lgs. 42/2004',
  title: { it: 'Piano di conservazione', en: 'Archive retention plan' },
  *check({ register }): Iterable<Finding> {
    if (!isPublicBody(register)) return;
    for (const { file, data } of register.trattamenti) {
      const items = data.conservazione ?? [];
      if (items.length === 0) continue;
      const sources = items.map((c) => c.fonte ?? '');
      if (!sources.some((s) => ARCHIVE_PLAN.test(s) || NORM.test(s))) {
        yield { file, pointer: '/conservazione', messageId: 'rule.retentionArchive', params: {} };
      }
    }
  },
};
