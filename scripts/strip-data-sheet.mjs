// For the benchmark: a copy of an exported workbook without its hidden data sheet, so that
// import reads it as any other register (headings by meaning, rows to records), not restores it.
//   node scripts/strip-data-sheet.mjs IN.xlsx OUT.xlsx
import ExcelJS from 'exceljs';

const [input, output] = process.argv.slice(2);
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(input);
for (const sheet of [...wb.worksheets]) if (sheet.state === 'veryHidden' || sheet.state === 'hidden') wb.removeWorksheet(sheet.id);
await wb.xlsx.writeFile(output);
