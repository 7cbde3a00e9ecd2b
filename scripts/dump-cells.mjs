// Writes the cells `registro export` would put in the workbook, as JSON, for floor-xlsx.mjs.
import { writeFileSync } from 'node:fs';
import { validateRegister } from '../dist/validate/validate-register.js';
import { workbookTables } from '../dist/table/tables.js';
import { COLUMNS, COLUMN_SETS } from '../dist/table/columns.js';

const [dir, out] = process.argv.slice(2);
const { register } = await validateRegister(dir, process.cwd(), '2026-11-23');
const columns = COLUMN_SETS.completo.map((id) => COLUMNS.find((c) => c.id === id));
writeFileSync(out, JSON.stringify(workbookTables(register, { lang: 'it', columns, today: '2026-11-23' })));
