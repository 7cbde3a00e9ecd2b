import labels from './data/intestazione.json' with { type: 'json' };
import { isUnstated } from './answers.js';
import { fold } from '../util/suggest.js';

type Field = keyof typeof labels.recapiti;
type Section = keyof typeof labels.sezioni;

/** What the controller's card above the heading says, and on which row (1-based) each fact was read. */
export interface ControllerCard {
  titolare: Partial<Record<Field, string>>;
  rpd: { nome?: string; email?: string };
  rows: Partial<Record<Field, number>>;
}

const byFold = <K extends string>(table: Record<K, string[]>) => new Map(Object.entries<string[]>(table).flatMap(([key, words]) => words.map((w) => [fold(w), key as K] as const)));
const FIELDS = byFold(labels.recapiti);
const SECTIONS = byFold(labels.sezioni);
const NOT_NAMES = new Set(labels.non_nomi.map(fold));

/** "Responsabile della protezione dei dati (se designato):" -> the label without its note and its colon. */
function labelOf(cell: string): { label: string; rest: string } {
  const at = cell.indexOf(':');
  const head = at >= 0 ? cell.slice(0, at) : cell;
  return { label: fold(head.replace(/\([^)]*\)/g, '').replace(/\*/g, '')), rest: at >= 0 ? cell.slice(at + 1).trim() : '' };
}

/**
 * The card the Garante's simplified model for small businesses puts above the table: "Dati del
 * Titolare del trattamento", then "Denominazione / Ragione sociale | ...", "Indirizzo | ...",
 * "Telefono", "E-mail", "PEC", then the DPO's. Each row is a label and its value (after ":" or
 * in the next cell); a section title says whose the rows below are. A co-controller's or a
 * representative's rows are not the controller's: they are left to the cells kept verbatim.
 */
export function readControllerCard(rows: readonly string[][]): ControllerCard {
  const card: ControllerCard = { titolare: {}, rpd: {}, rows: {} };
  let section: Section = 'titolare';
  rows.forEach((row, i) => {
    const filled = row.map((c) => c.normalize('NFC').trim()).filter(Boolean);
    if (filled.length === 0 || filled.length > 3) return;
    const { label, rest } = labelOf(filled[0]!);
    const value = (rest || filled[1] || '').split('\n')[0]!.trim();
    const named = SECTIONS.get(label);
    if (named) {
      section = named;
      if (value && named !== 'altro') take(card, section, 'denominazione', value, i + 1);
      return;
    }
    const field = FIELDS.get(label);
    if (field && value && section !== 'altro') take(card, section, field, value, i + 1);
  });
  return card;
}

function take(card: ControllerCard, section: Section, field: Field, value: string, row: number): void {
  if (isUnstated(value) || NOT_NAMES.has(fold(value))) return;
  if (section === 'rpd') {
    if (field === 'denominazione') card.rpd.nome ??= value;
    else if (field === 'email' || field === 'pec') card.rpd.email ??= value;
    return;
  }
  if (card.titolare[field]) return;
  card.titolare[field] = value;
  card.rows[field] = row;
}
