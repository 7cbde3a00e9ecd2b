import { allFiles, countBySeverity, shown, sortDiagnostics, type Formatter, type Report } from './report.js';
import { words } from './words.js';

/** Workflow-command data: %, CR and LF escaped (GitHub Actions toolkit rules). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values: also `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions annotations: `::error file=…,line=…,col=…::message`, shown on the changed lines. */
export const github: Formatter = (report) => {
  const lines = sortDiagnostics(shown(report.diagnostics)).map((d) => {
    const props = [
      `file=${escapeProperty(d.file)}`,
      `line=${d.range.start.line}`,
      `col=${d.range.start.column}`,
      `endLine=${d.range.end.line}`,
      `endColumn=${d.range.end.column}`,
      `title=${escapeProperty(`registro: ${d.ruleId}`)}`,
    ];
    return `::${d.severity} ${props.join(',')}::${escapeData(d.message)}`;
  });
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};

/** Markdown for $GITHUB_STEP_SUMMARY: the count, then a table of findings. */
export function githubStepSummary(report: Report): string {
  const w = words[report.lang];
  const { errors, warnings } = countBySeverity(report.diagnostics);
  const files = allFiles(report).length;
  const out = [`## ${w.summaryTitle}`, ''];
  out.push(errors + warnings === 0 ? `✔ ${w.clean(files, report.registers.length)}` : `✖ ${w.summary(errors, warnings, files, report.registers.length)}`);
  if (errors + warnings > 0) {
    out.push('', `| ${w.file} | ${w.position} | ${w.severityHeader} | ${w.message} | ${w.rule} |`, '|---|---|---|---|---|');
    for (const d of sortDiagnostics(shown(report.diagnostics))) {
      const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
      out.push(`| ${cell(d.file)} | ${d.range.start.line}:${d.range.start.column} | ${w.severity[d.severity]} | ${cell(d.message)} | \`${d.ruleId}\` |`);
    }
  }
  return out.join('\n') + '\n';
}
