import { Option, type Command } from 'commander';
import { UsageError } from '../util/errors.js';
import { langOf, langOption } from './options.js';

/** The commands that read the register through time, from git. */
export function addHistoryCommands(program: Command): void {
  program
    .command('diff')
    .description('confronta due versioni del registro per significato (revisioni git o due cartelle) e dice cosa impone ogni modifica')
    .argument('[revisioni...]', 'una revisione (HEAD~1) o un intervallo (origin/main..HEAD, origin/main...HEAD), con la cartella del registro se serve, oppure due cartelle di registro', [])
    .option('--cartella <cartella>', 'la cartella del registro')
    .addOption(new Option('-f, --format <formato>', 'formato: stylish, markdown o json').default('stylish'))
    .addOption(langOption())
    .action(async (args: string[], opts: Record<string, unknown>) => {
      const { runDiff, DIFF_FORMATS } = await import('../commands/diff.js');
      const format = String(opts.format);
      if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError('usage.badFormat', { value: format, allowed: DIFF_FORMATS.join(', ') });
      process.exitCode = await runDiff(args, { format: format as 'stylish', lang: langOf(opts.lang), cartella: opts.cartella as string | undefined });
    });

  program
    .command('storia')
    .alias('history')
    .description('la storia git di ogni scheda del registro: creazione e modifiche, con commit, data, autore e sintesi')
    .argument('[scheda]', 'l\'id di un trattamento, di un servizio, di un soggetto o di un termine, oppure "registro"; predefinito: tutte')
    .option('--cartella <cartella>', 'la cartella del registro')
    .addOption(new Option('-f, --format <formato>', 'formato: stylish o json').default('stylish'))
    .addOption(langOption())
    .action(async (id: string | undefined, opts: Record<string, unknown>) => {
      const format = String(opts.format);
      if (format !== 'stylish' && format !== 'json') throw new UsageError('usage.badFormat', { value: format, allowed: 'stylish, json' });
      const { runStoria } = await import('../commands/storia.js');
      process.exitCode = await runStoria(id, { format, lang: langOf(opts.lang), cartella: opts.cartella as string | undefined });
    });
}
