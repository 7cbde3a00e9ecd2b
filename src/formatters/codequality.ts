import { createHash } from 'node:crypto';
import { findingIdentity } from './fingerprint.js';
import { repoPath, shown, sortDiagnostics, type Formatter } from './report.js';

/** GitLab Code Quality report: a JSON array, one issue per finding, each with a unique fingerprint. */
export const codequality: Formatter = (report) => {
  const seen = new Map<string, number>();
  const issues = sortDiagnostics(shown(report.diagnostics)).map((d) => {
    const path = repoPath(report, d.file);
    const base = findingIdentity(path, d);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      description: d.message,
      check_name: d.ruleId,
      fingerprint: createHash('md5').update(`${base}\0${n}`).digest('hex'),
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: { path, lines: { begin: d.range.start.line, end: d.range.end.line } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
};
