import pc from 'picocolors';
import { countBySeverity, shown, sortDiagnostics, type Formatter } from './report.js';
import { summaryLine } from './summary-line.js';
import { words } from './words.js';
import { visible } from './visible.js';

/**
 * The default, for people: `file:line:col  severity  message  rule`, clickable in editors'
 * terminals. One finding is one line: what the register holds is shown with its control
 * characters and line breaks escaped (visible.ts).
 */
export const stylish: Formatter = (report, { color }) => {
  const c = pc.createColors(color);
  const w = words[report.lang];
  const lines: string[] = [];
  for (const d of sortDiagnostics(shown(report.diagnostics))) {
    const where = `${visible(d.file)}:${d.range.start.line}:${d.range.start.column}`;
    const severity = d.severity === 'error' ? c.red(w.severity.error) : c.yellow(w.severity.warning);
    lines.push(`${c.underline(where)}  ${severity}  ${visible(d.message)}  ${c.dim(d.ruleId)}`);
  }
  const { errors, suppressed } = countBySeverity(report.diagnostics);
  const summary = summaryLine(report);
  if (lines.length > 0) lines.push('');
  lines.push(summary.clean ? c.green(`✔ ${summary.text}`) : (errors > 0 ? c.red : c.yellow)(`✖ ${summary.text}`));
  if (summary.hidden) lines.push(c.dim(summary.hidden));
  if (summary.unchecked) lines.push(c.yellow(summary.unchecked));
  if (suppressed > 0) lines.push(c.dim(w.suppressed(suppressed)));
  return lines.join('\n') + '\n';
};
