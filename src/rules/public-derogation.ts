import type { Finding, Rule } from './types.js';
import type { Register } from '../register/model.js';
import { transfersOf, type TransferAt } from './transfers.js';
import { hasBasis, isPublicBody } from './support.js';

const BARRED = new Set(['49.1.a', '49.1.b', '49.1.c', '49.1.2']);

/** Art. 49(3): public authorities exercising public powers cannot use these derogations. */
export const publicDerogation: Rule = {
  id: 'public-derogation',
  severity: 'error',
  reference: 'art. 49, par. 3',
  title: { it: 'Deroghe vietate agli enti pubblici', en: 'Derogations barred to public bodies' },
  *check({ register }): Iterable<Finding> {
    for (const at of transfersOf(register)) {
      if (isBarredToPublicBody(register, at)) {
        yield { file: at.file, pointer: `${at.pointer}/meccanismo`, at: 'value', messageId: 'rule.publicDerogation', params: { mechanism: at.transfer.meccanismo! } };
      }
    }
  },
};

/** Whether a transfer rests on a derogation a public body may not use in its public tasks. */
export function isBarredToPublicBody(register: Register, { transfer, record }: TransferAt): boolean {
  if (!isPublicBody(register) || !transfer.meccanismo || !BARRED.has(transfer.meccanismo) || !record) return false;
  return hasBasis(record, '6.1.e') || hasBasis(record, '6.1.c');
}
