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
}

export interface FormatOptions {
  color: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export function countBySeverity(diagnostics: readonly LocalizedDiagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
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
