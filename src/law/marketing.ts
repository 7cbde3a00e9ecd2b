import type { TrattamentoFile } from '../types/schema.js';
import { describesMarketing } from './facts.js';

/** Whether a record processes data for direct marketing: declared, or read from its purposes. */
export function isDirectMarketing(record: TrattamentoFile): boolean {
  if (record.marketing_diretto !== undefined) return record.marketing_diretto;
  return (record.finalita ?? []).some((f) => describesMarketing(f.descrizione));
}
