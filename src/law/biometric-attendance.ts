import data from './data/biometria-presenze.json' with { type: 'json' };
import { plainText } from '../text/plain.js';
import type { Term } from '../vocab/vocabulary.js';

/** Biometric data of workers used to record attendance (src/law/data/biometria-presenze.json). */
export const BIOMETRIC_ATTENDANCE = { source: data.fonte, source_en: data.fonte_en };

const patterns = data.cerca.map((p) => new RegExp(p, 'i'));

/** Whether a text describes recording workers' attendance: clocking in, working hours, the payroll book. */
export function describesAttendance(text: string | undefined): boolean {
  if (!text) return false;
  const plain = plainText(text);
  return patterns.some((p) => p.test(plain));
}

/** A biometric term: the built-in one, or one of the register's own in its group. */
export function isBiometric(term: Pick<Term, 'id' | 'gruppo'> | undefined): boolean {
  return term !== undefined && (data.dati.includes(term.id) || (term.gruppo !== undefined && data.dati.includes(term.gruppo)));
}

/** An attendance term: "presenze", or one of the register's own in its group. */
export function isAttendanceData(term: Pick<Term, 'id' | 'gruppo'>): boolean {
  return data.presenze.includes(term.id) || (term.gruppo !== undefined && data.presenze.includes(term.gruppo));
}
