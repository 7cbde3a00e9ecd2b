import risposte from './data/risposte.json' with { type: 'json' };
import { isSheetError } from '../text/placeholder.js';

const norm = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim().replace(/(?<=[^.])\.+$/, '');
const set = (words: readonly string[]) => new Set(words.map(norm));
const YES = set(risposte.si);
const NO = set(risposte.no);
const UNDECIDED = set(risposte.si_no);
const UNSTATED = set(risposte.non_indicato);

/** SI, NO, "SI/NO" (undecided) and empty are four different answers; "nessuno" is a no (data/risposte.json). */
export function yesNo(cell: string): 'si' | 'no' | 'si/no' | undefined {
  const f = norm(cell);
  if (YES.has(f)) return 'si';
  if (NO.has(f)) return 'no';
  if (UNDECIDED.has(f)) return 'si/no';
  return undefined;
}

/** A placeholder for an answer not given ("-", "n.d.", "N/A", a spreadsheet's "#VALORE!"): not a term of any vocabulary. */
export function isUnstated(text: string): boolean {
  return UNSTATED.has(norm(text)) || isSheetError(text);
}
