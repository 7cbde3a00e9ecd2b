import type { Finding, Rule } from './types.js';
import { dataTermsOf } from './support.js';

/** Art. 30(1)(f): time limits for the different categories of data, when they differ visibly. */
export const retentionPerCategory: Rule = {
  id: 'retention-per-category',
  severity: 'warning',
  reference: 'art. 30, par. 1, lett. f',
  title: { it: 'Conservazione per categoria di dati', en: 'Retention per data category' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      const items = data.conservazione ?? [];
      if (items.length !== 1 || items[0]!.categorie?.length) continue;
      // Kinds of data usually kept for different times: accounting, images, tracking, special, criminal.
      const kinds = new Set<string>();
      for (const term of dataTermsOf(register, data)) {
        const kind = term.classe === 'comune' ? term.gruppo : term.classe;
        if (kind) kinds.add(kind);
      }
      if (kinds.size >= 2) {
        yield { file, pointer: '/conservazione', messageId: 'rule.retentionPerCategory', params: { kinds: [...kinds].sort().join(', ') } };
      }
    }
  },
};
