import idem from './data/idem.json' with { type: 'json' };
import { said, type Said } from './said.js';
import { plainText } from '../text/plain.js';

/** Lowercase, no accents, one space: the dots stay, since "c.s." is a reference and "CS" a name. */
const norm = (text: string) => plainText(text).replace(/\s+/g, ' ').trim();
const WORDS = new Set(idem.parole.map(norm));
const MARKS = new Set(idem.segni);

/** "idem", "come sopra", `"`, `〃`: a cell that says "as in the row above" (data/idem.json). */
export function isDitto(cell: string): boolean {
  const t = cell.trim();
  if (!t) return false;
  if (MARKS.has(t.replace(/\s+/g, ' '))) return true;
  // "Idem.", "Come sopra", "c.s.": compared whole, without case and a final dot.
  const n = norm(t);
  return t.length <= 40 && (WORDS.has(n) || WORDS.has(n.replace(/\.$/, '')));
}

/** One cell of an activity row whose value was taken from the row above, for the report. */
export interface FilledCell {
  campo: string;
  /** The value taken; empty when there was no activity above to take it from. */
  value: string;
  from?: number;
  how: 'idem' | 'unita';
  written: string;
}

/**
 * Carries values down a register's activity rows. Offices write "idem" or `"` for "the same as
 * above", and merge one cell over several activities (one legal basis for three taxes): every
 * activity of those rows has that value, so each record gets it, and the report says where from.
 * Only fields are filled, never the verbatim originals, which keep the cell as written.
 */
export class RowsAbove {
  private readonly last = new Map<string, { value: string; line: number }>();

  /** `mergedFrom`: "row:col" (0-based) of a cell continuing a merged range -> the row of its value. */
  constructor(private readonly mergedFrom: ReadonlyMap<string, number> = new Map()) {}

  /** The row with its "idem" and merged cells filled, and what was filled; `line` is 1-based. */
  fill(row: readonly string[], line: number, columns: ReadonlyMap<string, number>): { row: string[]; filled: FilledCell[] } {
    const out = [...row];
    const filled: FilledCell[] = [];
    for (const [campo, col] of columns) {
      const written = row[col] ?? '';
      const above = this.last.get(campo);
      if (isDitto(written)) {
        out[col] = above?.value ?? '';
        filled.push({ campo, value: out[col]!, how: 'idem', written: written.trim(), ...(above ? { from: above.line } : {}) });
      } else if (!written.trim() && this.continuesMerge(line, col, above)) {
        out[col] = above!.value;
        filled.push({ campo, value: above!.value, how: 'unita', written: '', from: above!.line });
      }
    }
    for (const [campo, col] of columns) this.last.set(campo, { value: out[col] ?? '', line });
    // In the order of the sheet's columns, as the report reads the row.
    filled.sort((a, b) => columns.get(a.campo)! - columns.get(b.campo)!);
    return { row: out, filled };
  }

  /** Whether the cell continues a merged range whose value the row above (or the range's first row) holds. */
  private continuesMerge(line: number, col: number, above: { line: number } | undefined): boolean {
    const master = this.mergedFrom.get(`${line - 1}:${col}`);
    return master !== undefined && above !== undefined && above.line >= master + 1 && above.line < line;
  }
}

/** The report line of a filled cell: where its value came from. */
export function filledNote(f: FilledCell): Said {
  if (f.how === 'unita') return said(`cella unita a quella della riga ${f.from}: stesso valore`, `cell merged with the one of row ${f.from}: same value`);
  if (f.from === undefined) return said(`"${f.written}" senza una riga sopra a cui rimandare: lasciato vuoto`, `"${f.written}" with no row above to refer to: left empty`);
  return said(`"${f.written}": come la riga ${f.from}${f.value ? '' : ' (che è vuota)'}`, `"${f.written}": as row ${f.from}${f.value ? '' : ' (which is empty)'}`);
}
