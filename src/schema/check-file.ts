import { START_OF_FILE, type Diagnostic } from '../diagnostics/types.js';
import type { FileKind } from '../register/layout.js';
import type { SourceFile } from '../register/source-file.js';
import * as validators from './validators.js';
import type { CompiledValidator } from './validators.js';
import { mapSchemaErrors } from './map-errors.js';
import { folderItFits } from './wrong-folder.js';

const byKind: Record<FileKind, CompiledValidator> = {
  registro: validators.registro,
  soggetti: validators.soggetti,
  trattamento: validators.trattamento,
  servizio: validators.servizio,
  'attivita-responsabile': validators.attivitaResponsabile,
  vocabolario: validators.vocabolario,
};

/** Validates a parsed file against the schema of its kind; returns the positioned errors. */
export function checkSchema(file: SourceFile): Diagnostic[] {
  if (file.data === undefined) return [];
  const validate = byKind[file.kind];
  if (validate(file.data)) return [];
  const elsewhere = folderItFits(file.kind, file.data);
  if (elsewhere) {
    const params = { dir: dirOf(file.displayPath), target: elsewhere.dir, keys: elsewhere.keys.join(', ') };
    return [{ ruleId: 'schema', severity: 'error', file: file.displayPath, range: START_OF_FILE, messageId: 'schema.wrongFolder', params }];
  }
  const errors = validate.errors ?? [];
  // A list of 200,000 wrong values gives as many errors; the first ones show the mistake, and
  // mapping them all (positions, anyOf pruning) would cost more than the whole validation.
  const shown = mapSchemaErrors(errors.slice(0, MAX_RAW_ERRORS), file).slice(0, MAX_SHOWN);
  if (errors.length <= MAX_SHOWN) return shown;
  return [...shown, { ruleId: 'schema', severity: 'error', file: file.displayPath, range: START_OF_FILE, messageId: 'schema.moreErrors', params: { count: errors.length, shown: shown.length } }];
}

/** The folder of a record as the report shows it: "servizi" for "servizi/mensa.yaml". */
function dirOf(displayPath: string): string {
  const parts = displayPath.split('/');
  return parts.length > 1 ? parts[parts.length - 2]! : '.';
}

const MAX_RAW_ERRORS = 1_000;
const MAX_SHOWN = 50;
