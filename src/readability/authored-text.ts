import type { Register } from '../register/model.js';
import type { Doc } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import { activitiesOf } from '../informativa/model.js';

/**
 * The prose a register writes into one service's notice: the service's description and, for each
 * of its records, the purposes, interests, ways to withdraw consent, the consequences of not
 * providing the data, the logic of automated decisions and the recipients' descriptions. Names,
 * addresses and cited norms are not prose a writer can simplify, and are left out. Each text ends
 * a sentence, as it does in the notice.
 */
export function authoredText(register: Register, service: Doc<ServizioFile>): string {
  const texts: Array<string | undefined> = [service.data.descrizione];
  for (const { data } of activitiesOf(register, service.data)) {
    for (const purpose of data.finalita ?? []) {
      texts.push(purpose.descrizione, ...(purpose.basi_giuridiche ?? []).flatMap((b) => [b.interesse, b.revoca]));
    }
    texts.push(data.conferimento?.conseguenze, data.decisioni_automatizzate?.logica, data.decisioni_automatizzate?.conseguenze);
    texts.push(...(data.dati_particolari ?? []).map((d) => d.revoca));
    if (Array.isArray(data.destinatari)) texts.push(...data.destinatari.map((d) => d.descrizione));
  }
  return texts
    .filter((t): t is string => Boolean(t?.trim()))
    .map((t) => (/[.!?]\s*$/.test(t.trim()) ? t.trim() : `${t.trim()}.`))
    .join(' ');
}
