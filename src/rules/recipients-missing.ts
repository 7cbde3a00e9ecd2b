import type { Finding, Rule } from './types.js';

/** Art. 30(1)(d): recipients, or an explicit `destinatari: nessuno`. */
export const recipientsMissing: Rule = {
  id: 'recipients-missing',
  severity: 'error',
  reference: 'art. 30, par. 1, lett. d)',
  title: { it: 'Destinatari mancanti', en: 'Missing recipients' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      if (data.destinatari === 'nessuno') continue;
      if (!data.destinatari || data.destinatari.length === 0) {
        yield { file, pointer: data.destinatari ? '/destinatari' : '', messageId: 'rule.recipientsMissing', params: {} };
      }
    }
  },
};
