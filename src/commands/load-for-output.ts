import type { Lang } from '../i18n/lang.js';
import { localize, message } from '../i18n/localize.js';
import { discoverRegisters } from '../register/discover.js';
import type { Register } from '../register/model.js';
import { validateRegister } from '../validate/validate-register.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { FORM_CHECKS } from '../rules/index.js';
import { stylish } from '../formatters/stylish.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { today } from '../util/today.js';
import { toolVersion } from '../util/version.js';
import { openFindings, type OpenFindings } from './output-status.js';

const FORM = new Set(FORM_CHECKS.map((c) => c.id));

export interface Loaded {
  root: string;
  register: Register;
  diagnostics: Diagnostic[];
  today: string;
  /** The open errors and warnings: what every output says about the state it was made in. */
  open: OpenFindings;
}

/** What build, informativa and sito take alike: language, templates, browser, and how to treat errors. */
export interface PublishingOptions {
  lang: Lang;
  template?: string;
  browser?: string;
  /** Go on without the files that have shape errors. */
  force: boolean;
  /** Write what has open errors anyway, marked BOZZA. */
  bozza?: boolean;
  /** Stop, writing nothing, while any error is open. */
  strict?: boolean;
}

export interface LoadOptions {
  lang: Lang;
  /** Go on without the files that have shape errors. */
  force: boolean;
  /** Stop, writing nothing, while any error is open. */
  strict?: boolean;
  /** --al: the register as it stood at the end of that day, from git. */
  asOf?: string;
}

/**
 * Loads the one register an output command works on. Files with shape errors would be missing
 * from the output, so their errors are shown and stop the command (undefined) unless `force`.
 * The legal rules run too, with the git history as validate reads it (a record changed without
 * its date, a notice older than a change): every output says the state of the register it was
 * made from, the same validate gives, and with `strict` an open error stops the command before
 * it writes anything.
 */
export async function loadForOutput(dir: string, { lang, force, strict, asOf }: LoadOptions): Promise<Loaded | undefined> {
  const cwd = process.cwd();
  const targets = discoverRegisters([dir], cwd);
  if (targets.length !== 1) throw new UsageError('usage.oneRegister', { path: dir, count: targets.length });
  const root = targets[0]!.root;
  // --al: the register as it stood at the end of that day, read from git; that day is "today" for its rules.
  const now = asOf ?? today();
  const { register, diagnostics } = asOf ? await (await import('../history/as-of.js')).registerAsOf(root, cwd, asOf, lang) : await validateRegister(root, cwd, now, { history: true });
  const blocking = diagnostics.filter((d) => FORM.has(d.ruleId) && d.severity === 'error' && !d.suppressed);
  if (blocking.length > 0) {
    const files = [...new Set(blocking.map((d) => d.file))];
    printDiagnostics(blocking, files, root, lang);
    if (!force) {
      process.stderr.write(`registro: ${message(lang, 'usage.exportBlocked', { count: files.length })}\n`);
      return undefined;
    }
  }
  const open = openFindings(diagnostics);
  if (strict && open.errors > 0) {
    process.stderr.write(`registro: ${message(lang, 'status.strict', { errors: open.errors })}\n`);
    return undefined;
  }
  return { root, register, diagnostics, today: now, open };
}

export function printDiagnostics(diagnostics: Diagnostic[], files: string[], root: string, lang: Lang): void {
  const report = { lang, toolVersion: toolVersion(), registers: [{ root: displayPath(root), files }], diagnostics: localize(diagnostics, lang), repoPrefix: '' };
  process.stderr.write(stylish(report, { color: false }));
}
