import { posix } from 'node:path';
import type { LocalizedDiagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';

/** Everything a formatter needs: formatters are pure functions of this. */
export interface Report {
  lang: Lang;
  toolVersion: string;
  /** Each register checked, with the files read (display paths). */
  registers: Array<{ root: string; files: string[] }>;
  diagnostics: LocalizedDiagnostic[];
  /** Prefix that turns a display path into a repository-relative one (SARIF, Code Quality). */
  repoPrefix: string;
  /** Warnings left out by --quiet: the summary says they exist, so that "no problems" is never said over them. */
  hiddenWarnings?: number;
  /**
   * Files the legal checks did not read, because they are unreadable or fail the schema (their
   * findings are said first, one cause at a time): the summary says so, so that fixing them is
   * never taken for the end of the work.
   */
  uncheckedFiles?: number;
}

export interface FormatOptions {
  color: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

/** Errors and warnings that count (findings silenced by a written exception do not), and the silenced. */
export function countBySeverity(diagnostics: readonly LocalizedDiagnostic[]): { errors: number; warnings: number; suppressed: number } {
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  for (const d of diagnostics) {
    if (d.suppressed) suppressed++;
    else if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings, suppressed };
}

/** The findings shown to people and CI annotations: those not silenced. */
export function shown(diagnostics: readonly LocalizedDiagnostic[]): LocalizedDiagnostic[] {
  return diagnostics.filter((d) => !d.suppressed);
}

/** Repository-relative path with forward slashes. */
export function repoPath(report: Report, file: string): string {
  return posix.normalize(report.repoPrefix + file).replace(/^\.\//, '');
}

export function allFiles(report: Report): string[] {
  return report.registers.flatMap((r) => r.files);
}

/** Stable order: by file, then position, then rule. */
export function sortDiagnostics<T extends LocalizedDiagnostic>(diagnostics: readonly T[]): T[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
