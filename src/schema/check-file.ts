import type { Diagnostic } from '../diagnostics/types.js';
import type { FileKind } from '../register/layout.js';
import type { SourceFile } from '../register/source-file.js';
import * as validators from './validators.js';
import type { CompiledValidator } from './validators.js';
import { mapSchemaErrors } from './map-errors.js';

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
  return mapSchemaErrors(validate.errors ?? [], file);
}
