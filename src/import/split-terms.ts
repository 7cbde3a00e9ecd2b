import trattini from './data/trattini.json' with { type: 'json' };
import { splitList } from './normalize.js';
import { fold } from '../util/suggest.js';

/** Names that hold a " - " of their own (data/trattini.json), folded as the vocabularies are. */
const DASHED_NAMES = new Set(trattini.nomi.map(fold));
/** A piece that ends with a company's legal form, and an office that follows the name of its body (trattini.json). */
const COMPANY = new RegExp(trattini.forme_societarie, 'i');
const OFFICE = new RegExp(trattini.uffici, 'i');

/** "Banca tesoriera - Intesa Sanpaolo S.p.A.", "Comune di Torino - Servizi sociali": one recipient, its role or office beside its name. */
function isOneNamed(pieces: readonly string[]): boolean {
  return pieces.length === 2 && (pieces.some((p) => COMPANY.test(p.trim())) || OFFICE.test(pieces[1]!.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
}

/**
 * The items of a cell listing terms (interessati, dati, destinatari, operazioni): the separators
 * of splitList, and the " - " with which offices list on one line ("Cittadini - Imprese",
 * "Dati anagrafici - dati economici - dati relativi alla salute"). A dash inside brackets, or
 * inside a name that is known whole ("Agenzia delle Entrate - Riscossione"), does not split.
 */
export function splitTerms(cell: string, commas: boolean | 'outside', known: (text: string) => boolean): string[] {
  return splitList(cell, commas).flatMap((item) => {
    const pieces = dashSpans(item).map(([a, b]) => item.slice(a, b));
    return isOneNamed(pieces) ? [item.trim()] : splitAtDashes(item, (text) => known(text) || DASHED_NAMES.has(fold(text)));
  });
}

/** Where the pieces of an item between " - " (or en and em dashes between spaces) start and end, outside brackets. */
function dashSpans(item: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < item.length; i++) {
    const c = item[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (c === '-' || c === '–' || c === '—') && /\s/.test(item[i - 1] ?? '') && /\s/.test(item[i + 1] ?? '')) {
      spans.push([start, i]);
      start = i + 1;
    }
  }
  spans.push([start, item.length]);
  return spans.filter(([a, b]) => item.slice(a, b).trim());
}

/**
 * The item cut at its dashes, adjacent pieces put back together (as written, with their own
 * dash) where together they make a known term: the longest run wins.
 */
function splitAtDashes(item: string, known: (text: string) => boolean): string[] {
  const spans = dashSpans(item);
  const text = (i: number, j: number) => item.slice(spans[i]![0], spans[j]![1]).trim();
  const items: string[] = [];
  for (let i = 0; i < spans.length; ) {
    let end = i;
    for (let j = spans.length - 1; j > i; j--) {
      if (known(text(i, j))) {
        end = j;
        break;
      }
    }
    items.push(text(i, end));
    i = end + 1;
  }
  return items;
}
