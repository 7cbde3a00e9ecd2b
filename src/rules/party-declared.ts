import type { Rule, Finding, RuleContext } from './types.js';
import type { SourceFile } from '../register/source-file.js';
import { nearest } from '../util/suggest.js';

/**
 * Every party named in a record (recipient, transfer recipient, the DPO, the controller of an
 * art. 30(2) entry, the processor above a sub-processor) is declared in soggetti.yaml.
 */
export const partyDeclared: Rule = {
  id: 'party-declared',
  severity: 'error',
  reference: 'artt. 26, 28 e 30 GDPR',
  title: { it: 'Soggetti dichiarati', en: 'Declared parties' },
  *check({ register }: RuleContext): Iterable<Finding> {
    if (!register.partiesKnown) return;
    const parties = register.partyById;

    function* reference(file: SourceFile, pointer: string, id: string | undefined, role?: string): Iterable<Finding> {
      if (id === undefined) return;
      const party = parties.get(id);
      if (!party) {
        const suggestion = nearest(id, parties.keys());
        yield suggestion
          ? { file, pointer, at: 'value', messageId: 'ref.partySuggest', params: { id, suggestion } }
          : { file, pointer, at: 'value', messageId: 'ref.party', params: { id } };
      } else if (role && party.data && party.data.ruolo !== role) {
        yield { file, pointer, at: 'value', messageId: 'ref.partyRole', params: { id, role: party.data.ruolo, expected: role } };
      }
    }

    for (const { file, data } of register.trattamenti) {
      if (Array.isArray(data.destinatari)) {
        for (const [i, d] of data.destinatari.entries()) yield* reference(file, `/destinatari/${i}/soggetto`, d.soggetto);
      }
      for (const [i, t] of (data.trasferimenti ?? []).entries()) yield* reference(file, `/trasferimenti/${i}/destinatario`, t.destinatario);
    }
    for (const { file, data } of register.attivitaResponsabile) {
      yield* reference(file, '/titolare', data.titolare, 'titolare');
      for (const [i, t] of (data.trasferimenti ?? []).entries()) yield* reference(file, `/trasferimenti/${i}/destinatario`, t.destinatario);
    }
    if (register.registro) yield* reference(register.registro.file, '/rpd/soggetto', register.registro.data.rpd?.soggetto);
    for (const party of register.parties) {
      yield* reference(party.file, `${party.pointer}/per_conto_di`, party.data?.per_conto_di);
    }
  },
};
