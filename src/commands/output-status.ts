import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import { message } from '../i18n/localize.js';

/** The open findings of a register: what an output must declare about the state it was made in. */
export interface OpenFindings {
  errors: number;
  warnings: number;
}

export function openFindings(diagnostics: readonly Diagnostic[]): OpenFindings {
  const open = diagnostics.filter((d) => !d.suppressed);
  return { errors: open.filter((d) => d.severity === 'error').length, warnings: open.filter((d) => d.severity === 'warning').length };
}

/** One line on stderr: the outputs were made from a register in this state. */
export function printOpenFindings(open: OpenFindings, lang: Lang): void {
  const id = open.errors === 0 && open.warnings === 0 ? 'status.clean' : 'status.open';
  process.stderr.write(`registro: ${message(lang, id, { errors: open.errors, warnings: open.warnings })}\n`);
}
