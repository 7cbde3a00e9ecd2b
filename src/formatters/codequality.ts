import { createHash } from 'node:crypto';
import { occurrences } from './fingerprint.js';
import { repoPath, shown, sortDiagnostics, type Formatter } from './report.js';

/** GitLab Code Quality report: a JSON array, one issue per finding, each with a unique fingerprint. */
export const codequality: Formatter = (report) => {
  const found = sortDiagnostics(shown(report.diagnostics)).map((d) => ({ path: repoPath(report, d.file), diagnostic: d }));
  const alike = occurrences(found);
  const issues = found.map(({ path, diagnostic: d }, i) => {
    const { identity, before } = alike[i]!;
    return {
      description: d.message,
      check_name: d.ruleId,
      fingerprint: createHash('md5').update(`${identity}\0${before}`).digest('hex'),
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: { path, lines: { begin: d.range.start.line, end: d.range.end.line } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
};
