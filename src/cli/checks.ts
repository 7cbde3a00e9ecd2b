import { Option, type Command } from 'commander';
import { UsageError } from '../util/errors.js';
import { langOf, nonNegativeInt, langOption } from './options.js';

/** The commands that check: the register (in CI and in the editor), the rules, the readability of a text. */
export function addChecksCommands(program: Command): void {
  program
    .command('validate')
    .alias('valida')
    .description('valida uno o più registri: forma (JSON Schema), riferimenti, date')
    .argument('[percorsi...]', 'cartelle di registro (o che ne contengono), oppure singoli file di un registro', [])
    .addOption(new Option('-f, --format <formato>', 'formato: stylish, json, sarif, github, junit, codequality').default('stylish'))
    .option('-o, --output <file>', 'scrive il risultato in un file invece che sullo schermo')
    .addOption(langOption())
    .option('--max-warnings <n>', 'esce con 1 se gli avvisi superano n', nonNegativeInt)
    .option('-q, --quiet', 'mostra solo gli errori')
    .option('--no-color', 'niente colori')
    .option('--cache <file>', 'riusa i risultati dei trattamenti non modificati dall\'ultima esecuzione, salvati in questo file (da non versionare)')
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { FORMAT_NAMES } = await import('../formatters/index.js');
      const format = String(opts.format);
      if (!FORMAT_NAMES.includes(format)) throw new UsageError('usage.badFormat', { value: format, allowed: FORMAT_NAMES.join(', ') });
      const { runValidate } = await import('../commands/validate.js');
      process.exitCode = await runValidate(paths, {
        format,
        output: opts.output as string | undefined,
        lang: langOf(opts.lang),
        maxWarnings: (opts.maxWarnings as number | undefined) ?? -1,
        quiet: Boolean(opts.quiet),
        color: opts.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR,
        ...(opts.cache !== undefined ? { cache: String(opts.cache) } : {}),
      });
    });

  program
    .command('lsp')
    .description("server del linguaggio (LSP) su stdin/stdout: le regole di validate nell'editor, mentre scrivi")
    .option('--no-schema', 'non segnala gli errori di schema (li mostra già yaml-language-server)')
    .addOption(langOption())
    .action(async (opts: Record<string, unknown>) => {
      const { runLsp } = await import('../commands/lsp.js');
      // Without --lang or REGISTRO_LANG the server speaks the editor's language (initialize's locale).
      const chosen = opts.lang ?? (process.env.REGISTRO_LANG || undefined);
      await runLsp({ lang: chosen === undefined ? undefined : langOf(chosen), schema: opts.schema !== false });
    });

  program
    .command('rules')
    .alias('regole')
    .description('elenca le verifiche, con severità e riferimento normativo')
    .addOption(langOption())
    .option('--json', 'in JSON')
    .action(async (opts: Record<string, unknown>) => {
      const { runRules } = await import('../commands/rules.js');
      process.exitCode = runRules({ lang: langOf(opts.lang), json: Boolean(opts.json) });
    });

  program
    .command('leggibilita')
    .alias('readability')
    .description('misura la leggibilità di testi (Markdown, HTML, PDF, testo): indice, fasce di lettura, frasi più lunghe')
    .argument('<file...>', 'i file da misurare')
    .addOption(new Option('-f, --format <formato>', 'formato: text o json').default('text'))
    .option('--indice <nome>', "gulpease (italiano) o flesch (inglese); predefinito: quello della lingua del testo")
    .option('--frasi <n>', 'quante frasi lunghe mostrare per file (predefinito: 5)', nonNegativeInt)
    .option('--minimo <n>', "esce con 1 se l'indice di un file è sotto n", nonNegativeInt)
    .addOption(langOption())
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const format = String(opts.format);
      if (format !== 'text' && format !== 'json') throw new UsageError('usage.badFormat', { value: format, allowed: 'text, json' });
      const index = opts.indice as string | undefined;
      if (index !== undefined && index !== 'gulpease' && index !== 'flesch') throw new UsageError('usage.badIndex', { value: index, allowed: 'gulpease, flesch' });
      const { runLeggibilita } = await import('../commands/leggibilita.js');
      process.exitCode = runLeggibilita(files, { format, lang: langOf(opts.lang), index, top: (opts.frasi as number | undefined) ?? 5, minimum: opts.minimo as number | undefined });
    });
}
