import type { ImportContext } from './normalize.js';

/**
 * One cell under a heading naming both the data subjects and the data categories ("Categorie
 * di interessati e di dati"): each piece goes where it belongs, by a label ("Interessati:",
 * "Dati:"), by the vocabularies, or by its words; what cannot be told apart stays with the
 * subjects until the first piece about data, and with the data after it.
 */
export function splitSubjectsAndData(cell: string, ctx: ImportContext): { interessati: string[]; dati: string[] } {
  const result = { interessati: [] as string[], dati: [] as string[] };
  let side: 'interessati' | 'dati' = 'interessati';
  for (const line of cell.split(/[\n;]+/)) {
    const labelled = /^\s*(interessati|categorie di interessati|data subjects|dati(?: personali)?|categorie di dati(?: personali)?|personal data)\s*[:=-]\s*(.*)$/i.exec(line);
    if (labelled) side = /interessat|subject/i.test(labelled[1]!) ? 'interessati' : 'dati';
    for (const raw of (labelled ? labelled[2]! : line).split(',')) {
      const piece = raw.trim().replace(/^[-•*]\s*/, '').replace(/[.]$/, '').trim();
      if (!piece) continue;
      const kind = labelled ? side : (classify(piece, ctx) ?? side);
      if (!labelled && kind === 'dati') side = 'dati';
      result[kind].push(piece);
    }
  }
  return result;
}

function classify(piece: string, ctx: ImportContext): 'interessati' | 'dati' | undefined {
  if (/\bdati\b|\bdata\b|\binformazioni\b/i.test(piece)) return 'dati';
  if (ctx.known('interessati', piece)) return 'interessati';
  if (ctx.known('dati', piece)) return 'dati';
  return undefined;
}
