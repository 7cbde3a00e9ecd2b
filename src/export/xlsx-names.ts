/**
 * The filter ranges as hidden defined names (`_xlnm._FilterDatabase`, one per sheet). Excel
 * reads a sheet's filter from its `<autoFilter>` element; LibreOffice Calc reads it from this
 * name and drops the filter without it. exceljs cannot write hidden names, so they are added to
 * workbook.xml as the streaming writer hands it to its zip.
 */

export interface FilterRange {
  /** Position of the sheet in the workbook, 0-based, as `localSheetId` counts. */
  sheetIndex: number;
  sheet: string;
  /** Absolute A1 range, e.g. $A$9:$S$27. */
  range: string;
}

/** workbook.xml with the filter names added to its defined names. */
export function withFilterNames(xml: string, filters: readonly FilterRange[]): string {
  if (filters.length === 0) return xml;
  const names = filters
    .map((f) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${f.sheetIndex}" hidden="1">${escapeXml(`${quoteSheet(f.sheet)}!${f.range}`)}</definedName>`)
    .join('');
  if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${names}</definedNames>`);
  // No names yet: they go right after <sheets>, where the schema wants them.
  return xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
}

interface Zip {
  append(source: unknown, data: { name: string }): unknown;
}

/** Makes the writer's zip pass workbook.xml through `withFilterNames` on its way in. */
export function addFilterNamesOnCommit(workbook: unknown, filters: readonly FilterRange[]): void {
  const zip = (workbook as { zip?: Zip }).zip;
  if (!zip || typeof zip.append !== 'function') throw new Error('exceljs: the streaming writer has no zip to add the filter names to');
  const append = zip.append.bind(zip);
  zip.append = (source, data) => append(data.name === '/xl/workbook.xml' && typeof source === 'string' ? withFilterNames(source, filters) : source, data);
}

/** 'Registro del titolare' — a sheet name in a formula, quotes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Column letters of a 1-based column number: 1 -> A, 27 -> AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
