import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Lang } from '../i18n/lang.js';
import { localize, message } from '../i18n/localize.js';
import { discoverRegisters, type RegisterTarget } from '../register/discover.js';
import { validateRegister } from '../validate/validate-register.js';
import { ResultCache } from '../validate/result-cache.js';
import { FORMATTERS } from '../formatters/index.js';
import { githubStepSummary } from '../formatters/github-summary.js';
import { countBySeverity, type Report } from '../formatters/report.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { repoPrefix } from '../util/repo-root.js';
import { today } from '../util/today.js';
import { toolVersion } from '../util/version.js';
import { UsageError } from '../util/errors.js';
import { displayPath, isInside, isStdout, isYamlPath } from '../util/paths.js';
import type { FileKind } from '../register/layout.js';

export interface ValidateOptions {
  format: string;
  output?: string;
  lang: Lang;
  maxWarnings: number;
  quiet: boolean;
  color: boolean;
  /** `--cache FILE`: results of unchanged records, read and written back (validate/result-cache.ts). */
  cache?: string;
}

/** `registro validate`: returns the exit code (0 clean, 1 findings over the threshold). */
export async function runValidate(paths: string[], options: ValidateOptions): Promise<number> {
  const cwd = process.cwd();
  // A report is never YAML: a mistyped -o must not replace a record with SARIF.
  if (options.output && isYamlPath(options.output)) throw new UsageError('usage.yamlOutput', { path: displayPath(resolve(cwd, options.output), cwd) });
  const cache = options.cache === undefined ? undefined : openCache(options, cwd);
  const report = await buildReport(paths, cwd, options.lang, cache);
  if (options.quiet) {
    const kept = report.diagnostics.filter((d) => d.severity === 'error' || d.suppressed);
    report.hiddenWarnings = report.diagnostics.length - kept.length;
    report.diagnostics = kept;
  }

  const formatter = FORMATTERS[options.format]!;
  // `-o -` and `-o /dev/stdout` (as CI scripts write) are the screen, without colours.
  const toFile = options.output !== undefined && !isStdout(options.output);
  const text = formatter(report, { color: options.color && options.output === undefined });
  if (toFile) writeFileAtomic(resolve(cwd, options.output!), text);
  else process.stdout.write(text);
  cache?.save();

  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (options.format === 'github' && summaryFile) appendFileSync(summaryFile, githubStepSummary(report));

  const { errors, warnings } = countBySeverity(report.diagnostics);
  const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** The cache the user named: never a register's YAML file, nor the report's own file. */
function openCache(options: ValidateOptions, cwd: string): ResultCache {
  const path = resolve(cwd, options.cache!);
  const shown = displayPath(path, cwd);
  if (isYamlPath(path)) throw new UsageError('usage.yamlOutput', { path: shown });
  if (options.output !== undefined && resolve(cwd, options.output) === path) throw new UsageError('usage.cacheIsOutput', { path: shown });
  return ResultCache.open(path, shown);
}

/** The files of a register every record's checks read. */
const SHARED_KINDS = new Set<FileKind>(['registro', 'soggetti', 'vocabolario']);

/** Validates every register the paths name and gathers one report. */
export async function buildReport(paths: string[], cwd: string, lang: Lang, cache?: ResultCache): Promise<Report> {
  const targets = discoverRegisters(paths, cwd, (path) => process.stderr.write(`registro: ${message(lang, 'usage.skippedOutsideRegister', { path })}\n`));
  const now = today();
  const registers: Report['registers'] = [];
  const diagnostics: Diagnostic[] = [];
  let uncheckedFiles = 0;
  for (const target of targets) {
    const result = await validateRegister(target.root, cwd, now, { history: true, ...(cache ? { cache } : {}) });
    let found = result.diagnostics;
    let listedFiles = result.register.files.map((f) => f.displayPath);
    let unchecked = result.unchecked.map((f) => f.displayPath);
    if (target.only) {
      // The register's own files that every record is checked against (registro.yaml,
      // soggetti.yaml, vocabolario.yaml) stay in view when they cannot be read: without them
      // the named records' checks are incomplete, and saying nothing would read as a clean pass.
      const broken = new Set(result.unchecked.filter((f) => SHARED_KINDS.has(f.kind)).map((f) => f.displayPath));
      const shown = isShown(target.only, cwd);
      const inView = (file: string) => shown(file) || broken.has(file);
      found = found.filter((d) => inView(d.file));
      listedFiles = listedFiles.filter(inView);
      unchecked = unchecked.filter(inView);
    }
    uncheckedFiles += unchecked.length;
    // Files named only by a diagnostic (a stray file, a missing registro.yaml) are listed too.
    const listed = new Set(listedFiles);
    for (const d of found) listed.add(d.file);
    registers.push({ root: displayPath(target.root, cwd), files: [...listed].sort() });
    diagnostics.push(...found);
  }
  return { lang, toolVersion: toolVersion(), registers, diagnostics: localize(diagnostics, lang), repoPrefix: repoPrefix(cwd), ...(uncheckedFiles ? { uncheckedFiles } : {}) };
}

/** Whether a file (by display path) is one the user named, or lies in a record folder named (subfolders included, as layout reports them). */
function isShown(only: NonNullable<RegisterTarget['only']>, cwd: string): (file: string) => boolean {
  const namedFiles = new Set([...only.files].map((p) => displayPath(p, cwd)));
  const folders = [...only.folders];
  return (file) => namedFiles.has(file) || folders.some((folder) => isInside(resolve(cwd, file), folder));
}
