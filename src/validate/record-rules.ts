import type { Diagnostic } from '../diagnostics/types.js';
import { buildRegister } from '../register/model.js';
import type { SourceFile } from '../register/source-file.js';
import { RULES } from '../rules/index.js';
import { RECORD_SCOPED } from '../rules/scope.js';
import { toDiagnostic } from '../rules/to-diagnostic.js';
import type { Rule, RuleContext } from '../rules/types.js';
import type { CheckedFile, RecordRulesJob } from './load-files.js';

/** One rule's findings, placed in their files. */
export function runRule(rule: Rule, context: RuleContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const finding of rule.check(context)) found.push(toDiagnostic(rule.id, finding.severity ?? rule.severity, finding));
  return found;
}

/** Whether a file takes part in the rules: read, trusted, and without shape errors. */
export function validFiles(checked: readonly CheckedFile[]): Set<SourceFile> {
  const valid = new Set<SourceFile>();
  for (const { file, diagnostics } of checked) if (file.data !== undefined && !diagnostics.some((d) => d.severity === 'error')) valid.add(file);
  return valid;
}

/**
 * In a worker: the record rules on this worker's records, beside the register's single files.
 * Their findings in those records are the whole register's (rules/scope.ts); others are dropped.
 */
export function recordRulesOf(records: readonly CheckedFile[], shared: readonly CheckedFile[], job: RecordRulesJob): Diagnostic[] {
  const all = [...shared, ...records];
  const register = buildRegister(job.root, all.map((c) => c.file), validFiles(all));
  const mine = new Set(records.map((c) => c.file.displayPath));
  const context: RuleContext = { register, today: job.today };
  return RULES.filter((r) => RECORD_SCOPED.has(r.id)).flatMap((rule) => runRule(rule, context).filter((d) => mine.has(d.file)));
}
