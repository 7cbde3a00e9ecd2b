import type { Finding, Rule } from './types.js';
import { isPublicBody, isToComplete } from './support.js';
import { namesArchivePlanOrNorm } from '../law/facts.js';

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
      // A source still to complete is reported as such: which plan or norm it names is not known yet.
      if (!sources.some(namesArchivePlanOrNorm) && !sources.some(isToComplete)) {
        yield { file, pointer: '/conservazione', messageId: 'rule.retentionArchive', params: {} };
      }
    }
  },
};
