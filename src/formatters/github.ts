import { repoPath, shown, sortDiagnostics, type Formatter } from './report.js';
import { visible } from './visible.js';

/** Workflow-command data: %, CR and LF escaped (GitHub Actions toolkit rules). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values: also `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions annotations: `::error file=…,line=…,col=…::message`, shown on the changed lines.
 * The job log shows the message too and renders ANSI escapes: its control characters are made
 * visible. The file stays exact (escapeProperty keeps it one line), or the annotation misses it.
 * It is relative to the repository, as the runner takes a relative path: run from a subfolder
 * (`working-directory: privacy`), "trattamenti/x.yaml" named no file of the pull request.
 */
export const github: Formatter = (report) => {
  const lines = sortDiagnostics(shown(report.diagnostics)).map((d) => {
    const { start, end } = d.range;
    // The runner drops col and endColumn of a range over several lines (a block of text), with
    // only a debug line saying why: such a range is given by its lines alone.
    const oneLine = start.line === end.line;
    const props = [
      `file=${escapeProperty(repoPath(report, d.file))}`,
      `line=${start.line}`,
      ...(oneLine ? [`col=${start.column}`] : []),
      `endLine=${end.line}`,
      ...(oneLine ? [`endColumn=${end.column}`] : []),
      `title=${escapeProperty(`registro: ${d.ruleId}`)}`,
    ];
    return `::${d.severity} ${props.join(',')}::${escapeData(visible(d.message))}`;
  });
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
