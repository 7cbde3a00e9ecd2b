import type { Diagnostic } from '../diagnostics/types.js';
import { scanRegister, type RegisterLayout } from '../register/layout.js';
import type { SourceFile } from '../register/source-file.js';
import { buildRegister, type Register } from '../register/model.js';
import { checkFiles } from './load-files.js';
import { RULES } from '../rules/index.js';
import type { RuleContext } from '../rules/types.js';
import { toDiagnostic } from '../rules/to-diagnostic.js';
import { applySeverityConfig } from './severity-config.js';
import { applySuppressions } from './suppressions.js';
import { lastChanges } from '../history/last-changes.js';

export interface RegisterResult {
  root: string;
  register: Register;
  diagnostics: Diagnostic[];
}

/**
 * The whole pipeline for one register: layout -> load -> schema -> model -> rules ->
 * diagnostics, then the register's own severity settings.
 */
export async function validateRegister(root: string, cwd: string, today: string, options: { rules?: boolean; layout?: RegisterLayout; history?: boolean } = {}): Promise<RegisterResult> {
  // A layout given by the caller holds files read elsewhere (a git revision) instead of the disk.
  const layout = options.layout ?? scanRegister(root, cwd);
  const checked = await checkFiles(layout.files);
  const diagnostics: Diagnostic[] = [...layout.diagnostics];
  const valid = new Set<SourceFile>();
  const files: SourceFile[] = [];
  for (const { file, diagnostics: fileDiagnostics } of checked) {
    files.push(file);
    // A loop, not push(...): spreading a huge array as arguments overflows the stack.
    for (const d of fileDiagnostics) diagnostics.push(d);
    if (file.data !== undefined && !fileDiagnostics.some((d) => d.severity === 'error')) valid.add(file);
  }
  const register = buildRegister(root, files, valid);
  // The git history costs a log and a read of the records' past versions: only validate asks for it.
  const history = options.history && options.rules !== false ? lastChanges(root, today, ownDates(register)) : undefined;
  const context: RuleContext = { register, today, ...(history ? { history } : {}) };
  // Output commands that only need the model (export, informativa) skip the legal rules.
  for (const rule of options.rules === false ? [] : RULES) {
    for (const finding of rule.check(context)) diagnostics.push(toDiagnostic(rule.id, finding.severity ?? rule.severity, finding));
  }
  return { root, register, diagnostics: applySuppressions(applySeverityConfig(diagnostics, register), register, valid) };
}

/** Each activity's own `aggiornato`: how far back the history is read for the notices. */
function ownDates(register: Register): Map<string, string> {
  return new Map(register.trattamenti.flatMap((t) => (typeof t.data.aggiornato === 'string' ? [[t.id, t.data.aggiornato] as [string, string]] : [])));
}
