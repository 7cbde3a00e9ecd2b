import type { Diagnostic } from '../diagnostics/types.js';
import type { Register } from '../register/model.js';
import type { SourceFile } from '../register/source-file.js';
import { CONFIGURABLE } from '../rules/index.js';
import { toDiagnostic } from '../rules/to-diagnostic.js';
import { nearest } from '../util/suggest.js';

interface Exception {
  regola: string;
  percorso?: string;
  motivo: string;
}

/**
 * Applies the `eccezioni` of each file: a finding of rule R in that file (under `percorso`, if
 * given) is kept but marked suppressed, with the written reason. An exception that silences
 * nothing, or names no rule, is itself reported; not one of a rule the register turned off
 * (opzioni.regole): it silences nothing because the rule does not run, and is needed again
 * the day the rule is turned back on.
 */
export function applySuppressions(diagnostics: Diagnostic[], register: Register, valid: ReadonlySet<SourceFile>): Diagnostic[] {
  const extra: Diagnostic[] = [];
  const byFile = new Map<string, Array<{ exception: Exception; index: number; used: boolean; file: SourceFile }>>();
  for (const file of register.files) {
    if (!valid.has(file)) continue;
    const list = (file.data as { eccezioni?: Exception[] } | null)?.eccezioni ?? [];
    byFile.set(file.displayPath, list.map((exception, index) => ({ exception, index, used: false, file })));
  }
  const result = diagnostics.map((d) => {
    const entry = byFile.get(d.file)?.find(
      ({ exception }) =>
        exception.regola === d.ruleId &&
        d.pointer !== undefined &&
        (!exception.percorso || d.pointer === exception.percorso || d.pointer.startsWith(exception.percorso + '/')),
    );
    if (!entry) return d;
    entry.used = true;
    return { ...d, suppressed: { reason: entry.exception.motivo } };
  });
  const settings = register.registro?.data.opzioni?.regole;
  for (const entries of byFile.values()) {
    for (const { exception, index, used, file } of entries) {
      if (used || settings?.[exception.regola as keyof typeof settings] === 'off') continue;
      const pointer = `/eccezioni/${index}/regola`;
      const known = CONFIGURABLE.has(exception.regola);
      const params = { rule: exception.regola, suggestion: known ? '' : (nearest(exception.regola, CONFIGURABLE) ?? '') };
      extra.push(toDiagnostic('config', 'warning', { file, pointer, at: 'value', messageId: known ? 'suppression.unused' : 'suppression.unknownRule', params }));
    }
  }
  return [...result, ...extra];
}

