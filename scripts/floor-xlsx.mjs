// The floor for `registro export`: a cold Node process that loads exceljs and writes the same
// cells (dumped beforehand by dump-cells.mjs) as plain rows, with no styling. Reports like measure.mjs.
import { readFileSync } from 'node:fs';
const start = process.hrtime.bigint();
const ExcelJS = (await import('exceljs')).default;
const tables = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const workbook = new ExcelJS.Workbook();
for (const table of tables) {
  const sheet = workbook.addWorksheet(table.sheet);
  sheet.addRow(table.headers);
  for (const row of table.rows) sheet.addRow(row);
}
await workbook.xlsx.writeFile(process.argv[3]);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stderr.write(`\n${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
