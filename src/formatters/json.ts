import { countBySeverity, sortDiagnostics, type Formatter } from './report.js';

/** Machine-readable results: every diagnostic with its position, rule, message id and values. */
export const json: Formatter = (report) => {
  const { errors, warnings, suppressed } = countBySeverity(report.diagnostics);
  return (
    JSON.stringify(
      {
        tool: { name: 'registro', version: report.toolVersion },
        lang: report.lang,
        registers: report.registers.map((r) => ({ root: r.root, files: r.files.length })),
        // Under --quiet the warnings are left out: `hiddenWarnings` says how many there were.
        summary: { errors, warnings, suppressed, ...(report.hiddenWarnings ? { hiddenWarnings: report.hiddenWarnings } : {}), ...(report.uncheckedFiles ? { uncheckedFiles: report.uncheckedFiles } : {}) },
        diagnostics: sortDiagnostics(report.diagnostics).map((d) => ({
          file: d.file,
          line: d.range.start.line,
          column: d.range.start.column,
          endLine: d.range.end.line,
          endColumn: d.range.end.column,
          severity: d.severity,
          ruleId: d.ruleId,
          message: d.message,
          messageId: d.messageId,
          params: d.params,
          ...(d.pointer !== undefined ? { pointer: d.pointer } : {}),
          ...(d.suppressed ? { suppressed: true, suppressionReason: d.suppressed.reason } : {}),
        })),
      },
      null,
      2,
    ) + '\n'
  );
};
