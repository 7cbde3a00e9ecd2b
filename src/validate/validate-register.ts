import type { Diagnostic } from '../diagnostics/types.js';
import { scanRegister, type RegisterLayout } from '../register/layout.js';
import { buildRegister, type Register } from '../register/model.js';
import { checkFiles, type CheckedFile, type CheckedRegisterFiles } from './load-files.js';
import { runRule, validFiles } from './record-rules.js';
import { RECORD_SCOPED, withOnlyRecords } from '../rules/scope.js';
import { RULES } from '../rules/index.js';
import type { RuleContext } from '../rules/types.js';
import { applySeverityConfig } from './severity-config.js';
import { applySuppressions } from './suppressions.js';
import { historyKey } from '../history/last-changes.js';
import { gitHistory } from '../history/git-history.js';
import { serviceNoticeDate } from '../informativa/notice-version.js';
import { checkFilesCached } from './cached-check.js';
import type { ResultCache } from './result-cache.js';
import type { SourceFile } from '../register/source-file.js';

export interface RegisterResult {
  root: string;
  register: Register;
  diagnostics: Diagnostic[];
  /** Files the legal checks could not read (unreadable, or failing the schema): their findings come once they are mended. */
  unchecked: SourceFile[];
}

/**
 * The whole pipeline for one register: layout -> load -> schema -> model -> rules ->
 * diagnostics, then the register's own severity settings.
 */
export async function validateRegister(root: string, cwd: string, today: string, options: { rules?: boolean; layout?: RegisterLayout; history?: boolean; cache?: ResultCache } = {}): Promise<RegisterResult> {
  // A layout given by the caller holds files read elsewhere (a git revision) instead of the disk.
  const layout = options.layout ?? scanRegister(root, cwd);
  const rules = options.rules === false ? undefined : { root, today };
  const loaded = options.cache ? await checkFilesCached(layout.files, rules, options.cache, root) : await checkFiles(layout.files, rules);
  return diagnoseRegister(root, layout.diagnostics, loaded.checked, today, { ...options, precomputed: loaded });
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
  options: { rules?: boolean; history?: boolean; runRules?: (context: RuleContext) => Diagnostic[]; precomputed?: Pick<CheckedRegisterFiles, 'ruleDiagnostics' | 'rulesDone'> } = {},
): RegisterResult {
  const diagnostics: Diagnostic[] = [...layoutDiagnostics];
  for (const c of checked) for (const d of c.diagnostics) diagnostics.push(d);
  const valid = validFiles(checked);
  const register = buildRegister(root, checked.map((c) => c.file), valid);
  // The git history costs a log and a read of the records' past versions: only validate asks for it.
  const history = options.history && options.rules !== false ? gitHistory(root, today, ownDates(register)) : undefined;
  const context: RuleContext = { register, today, ...(history ? { history } : {}) };
  // Output commands that only need the model (export, informativa) skip the legal rules; the
  // language server runs them its own way (only what an edit can change).
  if (options.runRules) for (const d of options.runRules(context)) diagnostics.push(d);
  else if (options.rules !== false) for (const d of allRules(context, options.precomputed)) diagnostics.push(d);
  const unchecked = checked.filter((c) => !valid.has(c.file)).map((c) => c.file);
  return { root, register, diagnostics: applySuppressions(applySeverityConfig(diagnostics, register), register, valid), unchecked };
}

/** Every rule; the record rules skip the records whose findings the workers already gave. */
function allRules(context: RuleContext, precomputed: Pick<CheckedRegisterFiles, 'ruleDiagnostics' | 'rulesDone'> | undefined): Diagnostic[] {
  const done = precomputed?.rulesDone;
  if (!done || done.size === 0) return RULES.flatMap((rule) => runRule(rule, context));
  const rest = { ...context, register: withOnlyRecords(context.register, (f) => !done.has(f.path)) };
  return [...RULES.flatMap((rule) => runRule(rule, RECORD_SCOPED.has(rule.id) ? rest : context)), ...precomputed.ruleDiagnostics];
}

/**
 * Each activity's own `aggiornato` and each service's notice date, by historyKey: how far back
 * the history is read for the notices.
 */
export function ownDates(register: Register): Map<string, string> {
  const dates = new Map<string, string>();
  for (const t of register.trattamenti) if (typeof t.data.aggiornato === 'string') dates.set(historyKey('trattamenti', t.id), t.data.aggiornato);
  for (const s of register.servizi) {
    const date = serviceNoticeDate(register, s.data);
    if (date) dates.set(historyKey('servizi', s.id), date);
  }
  return dates;
}
