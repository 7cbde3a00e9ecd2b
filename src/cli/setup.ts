import type { Command } from 'commander';
import { folderOutput, langOf, langOption } from './options.js';

/** The commands that make a register: from an existing one, from scratch, and its schemas. */
export function addSetupCommands(program: Command): void {
  program
    .command('import')
    .alias('importa')
    .description('importa un registro esistente (xlsx, csv, tsv; ods e xls con LibreOffice) in file YAML')
    .argument('<file>', 'il foglio del registro')
    .requiredOption('-o, --output <cartella>', 'la cartella del nuovo registro')
    .option('--foglio <nome>', 'il foglio di lavoro da leggere (predefinito: il primo non vuoto)')
    .option('--mappa <file>', 'mappa delle colonne in YAML (colonne: { campo: "Intestazione" | numero }), sostituisce ogni deduzione')
    .option('--anteprima', 'mostra quale colonna diventa quale campo (con il punteggio) e cosa resta fuori, senza scrivere nulla')
    .option('--force', 'sovrascrive i file esistenti')
    .addOption(langOption())
    .action(async (file: string, opts: Record<string, unknown>) => {
      const output = folderOutput(opts.output, 'registro');
      const { runImport } = await import('../commands/import.js');
      process.exitCode = await runImport(file, { output, foglio: opts.foglio as string | undefined, mappa: opts.mappa as string | undefined, anteprima: Boolean(opts.anteprima), force: Boolean(opts.force), lang: langOf(opts.lang) });
    });

  program
    .command('init')
    .description('crea un nuovo registro da completare (titolare, un trattamento, un servizio) pronto per VS Code')
    .argument('[cartella]', 'dove crearlo', '.')
    .option('--force', 'sovrascrive i file esistenti')
    .addOption(langOption())
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { runInit } = await import('../commands/init.js');
      process.exitCode = runInit(dir, { force: Boolean(opts.force), lang: langOf(opts.lang) });
    });

  program
    .command('schema')
    .description('scrive gli schemi JSON in una cartella, o ne stampa uno')
    .argument('[nome]', 'uno schema da stampare (registro, soggetti, trattamento, servizio, attivita-responsabile, vocabolario)')
    .option('-o, --output <cartella>', 'cartella in cui scrivere tutti gli schemi')
    .addOption(langOption())
    .action(async (name: string | undefined, opts: Record<string, unknown>) => {
      const { runSchema } = await import('../commands/schema.js');
      const output = opts.output === undefined ? undefined : folderOutput(opts.output, 'schemas');
      process.exitCode = runSchema(name, { output, lang: langOf(opts.lang) });
    });
}
