import { Option, type Command } from 'commander';
import { UsageError } from '../util/errors.js';
import { folderOutput, langOf, noticeFormats, withNoticeOptions, langOption, formatAlias, noticeFormatValue, publishingOptions } from './options.js';

/** The commands that write what the register publishes: the workbook, the notices, the website. */
export function addOutputsCommands(program: Command): void {
  const build = program
    .command('build')
    .description("il lavoro annuale: valida, poi scrive il registro in Excel e le informative di tutti i servizi")
    .argument('[cartella]', 'la cartella del registro', '.')
    .option('-o, --output <cartella>', 'dove scrivere registro.xlsx e informative/', 'out')
    .option('-f, --format <elenco>', 'formati delle informative: pdf, html o pdf,html (predefinito: pdf,html se c\'è un browser)')
    .addOption(formatAlias())
    .option('--force', 'scrive anche se alcuni file hanno errori di forma (senza quei file)')
    .option('--bozza', "scrive anche le informative con errori aperti, marcate BOZZA su ogni pagina")
    .option('--strict', 'esce con 1 senza scrivere nulla se il registro ha errori aperti');
  withNoticeOptions(build).action(async (dir: string, opts: Record<string, unknown>) => {
      const output = folderOutput(opts.output, 'out');
      const { runBuild } = await import('../commands/build.js');
      process.exitCode = await runBuild(dir, {
        output,
        formats: noticeFormatValue(opts) ? noticeFormats(String(noticeFormatValue(opts))) : undefined,
        ...publishingOptions(opts),
      });
    });

  program
    .command('export')
    .alias('esporta')
    .description('esporta il registro in Excel (xlsx), CSV o JSON')
    .argument('[cartella]', 'la cartella del registro', '.')
    .option('-o, --output <file>', 'file da scrivere (predefinito: registro.xlsx, .csv o .json)')
    .addOption(new Option('-f, --format <formato>', 'xlsx, csv o json').default('xlsx'))
    .option('--colonne <elenco>', 'colonne in ordine, separate da virgole (ad esempio id,denominazione,finalita)')
    .option('--insieme <nome>', 'insieme di colonne: completo, garante o uno di registro.yaml')
    .option('--area <testo>', 'solo i trattamenti di quest\'area o ufficio')
    .option('--force', 'esporta anche se alcuni file hanno errori di forma (senza quei file)')
    .option('--strict', 'esce con 1 senza scrivere nulla se il registro ha errori aperti')
    .option('--al <data>', "il registro com'era alla fine di quel giorno (AAAA-MM-GG), letto da git senza toccare la cartella di lavoro")
    .addOption(langOption())
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { runExport, EXPORT_FORMATS } = await import('../commands/export.js');
      const format = String(opts.format);
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError('usage.badFormat', { value: format, allowed: EXPORT_FORMATS.join(', ') });
      process.exitCode = await runExport(dir, {
        output: opts.output as string | undefined,
        format: format as 'xlsx' | 'csv' | 'json',
        lang: langOf(opts.lang),
        colonne: opts.colonne as string | undefined,
        insieme: opts.insieme as string | undefined,
        area: opts.area as string | undefined,
        force: Boolean(opts.force),
        strict: Boolean(opts.strict),
        al: opts.al as string | undefined,
      });
    });

  const informativa = program
    .command('informativa')
    .description("genera l'informativa (artt. 13 e 14) di ogni servizio, completa e breve, in PDF e HTML")
    .argument('[cartella]', 'la cartella del registro', '.')
    .option('-s, --servizio <id...>', 'i servizi (id dei file in servizi/)')
    .option('--tutti', 'tutti i servizi')
    .option('-o, --output <cartella>', 'dove scrivere le informative', 'informative')
    .option('-f, --format <elenco>', 'pdf, html o pdf,html (predefinito: pdf,html)')
    .addOption(formatAlias())
    .option('--force', 'genera anche se alcuni file hanno errori di forma')
    .option('--bozza', "genera anche le informative con errori aperti, marcate BOZZA su ogni pagina")
    .option('--strict', 'esce con 1 senza scrivere nulla se il registro ha errori aperti')
    .option('--al <data>', "il registro com'era alla fine di quel giorno (AAAA-MM-GG), letto da git senza toccare la cartella di lavoro");
  withNoticeOptions(informativa).action(async (dir: string, opts: Record<string, unknown>) => {
      const output = folderOutput(opts.output, 'informative');
      const { runInformativa } = await import('../commands/informativa.js');
      process.exitCode = await runInformativa(dir, {
        servizi: (opts.servizio as string[] | undefined) ?? [],
        tutti: Boolean(opts.tutti),
        output,
        formats: noticeFormats(noticeFormatValue(opts) ?? 'pdf,html'),
        ...publishingOptions(opts),
        al: opts.al as string | undefined,
      });
    });

  const sito = program
    .command('sito')
    .description('genera la sezione privacy del sito: pagina iniziale, informative per servizio, registro pubblico, sitemap')
    .argument('[cartella]', 'la cartella del registro', '.')
    .requiredOption('-o, --output <cartella>', 'la cartella del sito da pubblicare')
    .option('--base-url <url>', 'indirizzo web del sito pubblicato, per la sitemap e i collegamenti assoluti (ad esempio https://www.comune.esempio.it/privacy/)')
    .option('--force', 'scrive anche se alcuni file hanno errori di forma (senza quei file)')
    .option('--bozza', 'scrive anche le pagine con errori aperti, marcate BOZZA')
    .option('--strict', 'esce con 1 senza scrivere nulla se il registro ha errori aperti');
  withNoticeOptions(sito).action(async (dir: string, opts: Record<string, unknown>) => {
      const output = folderOutput(opts.output, 'sito');
      const { runSito } = await import('../commands/sito.js');
      process.exitCode = await runSito(dir, {
        output,
        baseUrl: opts.baseUrl as string | undefined,
        ...publishingOptions(opts),
      });
    });
}
