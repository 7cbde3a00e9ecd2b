import type { Finding, Rule } from './types.js';
import type { TrattamentoFile } from '../types/schema.js';
import type { Register } from '../register/model.js';
import { describesMarketing, namesChannelBeyondSoftSpam } from '../law/facts.js';
import marketing from '../law/data/marketing-diretto.json' with { type: 'json' };

/** Subjects who are not customers: Codice 130 c. 4 (soft spam) does not reach them (marketing-diretto.json). */
const NOT_CUSTOMERS = new Set(marketing.oltre_soft_spam.interessati);

/**
 * Codice 130 c. 1, 2 and 4: promotional e-mail, SMS and automated calls need consent; the
 * legitimate interest of c. 4 covers customers only, for similar products. A marketing purpose
 * that rests on 6.1.f without consent, addressed to subjects who are not customers, is warned
 * (post or a call with an operator may still rest on it). Each purpose is judged by its own bases
 * and its own subjects: those it names (finalita[].interessati), else all of the record's. By SMS,
 * messaging or automated calls c. 4 reaches nobody, customers included: consent is needed.
 */
export const marketingNonCustomers: Rule = {
  id: 'marketing-non-customers',
  severity: 'warning',
  reference: 'Codice, art. 130, c. 1, 2 e 4',
  title: { it: 'Marketing verso chi non è cliente', en: 'Marketing to people who are not customers' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      const said = new Set<string>();
      for (const { purpose, index } of marketingPurposes(data)) {
        if (!onLegitimateInterestAlone(purpose)) continue;
        if (namesChannelBeyondSoftSpam(purpose.descrizione)) {
          yield { file, pointer: `/finalita/${index}/descrizione`, at: 'value', messageId: 'rule.marketingChannelConsent', params: {} };
          continue;
        }
        for (const finding of nonCustomers(register, data, purpose, index)) {
          if (said.has(finding.pointer)) continue;
          said.add(finding.pointer);
          yield { file, at: 'value', ...finding };
        }
      }
    }
  },
};

/** The subjects a purpose addresses who are not customers: its own (finalita[].interessati), else the record's. */
function nonCustomers(register: Register, data: TrattamentoFile, purpose: Purpose, index: number) {
  const [list, pointer] = purpose.interessati ? [purpose.interessati, `/finalita/${index}/interessati`] : [data.interessati ?? [], '/interessati'];
  return list.flatMap((subject, i) => {
    const known = NOT_CUSTOMERS.has(subject);
    if (!known && !ownNonCustomer(register, subject)) return [];
    const messageId = known ? ('rule.marketingNotCustomers' as const) : ('rule.marketingOwnTermNotCustomers' as const);
    return [{ pointer: `${pointer}/${i}`, messageId, params: { term: subject } }];
  });
}

/**
 * A register's own subject category not marked as customers (clienti: true in vocabolario.yaml):
 * donors, members, subscribers may be anything, and c. 4 reaches customers only.
 */
function ownNonCustomer(register: Register, subject: string): boolean {
  const term = register.vocabulary.get('interessati', subject);
  return term !== undefined && !term.builtin && term.clienti !== true;
}

type Purpose = NonNullable<TrattamentoFile['finalita']>[number];

/** The purposes that are direct marketing, with their place: those described so, else all of a record declared marketing_diretto. */
function marketingPurposes(data: TrattamentoFile): Array<{ purpose: Purpose; index: number }> {
  if (data.marketing_diretto === false) return [];
  const purposes = (data.finalita ?? []).map((purpose, index) => ({ purpose, index }));
  const described = purposes.filter((p) => describesMarketing(p.purpose.descrizione));
  return described.length > 0 || data.marketing_diretto !== true ? described : purposes;
}

function onLegitimateInterestAlone(purpose: Purpose): boolean {
  const bases = (purpose.basi_giuridiche ?? []).map((b) => b.base);
  return bases.includes('6.1.f') && !bases.includes('6.1.a');
}
