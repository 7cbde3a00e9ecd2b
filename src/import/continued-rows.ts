import { continuedId, withoutMarks } from '../export/xlsx-continued.js';

/** Rows with their continued cells joined, and where: "row:column" of each cell a continuation was joined into. */
export interface JoinedRows {
  rows: string[][];
  joined: Set<string>;
}

/**
 * The rows of an exported workbook that continue a long cell of the record above ("mensa
 * (segue)" in its id cell, src/export/xlsx-continued.ts): joined into the record's row, without
 * their markers. Their own row is left empty, so that the lines the report names stay those of
 * the file. Import reads every sheet so (read-table.ts), and the comparison with the export
 * (match-rows.ts) asks where cells were joined: their text was cut at a space or a line break.
 */
export function joinContinuedRows(rows: readonly string[][]): JoinedRows {
  const out = rows.map((row) => [...row]);
  const joined = new Set<string>();
  let owner = -1;
  for (const [r, row] of out.entries()) {
    const at = row.findIndex((cell) => continuedId(cell) !== undefined);
    if (at >= 0 && owner >= 0 && out[owner]![at]?.trim() === continuedId(row[at]!)) {
      const record = out[owner]!;
      row.forEach((part, c) => {
        if (c === at || part.trim() === '') return;
        record[c] = record[c]?.trim() ? `${withoutMarks(record[c]!)} ${withoutMarks(part)}` : withoutMarks(part);
        joined.add(`${owner}:${c}`);
      });
      out[r] = row.map(() => '');
    } else if (row.some((cell) => cell.trim() !== '')) owner = r;
  }
  return { rows: out, joined };
}
