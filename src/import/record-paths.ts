import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMAS_DIR } from '../util/package-files.js';
import { UsageError } from '../util/errors.js';
import { isInside } from '../util/paths.js';

/**
 * File names for what an import writes. An id read from a spreadsheet (the hidden data sheet, a
 * cell, a mapping) becomes a file name only once it matches the schema's id rule: "../../x",
 * "/abs/x" or ".github/workflows/x" never leave the output folder.
 */

/** Where an input named an id, for the error: the file, and the sheet and row when known. */
export interface Origin {
  file: string;
  sheet?: string;
  row?: number;
}

export type RecordKind = 'registro' | 'soggetti' | 'vocabolario' | 'trattamento' | 'servizio' | 'attivita-responsabile';

const ROOT_FILES: Partial<Record<RecordKind, string>> = { registro: 'registro.yaml', soggetti: 'soggetti.yaml', vocabolario: 'vocabolario.yaml' };
const RECORD_DIRS: Partial<Record<RecordKind, string>> = { trattamento: 'trattamenti', servizio: 'servizi', 'attivita-responsabile': 'attivita-responsabile' };
export const RECORD_KINDS = Object.keys({ ...ROOT_FILES, ...RECORD_DIRS }) as RecordKind[];

let rule: { pattern: RegExp; maxLength: number } | undefined;

/** The id rule of the schemas (comuni.schema.json, $defs.id), read from the schema itself. */
function idRule(): { pattern: RegExp; maxLength: number } {
  if (!rule) {
    const schema = JSON.parse(readFileSync(join(SCHEMAS_DIR, 'comuni.schema.json'), 'utf8')) as { $defs: { id: { pattern: string; maxLength: number } } };
    rule = { pattern: new RegExp(schema.$defs.id.pattern), maxLength: schema.$defs.id.maxLength };
  }
  return rule;
}

export function isValidId(id: string): boolean {
  const { pattern, maxLength } = idRule();
  return id.length <= maxLength && pattern.test(id);
}

/** Stops the import, before anything is written, when an id could not be a file name. */
export function checkId(id: string, origin: Origin): void {
  if (isValidId(id)) return;
  // Shown escaped and short: a crafted id may hold line breaks or be very long.
  const shown = JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id).slice(1, -1);
  throw new UsageError('usage.badImportId', { id: shown, ...where(origin) });
}

/** The origin as message parameters (file, sheet, row; empty when unknown). */
export function where(origin: Origin): Record<string, string | number> {
  return { file: origin.file, sheet: origin.sheet ?? '', row: origin.row ?? '' };
}

/** The file of a register's part, relative to the output folder; a record's id is checked first. */
export function recordFile(kind: RecordKind, id: string, origin: Origin): string {
  const fixed = ROOT_FILES[kind];
  if (fixed) return fixed;
  checkId(id, origin);
  return `${RECORD_DIRS[kind]}/${id}.yaml`;
}

/** The absolute path of `rel` inside `out`; a last guard for names built elsewhere. */
export function insideOutput(out: string, rel: string, origin: Origin): string {
  const path = join(out, rel);
  if (!isInside(path, out) || rel.includes('\\')) throw new UsageError('usage.badImportId', { id: rel, ...where(origin) });
  return path;
}
