// The restore of a workbook written by `registro export` lives in restore.ts (matching rows by
// record id, checked ids, the report); this module keeps the entry point commands/import.ts uses.
export { restoreExport } from './restore.js';
