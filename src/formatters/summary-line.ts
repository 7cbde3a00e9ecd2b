import { allFiles, countBySeverity, type Report } from './report.js';
import { words } from './words.js';

/** The count printed under the findings, in the same words by every format that prints one. */
export interface SummaryLine {
  clean: boolean;
  text: string;
  /** What --quiet left out, when it left something out. */
  hidden?: string;
  /** The files the legal checks did not read, when there are some. */
  unchecked?: string;
}

/**
 * "2 errori e 1 avviso in 18 file di 1 registro", or "nessun problema …". Under --quiet the
 * warnings were left out: the line counts the errors only and says how many warnings it hid,
 * never "no problems" or "0 avvisi" over them.
 */
export function summaryLine(report: Report): SummaryLine {
  const w = words[report.lang];
  const { errors, warnings } = countBySeverity(report.diagnostics);
  const files = allFiles(report).length;
  const registers = report.registers.length;
  const hidden = report.hiddenWarnings ?? 0;
  const unchecked = report.uncheckedFiles ? { unchecked: w.unchecked(report.uncheckedFiles) } : {};
  if (hidden === 0) {
    const clean = errors + warnings === 0;
    return { clean, text: clean ? w.clean(files, registers) : w.summary(errors, warnings, files, registers), ...unchecked };
  }
  const clean = errors === 0;
  return { clean, text: clean ? w.noErrors(files, registers) : w.errorsOnly(errors, files, registers), hidden: w.hidden(hidden), ...unchecked };
}
