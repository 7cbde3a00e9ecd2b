import { basename } from 'node:path';
import { shown, sortDiagnostics, type Formatter } from './report.js';
import { words } from './words.js';
import { visible } from './visible.js';

/** XML text and attribute escaping; characters XML 1.0 cannot hold are dropped. */
export function xmlEscape(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML for CI test reports (GitLab, Jenkins, Azure): one suite per register, one test case
 * per finding, and a passing case for each clean file. The classname is the file's path, unique
 * per file.
 */
export const junit: Formatter = (report) => {
  const w = words[report.lang];
  const byFile = new Map<string, typeof report.diagnostics>();
  for (const d of sortDiagnostics(shown(report.diagnostics))) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const register of report.registers) {
    const cases: string[] = [];
    let failures = 0;
    for (const file of register.files) {
      const found = byFile.get(file) ?? [];
      // A folder or file name may hold a line break too: a JUnit file printed in a CI log would
      // start a line with what follows it (a forged `::error` workflow command on GitHub).
      const path = visible(file);
      if (found.length === 0) {
        cases.push(`    <testcase classname="${xmlEscape(path)}" name="registro validate"/>`);
        continue;
      }
      // GitLab and Jenkins merge test cases of the same class and name: each name is made unique.
      const names = new Map<string, number>();
      for (const d of found) {
        failures++;
        // XML would drop most controls and fold a line break in an attribute into a space: shown instead.
        const text = visible(d.message);
        const where = `${d.range.start.line}:${d.range.start.column}`;
        const base = `${d.ruleId} ${where}`;
        const seen = (names.get(base) ?? 0) + 1;
        names.set(base, seen);
        const name = seen === 1 ? base : `${base} (${seen})`;
        cases.push(
          `    <testcase classname="${xmlEscape(path)}" name="${xmlEscape(name)}">\n` +
            `      <failure type="${d.severity}" message="${xmlEscape(text)}">${xmlEscape(`${path}:${where} ${w.severity[d.severity]}: ${text} (${d.ruleId})`)}</failure>\n` +
            `    </testcase>`,
        );
      }
    }
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(
      `  <testsuite name="${xmlEscape(visible(suiteName(register.root)))}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="registro validate" tests="${totalTests}" failures="${totalFailures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`
  );
};

/**
 * The suite of a register is named by its folder as the command named it; run from inside the
 * register (`registro validate .`), by the folder's own name, which CI test reports list.
 */
function suiteName(root: string): string {
  return root === '.' || root === '' ? basename(process.cwd()) || root : root;
}
