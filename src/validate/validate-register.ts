import type { Diagnostic } from '../diagnostics/types.js';
import { scanRegister } from '../register/layout.js';
import type { SourceFile } from '../register/source-file.js';
import { buildRegister, type Register } from '../register/model.js';
import { checkFiles, type CheckedFile } from './load-files.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleContext } from '../rules/types.js';
import { toDiagnostic } from '../rules/to-diagnostic.js';
import { applySeverityConfig } from './severity-config.js';
import { applySuppressions } from './suppressions.js';

export interface RegisterResult {
  root: string;
  register: Register;
  diagnostics: Diagnostic[];
}

/**
 * The whole pipeline for one register: layout -> load -> schema -> model -> rules ->
 * diagnostics, then the register's own severity settings.
 */
export async function validateRegister(root: string, cwd: string, today: string, options: { rules?: boolean } = {}): Promise<RegisterResult> {
  const layout = scanRegister(root, cwd);
  return diagnoseRegister(root, layout.diagnostics, await checkFiles(layout.files), today, options);
}

/**
 * The steps after loading, for files already read and schema-checked: model, rules, the
 * register's settings. The language server calls it after re-checking only the changed file.
 */
export function diagnoseRegister(
  root: string,
  layoutDiagnostics: readonly Diagnostic[],
  checked: readonly CheckedFile[],
  today: string,
  options: { rules?: boolean; runRules?: (context: RuleContext) => Diagnostic[] } = {},
): RegisterResult {
  const diagnostics: Diagnostic[] = [...layoutDiagnostics];
  const valid = new Set<SourceFile>();
  const files: SourceFile[] = [];
  for (const { file, diagnostics: fileDiagnostics } of checked) {
    files.push(file);
    for (const d of fileDiagnostics) diagnostics.push(d);
    if (file.data !== undefined && !fileDiagnostics.some((d) => d.severity === 'error')) valid.add(file);
  }
  const register = buildRegister(root, files, valid);
  const context: RuleContext = { register, today };
  // Output commands that only need the model (export, informativa) skip the legal rules; the
  // language server runs them its own way (only what an edit can change).
  if (options.runRules) for (const d of options.runRules(context)) diagnostics.push(d);
  else if (options.rules !== false) for (const rule of RULES) diagnostics.push(...runRule(rule, context));
  return { root, register, diagnostics: applySuppressions(applySeverityConfig(diagnostics, register), register, valid) };
}

/** One rule's findings, placed in their files. */
export function runRule(rule: Rule, context: RuleContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const finding of rule.check(context)) found.push(toDiagnostic(rule.id, finding.severity ?? rule.severity, finding));
  return found;
}
