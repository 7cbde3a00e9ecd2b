import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import { message } from '../i18n/localize.js';
import type { Register } from '../register/model.js';
import { publishedLangs } from '../register/translations.js';

/** The open findings of a register: what an output must declare about the state it was made in. */
export interface OpenFindings {
  errors: number;
  warnings: number;
}

export function openFindings(diagnostics: readonly Diagnostic[]): OpenFindings {
  const open = diagnostics.filter((d) => !d.suppressed);
  return { errors: open.filter((d) => d.severity === 'error').length, warnings: open.filter((d) => d.severity === 'warning').length };
}

/**
 * Notices in a language the register does not publish in (opzioni.sito.lingue, its translations)
 * show the records' own sentences in Italian: said once, so that nobody publishes them unawares.
 */
export function printUntranslated(register: Register, lang: Lang): void {
  if (lang !== 'it' && !publishedLangs(register).includes(lang)) process.stderr.write(`registro: ${message(lang, 'status.untranslated', {})}\n`);
}

/** One line on stderr: the outputs were made from a register in this state. */
export function printOpenFindings(open: OpenFindings, lang: Lang): void {
  const id = open.errors === 0 && open.warnings === 0 ? 'status.clean' : 'status.open';
  process.stderr.write(`registro: ${message(lang, id, { errors: open.errors, warnings: open.warnings })}\n`);
}

/** The cells a workbook wrote over several rows, each on its own line on stderr: no text is cut in silence. */
export function printContinuedCells(cells: readonly { sheet: string; id: string; column: string; length: number; rows: number }[], lang: Lang): void {
  for (const c of cells) process.stderr.write(`registro: ${message(lang, 'workbook.cellContinued', { ...c })}\n`);
}
