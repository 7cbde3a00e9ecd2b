import data from './data/limiti-conservazione.json' with { type: 'json' };
import { durationDays } from './duration.js';

/** The retention limits fixed by law or by the Garante, read from src/law/data/limiti-conservazione.json. */
export interface RetentionLimit {
  id: string;
  /** Limits of one group exclude each other: the first that applies wins (comuni before the general CCTV limit). */
  gruppo: string;
  quando: {
    /** A data-subject term id, or a flag of the term (ripresi, segnalanti, lavoratori...). */
    interessati?: string;
    /** The limit does not apply when the record also concerns these subjects (a term id or flag). */
    senza_interessati?: string;
    dati?: string[];
    titolare?: string[];
    ente_pubblico?: boolean;
    profilazione?: boolean;
    marketing?: boolean;
    /**
     * A pattern (regular expression source, case aside) the norm of one of the record's legal
     * bases or the source of one of its retention terms matches: the anti-money-laundering decree
     * in any of the ways it is cited.
     */
    norma?: string;
  };
  limite: string;
  /** How a longer term is justified: 'motivata' (a documented reason), 'accordo-art4' (L. 300/1970 art. 4); none: never. */
  deroga?: 'motivata' | 'accordo-art4';
  it: string;
  en: string;
  fonte: string;
  /** The same source in English, for --lang en. */
  fonte_en: string;
  data: string;
  verificare?: boolean;
}

export const RETENTION_LIMITS = data.limiti as RetentionLimit[];

const NORM_PATTERNS = new Map(RETENTION_LIMITS.flatMap((l) => (l.quando.norma ? [[l.quando.norma, new RegExp(l.quando.norma, 'i')] as const] : [])));

/** The compiled pattern of a limit's `quando.norma`. */
export function normPattern(source: string): RegExp {
  return NORM_PATTERNS.get(source)!;
}

/** The limit in days, parsed with the same reading as the records' durations. */
export function limitDays(limit: RetentionLimit): number {
  const days = durationDays(limit.limite);
  if (days === undefined) throw new Error(`limiti-conservazione.json: "${limit.limite}" is not a duration`);
  return days;
}
