import type { Finding, Rule } from './types.js';
import type { Party, Register } from '../register/model.js';
import { isEea } from '../law/countries.js';
import { transfersOf } from './transfers.js';
import { everyRecordRead } from './support.js';

/**
 * Art. 28(2)-(4): a processor's act has not lapsed; a sub-processor is engaged with the
 * controller's written authorisation (specific or general); a chain of sub-processors that
 * reaches a third country is covered by a transfer declared in some record.
 */
export const processorChain: Rule = {
  id: 'processor-chain',
  severity: 'error',
  reference: 'art. 28, par. 2, 3 e 4; artt. 44-46',
  title: { it: 'Atti dei responsabili e catena dei sub-responsabili', en: 'Processor acts and sub-processor chain' },
  *check({ register, today }): Iterable<Finding> {
    for (const party of register.parties) {
      const data = party.data;
      if (!data || (data.ruolo !== 'responsabile' && data.ruolo !== 'sub-responsabile')) continue;
      const end = data.atto?.scadenza;
      if (end && end < today) {
        yield { file: party.file, pointer: `${party.pointer}/atto/scadenza`, at: 'value', messageId: 'rule.processorActExpired', params: { id: party.id, date: end } };
      }
      if (data.ruolo === 'sub-responsabile' && !data.autorizzazione) {
        yield { file: party.file, pointer: `${party.pointer}/ruolo`, at: 'value', messageId: 'rule.subProcessorAuthorisation', params: { id: party.id } };
      }
      if (data.ruolo === 'sub-responsabile' && data.paese && !isEea(data.paese) && everyRecordRead(register) && !transferDeclared(register, party)) {
        const chain = chainOf(register, party).map((p) => p.id).join(' > ');
        yield { file: party.file, pointer: `${party.pointer}/paese`, at: 'value', messageId: 'rule.subProcessorAbroad', params: { id: party.id, country: data.paese, chain } };
      }
    }
  },
};

/** The processors above a sub-processor, top first, ending with it (cycles cut). */
function chainOf(register: Register, party: Party): Party[] {
  const chain: Party[] = [party];
  let current = party;
  while (current.data?.per_conto_di && chain.length < 10) {
    const up = register.partyById.get(current.data!.per_conto_di);
    if (!up || chain.includes(up)) break;
    chain.unshift(up);
    current = up;
  }
  return chain;
}

/**
 * Some record or art. 30(2) entry declares a transfer to this party, or to its country in a
 * record that names the party or a processor above it.
 */
function transferDeclared(register: Register, party: Party): boolean {
  const chain = new Set(chainOf(register, party).map((p) => p.id));
  for (const { transfer, record } of transfersOf(register)) {
    if (transfer.destinatario === party.id) return true;
    if (transfer.paese !== party.data?.paese || transfer.destinatario) continue;
    const named = Array.isArray(record?.destinatari) ? record.destinatari.some((d) => d.soggetto && chain.has(d.soggetto)) : record === undefined;
    if (named) return true;
  }
  return false;
}
