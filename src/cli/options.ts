import type { PublishingOptions } from '../commands/load-for-output.js';
import { Command, Option } from 'commander';
import { isLang, type Lang } from '../i18n/lang.js';
import { UsageError } from '../util/errors.js';
import { isStdout } from '../util/paths.js';

// Option values and options shared by several commands.

/** Languages: --lang wins, then REGISTRO_LANG, then Italian. */
export function langOf(value: unknown): Lang {
  // An empty REGISTRO_LANG (`REGISTRO_LANG= registro ...`) is no choice, as for any shell variable.
  const chosen = value ?? (process.env.REGISTRO_LANG || undefined) ?? 'it';
  if (!isLang(chosen)) throw new UsageError('usage.badLang', { value: String(chosen) });
  return chosen;
}

export function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError('usage.badNumber', { value });
  return Number(value);
}

export function noticeFormats(value: string): Array<'pdf' | 'html'> {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const f of list) if (f !== 'pdf' && f !== 'html') throw new UsageError('usage.badFormat', { value: f, allowed: 'pdf, html' });
  return [...new Set(list)] as Array<'pdf' | 'html'>;
}

/** Options of the commands that write notices (informativa, build). */
export function withNoticeOptions(command: Command): Command {
  return command
    .option('--template <cartella>', 'modelli propri delle informative (informativa.hbs, breve.hbs, style.css, partials/, logo.png)')
    .option('--browser <programma>', 'Chrome, Chromium o Edge da usare per i PDF')
    .addOption(langOption());
}

export const langOption = () => new Option('--lang <lingua>', 'lingua dei messaggi: it (predefinita) o en');

/** `-f, --format` in every command; `--formato`, its old name, still works but is not shown. */
export const formatAlias = () => new Option('--formato <elenco>').hideHelp();
export const noticeFormatValue = (opts: Record<string, unknown>): string | undefined => (opts.format ?? opts.formato) as string | undefined;

/** What build, informativa and sito read alike from their options: language, templates, browser, and how to treat errors. */
export function publishingOptions(opts: Record<string, unknown>): PublishingOptions {
  return {
    lang: langOf(opts.lang),
    template: opts.template as string | undefined,
    browser: opts.browser as string | undefined,
    force: Boolean(opts.force),
    bozza: Boolean(opts.bozza),
    strict: Boolean(opts.strict),
  };
}

/**
 * The folder an `-o` names: `-o -` (or /dev/stdout), the screen for validate and export, is no
 * folder, and would otherwise become one named "-".
 */
export function folderOutput(output: unknown, example: string): string {
  const value = String(output);
  if (isStdout(value)) throw new UsageError('usage.folderToScreen', { output: value, example });
  return value;
}
