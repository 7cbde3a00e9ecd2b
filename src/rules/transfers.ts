import type { Register, Party } from '../register/model.js';
import type { SourceFile } from '../register/source-file.js';
import type { TrattamentoFile } from '../types/schema.js';
import { perRegister } from './memo.js';

type Transfer = NonNullable<TrattamentoFile['trasferimenti']>[number];

export interface TransferAt {
  file: SourceFile;
  transfer: Transfer;
  pointer: string;
  /** The record holding the transfer, when it is a controller's activity (not an art. 30(2) entry). */
  record?: TrattamentoFile;
}

/** Every transfer of the register, in activities and in art. 30(2) entries, with its pointer (seven rules read them). */
export const transfersOf = perRegister((register: Register): readonly TransferAt[] => {
  const transfers: TransferAt[] = [];
  for (const { file, data } of register.trattamenti) {
    for (const [i, transfer] of (data.trasferimenti ?? []).entries()) transfers.push({ file, transfer, pointer: `/trasferimenti/${i}`, record: data });
  }
  for (const { file, data } of register.attivitaResponsabile) {
    for (const [i, transfer] of (data.trasferimenti ?? []).entries()) transfers.push({ file, transfer, pointer: `/trasferimenti/${i}` });
  }
  return transfers;
});

export function partyOf(register: Register, id: string | undefined): Party | undefined {
  return id === undefined ? undefined : register.partyById.get(id);
}
