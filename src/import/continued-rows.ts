import { continuedId, withoutMarks } from '../export/xlsx-continued.js';

/**
 * The rows of an exported workbook that continue a long cell of the record above ("mensa
 * (segue)" in its id cell, src/export/xlsx-continued.ts), read without the hidden data sheet (the
 * sheet removed, the workbook saved as csv): joined into the record's row, without their markers,
 * as import joins them with the data sheet. Their own row is left empty, so that the lines the
 * report names stay those of the file.
 */
export function joinContinuedRows(rows: readonly string[][]): string[][] {
  const out = rows.map((row) => [...row]);
  let owner = -1;
  for (const [r, row] of out.entries()) {
    const at = row.findIndex((cell) => continuedId(cell) !== undefined);
    if (at >= 0 && owner >= 0 && out[owner]![at]?.trim() === continuedId(row[at]!)) {
      const record = out[owner]!;
      row.forEach((part, c) => {
        if (c !== at && part.trim() !== '') record[c] = record[c]?.trim() ? `${withoutMarks(record[c]!)} ${withoutMarks(part)}` : withoutMarks(part);
      });
      out[r] = row.map(() => '');
    } else if (row.some((cell) => cell.trim() !== '')) owner = r;
  }
  return out;
}
