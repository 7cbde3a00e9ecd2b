import type { Register, Party } from '../register/model.js';
import type { Finding, Rule } from './types.js';
import { partyOf, transfersOf, type TransferAt } from './transfers.js';
import { recipientsOf } from './support.js';
import { derogationOnlyOccasional } from '../law/codes.js';
import { isBarredToPublicBody } from './public-derogation.js';

const PROCESSOR_ROLES = new Set(['responsabile', 'sub-responsabile']);

/**
 * Art. 49(1), recitals 111 and 113, EDPB Guidelines 2/2018: a derogation meant for occasional
 * transfers does not carry the steady flow to a processor, which needs art. 46 safeguards.
 */
export const transferDerogationRoutine: Rule = {
  id: 'transfer-derogation-routine',
  severity: 'warning',
  reference: 'art. 49, par. 1; considerando 111 e 113',
  title: { it: 'Deroga usata per un trasferimento sistematico', en: 'Derogation used for a systematic transfer' },
  *check({ register }): Iterable<Finding> {
    for (const at of transfersOf(register)) {
      const mechanism = at.transfer.meccanismo;
      // A derogation barred to the public body is reported as such (public-derogation): the fix is the same.
      if (!mechanism || !derogationOnlyOccasional(mechanism) || isBarredToPublicBody(register, at)) continue;
      const processor = processorReceiving(register, at);
      if (processor) {
        yield { file: at.file, pointer: `${at.pointer}/meccanismo`, at: 'value', messageId: 'rule.transferDerogationRoutine', params: { mechanism, party: processor.id } };
      }
    }
  },
};

/** The processor the transfer goes to: its named recipient, or else the activity's processor established in that country. */
function processorReceiving(register: Register, { transfer, record }: TransferAt): Party | undefined {
  const isProcessor = (party: Party | undefined): party is Party => PROCESSOR_ROLES.has(party?.data?.ruolo ?? '');
  if (transfer.destinatario) {
    const recipient = partyOf(register, transfer.destinatario);
    return isProcessor(recipient) ? recipient : undefined;
  }
  if (!record || !transfer.paese) return undefined;
  return recipientsOf(record)
    .map((recipient) => partyOf(register, recipient.soggetto))
    .find((party) => isProcessor(party) && party.data?.paese === transfer.paese);
}
