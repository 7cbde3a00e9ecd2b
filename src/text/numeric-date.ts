/**
 * A YYYY-MM-DD date as the workbook's date cells show it, 30/06/2026. Inside a sentence-like
 * cell ("necessaria — DPIA n. 1/2023 — 2026-06-30") the ISO form read as a code beside the
 * real dates of the same row. Anything that is not such a date is returned as it is.
 */
export function numericDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}
