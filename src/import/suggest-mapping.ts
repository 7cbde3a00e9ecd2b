import { scoreLabel } from './score.js';
import { FIELDS } from './fields.js';

/** Where the heading most likely is when none names enough fields: the row with most short cells, near the top. */
function likelyHeading(rows: readonly string[][]): number {
  let best = 0;
  let bestCount = 0;
  rows.slice(0, 40).forEach((row, i) => {
    const count = row.filter((c) => c.trim() && c.trim().length <= 60).length;
    if (count > bestCount) {
      bestCount = count;
      best = i;
    }
  });
  return best;
}

/**
 * For a sheet whose heading was not recognised: the headings it shows, and a mapping file
 * (`--mappa`) that would import it, each column given to its likeliest field, still unused.
 */
export function suggestMapping(rows: readonly string[][]): { row: number; headings: string[]; yaml: string } {
  const index = likelyHeading(rows);
  const cells = (rows[index] ?? []).map((c, col) => ({ col, label: c.replace(/\s+/g, ' ').trim() })).filter((c) => c.label);
  const used = new Set<string>();
  const lines = [`riga_intestazione: ${index + 1}`, 'colonne:'];
  for (const { col, label } of cells) {
    const guess = scoreLabel(label).find((s) => !used.has(s.campo))?.campo;
    if (guess) used.add(guess);
    lines.push(`  ${guess ?? `# campo?`}: ${JSON.stringify(label)}${guess ? '' : `  # colonna ${col + 1}`}`);
  }
  lines.push(`# campi: ${FIELDS.map((f) => f.campo).filter((c) => !used.has(c)).join(', ')}`);
  return { row: index + 1, headings: cells.map((c) => c.label), yaml: lines.join('\n') };
}
