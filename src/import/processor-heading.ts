import responsabile from './data/responsabile.json' with { type: 'json' };
import { fieldsOf, keywordTable, scoreIn } from './score.js';
import { detectHeading, type Heading, type HeadingColumn } from './headers.js';

/**
 * The heading of a processor's register (art. 30, par. 2): which column names the controller on
 * whose behalf the entity acts, the categories of processing, the act of appointment; the
 * columns it shares with the controller's register (transfers, measures, dates) are read with
 * campi.json. The wordings are data (data/responsabile.json).
 */

const TABLE = keywordTable(responsabile.campi);
const SHARED = new Set(responsabile.comuni);
/** Headings sit near the top, under at most a title block (as in headers.ts). */
const SEARCH_ROWS = 40;

/** The field one heading cell names in a processor's register, if any: its own fields first, then the shared ones. */
function columnOf(label: string, col: number): HeadingColumn | undefined {
  const own = scoreIn(TABLE, label).find((s) => s.score >= responsabile.soglia);
  if (own) return { campo: own.campo, col, label, score: own.score };
  const shared = fieldsOf(label).find((f) => SHARED.has(f.campo));
  return shared ? { campo: shared.campo, col, label, score: shared.score } : undefined;
}

/** A row read as a processor's heading: its fields (each once, the surer column keeping it) and the rest. */
function readRow(row: readonly string[], index: number): Heading {
  const columns: HeadingColumn[] = [];
  const unmapped: Heading['unmapped'] = [];
  row.forEach((cell, col) => {
    const label = cell.replace(/\s+/g, ' ').trim();
    if (!label) return;
    const found = columnOf(label, col);
    const taken = found ? columns.findIndex((c) => c.campo === found.campo) : -1;
    if (!found || (taken >= 0 && columns[taken]!.score >= found.score)) {
      unmapped.push({ col, label });
      return;
    }
    // Two columns naming the same field: the surer keeps it, the other stays verbatim.
    if (taken >= 0) {
      const [less] = columns.splice(taken, 1);
      unmapped.push({ col: less!.col, label: less!.label });
    }
    columns.push(found);
  });
  return { rows: [index], columns: columns.sort((a, b) => a.col - b.col), unmapped: unmapped.sort((a, b) => a.col - b.col) };
}

/** Whether a row's fields make it a processor's heading: the controller on whose behalf, and the categories. */
function isProcessorHeading(heading: Heading): boolean {
  const controller = heading.columns.find((c) => c.campo === 'titolare');
  return controller !== undefined && controller.score >= responsabile.soglia_titolare && heading.columns.some((c) => c.campo === 'categorie');
}

/**
 * The processor's heading of a sheet, if it is one. A controller's register whose heading comes
 * first, with a processor's table below it, stays a controller's register: the table below is
 * another table, reported as such.
 */
export function processorHeading(rows: readonly string[][], from = 0): Heading | undefined {
  for (let i = from; i < Math.min(rows.length, from + SEARCH_ROWS); i++) {
    const heading = processorHeadingAt(rows, i);
    if (!heading) continue;
    const controllers = detectHeading(rows.slice(from, i));
    return controllers ? undefined : heading;
  }
  return undefined;
}

/**
 * The processor's heading at row `index`, if that row is one: how a document that keeps the
 * processor's table under the controller's shows where the first ends. Its long headings
 * ("Titolare del trattamento per conto del quale si agisce / dati di contatto") are not the
 * short cells isTableHeading looks for.
 */
export function processorHeadingAt(rows: readonly string[][], index: number): Heading | undefined {
  const heading = readRow(rows[index] ?? [], index);
  return isProcessorHeading(heading) ? heading : undefined;
}
