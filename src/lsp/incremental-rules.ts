import type { Diagnostic } from '../diagnostics/types.js';
import type { Register } from '../register/model.js';
import type { SourceFile } from '../register/source-file.js';
import { RULES } from '../rules/index.js';
import { RECORD_SCOPED, SERVICE_SCOPED, isRecordFile, withOnlyRecord, withOnlyServices } from '../rules/scope.js';
import type { RuleContext } from '../rules/types.js';
import { runRule } from '../validate/record-rules.js';

/**
 * The rules for the language server: after an edit of one record, the rules whose findings
 * depend only on that record (rules/scope.ts) run on it alone, the notice rules on the services
 * that name it, the others on the whole register; the rest comes from the last run.
 */
export class IncrementalRules {
  private readonly last = new Map<string, Diagnostic[]>();
  /** What the last run's findings were computed against besides the files: a new day or git history redoes them all. */
  private lastToday: string | undefined;
  private lastHistory: RuleContext['history'];

  /** @param changed the one file edited since the last run, or undefined: run everything */
  run(context: RuleContext, changed: string | undefined): Diagnostic[] {
    const { register } = context;
    const file = changed === undefined ? undefined : register.files.find((f) => f.path === changed);
    const sameGround = context.today === this.lastToday && context.history === this.lastHistory;
    this.lastToday = context.today;
    this.lastHistory = context.history;
    const partial = file !== undefined && isRecordFile(file) && sameGround && this.last.size === RULES.length;
    const services = partial ? servicesNaming(register, file) : undefined;
    const all: Diagnostic[] = [];
    for (const rule of RULES) {
      let found: Diagnostic[];
      if (partial && RECORD_SCOPED.has(rule.id)) {
        found = replaceFor([file.displayPath], this.last.get(rule.id)!, runRule(rule, { ...context, register: withOnlyRecord(register, file) }));
      } else if (partial && SERVICE_SCOPED.has(rule.id)) {
        const shown = services!.map((s) => s.file.displayPath);
        found = services!.length === 0 ? this.last.get(rule.id)! : replaceFor(shown, this.last.get(rule.id)!, runRule(rule, { ...context, register: withOnlyServices(register, services!) }));
      } else {
        found = runRule(rule, context);
      }
      this.last.set(rule.id, found);
      all.push(...found);
    }
    return all;
  }
}

/** The services whose notices draw on the record. */
function servicesNaming(register: Register, file: SourceFile): Register['servizi'] {
  return register.servizi.filter((s) => s.data.trattamenti.includes(file.id));
}

/** The earlier findings, with those in the given files replaced by the new ones (kept only there). */
function replaceFor(files: readonly string[], before: readonly Diagnostic[], fresh: readonly Diagnostic[]): Diagnostic[] {
  const set = new Set(files);
  return [...before.filter((d) => !set.has(d.file)), ...fresh.filter((d) => set.has(d.file))];
}
