import type { Diagnostic } from '../diagnostics/types.js';
import type { Register } from '../register/model.js';
import { ALL_CHECKS, CONFIGURABLE } from '../rules/index.js';
import { nearest } from '../util/suggest.js';
import { toDiagnostic } from '../rules/to-diagnostic.js';

/**
 * Applies `opzioni.regole` of registro.yaml: each rule id set to error, warning or off. Checks
 * of form (syntax, schema) cannot be changed; a name that is no rule is itself reported.
 */
export function applySeverityConfig(diagnostics: Diagnostic[], register: Register): Diagnostic[] {
  const registro = register.registro;
  const settings = registro?.data.opzioni?.regole;
  if (!registro || !settings) return diagnostics;
  const extra: Diagnostic[] = [];
  for (const id of Object.keys(settings)) {
    if (CONFIGURABLE.has(id)) continue;
    const known = ALL_CHECKS.some((c) => c.id === id);
    const suggestion = known ? undefined : nearest(id, CONFIGURABLE);
    extra.push(
      toDiagnostic('config', 'warning', {
        file: registro.file,
        pointer: `/opzioni/regole/${id}`,
        messageId: known ? 'config.fixedRule' : suggestion ? 'config.unknownRuleSuggest' : 'config.unknownRule',
        params: { id, suggestion: suggestion ?? '' },
      }),
    );
  }
  const changed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = CONFIGURABLE.has(d.ruleId) ? settings[d.ruleId] : undefined;
    if (setting === 'off') continue;
    changed.push(setting ? { ...d, severity: setting } : d);
  }
  return [...changed, ...extra];
}
