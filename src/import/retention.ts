import type { TrattamentoFile } from '../types/schema.js';
import { isUnstated } from './answers.js';
import { normsIn } from './purpose-bases.js';
import { splitDurationStart } from '../text/retention-start.js';

type Term = NonNullable<TrattamentoFile['conservazione']>[number];

/** "permanente", and "illimitata" as the archives say it (the same term, as retention-vague reads it). */
const PERMANENT = /permanent|illimitat/i;

/**
 * The retention cell as terms (art. 30, par. 1, lett. f): one per piece between ";" or lines
 * ("5 anni; fino a revoca del consenso per la newsletter" are two terms, not one duration), the
 * event it runs from in `decorrenza` ("10 anni | dalla cessazione del rapporto"), the norm in
 * brackets in `fonte` ("10 anni (art. 2220 c.c.)"), a phrase without a number a `criterio`.
 * Placeholders ("-", "—", "n.d.") are no term: they come back in `unstated`, for the report.
 */
export function readRetention(cell: string, heading = ''): { terms: Term[]; unstated: string[]; unit?: string } {
  const terms: Term[] = [];
  const unstated: string[] = [];
  // "Conservazione (anni)" over "10": the unit is in the heading, and the number alone is no duration.
  const unit = UNIT.exec(heading)?.[1]?.toLowerCase();
  let unitAdded = false;
  for (const piece of pieces(cell)) {
    if (isUnstated(piece)) {
      unstated.push(piece);
      continue;
    }
    const read = term(piece);
    // The number alone once its source and start are split off: "10 (art. 2220 c.c.)" too.
    if (unit && read.durata !== undefined && BARE_NUMBER.test(read.durata)) {
      read.durata = `${read.durata} ${unitFor(read.durata, unit)}`;
      unitAdded = true;
    }
    terms.push(read);
  }
  return { terms, unstated, ...(unitAdded ? { unit } : {}) };
}

const UNIT = /\b(anni|anno|mesi|mese|giorni|giorno|ore|years|months|days|hours)\b/i;
const BARE_NUMBER = /^\d+(?:[.,]\d+)?$/;
const SINGULAR: Record<string, string> = { anni: 'anno', anno: 'anno', mesi: 'mese', mese: 'mese', giorni: 'giorno', giorno: 'giorno', ore: 'ora', years: 'year', months: 'month', days: 'day', hours: 'hour' };
const PLURAL: Record<string, string> = { anni: 'anni', anno: 'anni', mesi: 'mesi', mese: 'mesi', giorni: 'giorni', giorno: 'giorni', ore: 'ore', years: 'years', months: 'months', days: 'days', hours: 'hours' };

/** "1 anno", "10 anni": the unit agreeing with its number. */
function unitFor(number: string, unit: string): string {
  return (number === '1' ? SINGULAR : PLURAL)[unit] ?? unit;
}

function term(piece: string): Term {
  const cited = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(piece);
  const source = cited && normsIn(cited[2]!).length > 0 ? { fonte: cited[2]!.trim() } : {};
  const text = 'fonte' in source ? cited![1]! : piece;
  const start = splitDurationStart(text);
  if (start) return { ...start, ...source };
  return /\d/.test(text) || PERMANENT.test(text) ? { durata: text, ...source } : { criterio: text, ...source };
}

/** The pieces between ";" and line breaks outside brackets, list bullets dropped. */
function pieces(cell: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= cell.length; i++) {
    const c = cell[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === undefined || (depth === 0 && (c === ';' || c === '\n'))) {
      out.push(cell.slice(start, i));
      start = i + 1;
    }
  }
  return out.map((p) => p.replace(/^\s*(?:[-•*–]\s+)?/, '').trim()).filter(Boolean);
}

/** The terms as the report shows them: each one's keys and values, as in its YAML. */
export function retentionText(terms: readonly Term[]): string {
  return terms.map((t) => Object.entries(t).map(([key, value]) => `${key} "${String(value)}"`).join(', ')).join('; ');
}
