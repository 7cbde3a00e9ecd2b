import { shown, sortDiagnostics, type Report } from './report.js';
import { summaryLine } from './summary-line.js';
import { visible } from './visible.js';
import { words } from './words.js';

/**
 * Text for GitHub-flavoured Markdown, shown as written. GitHub strips what looks like an HTML
 * tag ("<nome del responsabile>" would vanish), so &, < and > become entities; the characters
 * of Markdown emphasis, code, links and tables are escaped with a backslash ("__OGGI__" would
 * turn bold, "|" would end the cell); control characters and line breaks become visible escapes.
 */
export function markdownText(value: string): string {
  return visible(value)
    .replace(/[\\`*_[\]~|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Markdown for $GITHUB_STEP_SUMMARY: the count, then a table of findings. */
export function githubStepSummary(report: Report): string {
  const w = words[report.lang];
  const md = markdownText;
  const summary = summaryLine(report);
  const out = [`## ${md(w.summaryTitle)}`, ''];
  out.push(`${summary.clean ? '✔' : '✖'} ${md(summary.text)}`);
  if (summary.hidden) out.push('', md(summary.hidden));
  if (summary.unchecked) out.push('', md(summary.unchecked));
  if (shown(report.diagnostics).length > 0) {
    out.push('', `| ${[w.file, w.position, w.severityHeader, w.message, w.rule].map(md).join(' | ')} |`, '|---|---|---|---|---|');
    for (const d of sortDiagnostics(shown(report.diagnostics))) {
      const where = `${d.range.start.line}:${d.range.start.column}`;
      out.push(`| ${md(d.file)} | ${where} | ${md(w.severity[d.severity])} | ${md(d.message)} | \`${d.ruleId}\` |`);
    }
  }
  return out.join('\n') + '\n';
}
