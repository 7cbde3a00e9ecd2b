import { Command, CommanderError, Option } from 'commander';
import { isLang, type Lang } from './i18n/lang.js';
import { message } from './i18n/localize.js';
import { localizeHelp } from './i18n/commander-help.js';
import { commanderMessage, helpHint } from './i18n/commander-errors.js';
import { UsageError } from './util/errors.js';
import { toolVersion } from './util/version.js';

/** Exit codes: 0 clean, 1 findings, 2 usage or internal error. */
const EXIT_USAGE = 2;

/** Languages: --lang wins, then REGISTRO_LANG, then Italian. */
function langOf(value: unknown): Lang {
  const chosen = value ?? process.env.REGISTRO_LANG ?? 'it';
  if (!isLang(chosen)) throw new UsageError('usage.badLang', { value: String(chosen) });
  return chosen;
}

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError('usage.badNumber', { value });
  return Number(value);
}

function noticeFormats(value: string): Array<'pdf' | 'html'> {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const f of list) if (f !== 'pdf' && f !== 'html') throw new UsageError('usage.badFormat', { value: f, allowed: 'pdf, html' });
  return [...new Set(list)] as Array<'pdf' | 'html'>;
}

/** Options of the commands that write notices (informativa, build). */
function withNoticeOptions(command: Command): Command {
  return command
    .option('--template <cartella>', 'modelli propri delle informative (informativa.hbs, breve.hbs, style.css, partials/, logo.png)')
    .option('--browser <programma>', 'Chrome, Chromium o Edge da usare per i PDF')
    .addOption(langOption());
}

const langOption = () => new Option('--lang <lingua>', 'lingua dei messaggi: it (predefinita) o en');

/** `-f, --format` in every command; `--formato`, its old name, still works but is not shown. */
const formatAlias = () => new Option('--formato <elenco>').hideHelp();
const noticeFormatValue = (opts: Record<string, unknown>): string | undefined => (opts.format ?? opts.formato) as string | undefined;

export function buildProgram(lang: Lang = 'it'): Command {
  const program = new Command('registro')
    .description('Il registro dei trattamenti (art. 30 GDPR) come codice: valida, esporta, genera le informative.')
    .version(toolVersion(), '-v, --version', 'mostra la versione')
    .helpOption('-h, --help', 'mostra questo aiuto')
    .helpCommand('help [comando]', 'mostra l\'aiuto di un comando')
    .option('--debug', 'in caso di errore interno mostra lo stack (anche con REGISTRO_DEBUG=1)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} });

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
      const { runBuild } = await import('./commands/build.js');
      process.exitCode = await runBuild(dir, {
        output: String(opts.output),
        lang: langOf(opts.lang),
        formats: noticeFormatValue(opts) ? noticeFormats(String(noticeFormatValue(opts))) : undefined,
        template: opts.template as string | undefined,
        browser: opts.browser as string | undefined,
        force: Boolean(opts.force),
        bozza: Boolean(opts.bozza),
        strict: Boolean(opts.strict),
      });
    });

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
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { FORMAT_NAMES } = await import('./formatters/index.js');
      const format = String(opts.format);
      if (!FORMAT_NAMES.includes(format)) throw new UsageError('usage.badFormat', { value: format, allowed: FORMAT_NAMES.join(', ') });
      const { runValidate } = await import('./commands/validate.js');
      process.exitCode = await runValidate(paths, {
        format,
        output: opts.output as string | undefined,
        lang: langOf(opts.lang),
        maxWarnings: (opts.maxWarnings as number | undefined) ?? -1,
        quiet: Boolean(opts.quiet),
        color: opts.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR,
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
      const { runExport, EXPORT_FORMATS } = await import('./commands/export.js');
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
      const { runInformativa } = await import('./commands/informativa.js');
      process.exitCode = await runInformativa(dir, {
        servizi: (opts.servizio as string[] | undefined) ?? [],
        tutti: Boolean(opts.tutti),
        output: String(opts.output),
        formats: noticeFormats(noticeFormatValue(opts) ?? 'pdf,html'),
        lang: langOf(opts.lang),
        template: opts.template as string | undefined,
        browser: opts.browser as string | undefined,
        force: Boolean(opts.force),
        bozza: Boolean(opts.bozza),
        strict: Boolean(opts.strict),
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
      const { runSito } = await import('./commands/sito.js');
      process.exitCode = await runSito(dir, {
        output: String(opts.output),
        baseUrl: opts.baseUrl as string | undefined,
        lang: langOf(opts.lang),
        template: opts.template as string | undefined,
        browser: opts.browser as string | undefined,
        force: Boolean(opts.force),
        bozza: Boolean(opts.bozza),
        strict: Boolean(opts.strict),
      });
    });

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
      const { runImport } = await import('./commands/import.js');
      process.exitCode = await runImport(file, { output: String(opts.output), foglio: opts.foglio as string | undefined, mappa: opts.mappa as string | undefined, anteprima: Boolean(opts.anteprima), force: Boolean(opts.force), lang: langOf(opts.lang) });
    });

  program
    .command('init')
    .description('crea un nuovo registro valido (titolare, un trattamento, un servizio) pronto per VS Code')
    .argument('[cartella]', 'dove crearlo', '.')
    .option('--force', 'sovrascrive i file esistenti')
    .addOption(langOption())
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { runInit } = await import('./commands/init.js');
      process.exitCode = runInit(dir, { force: Boolean(opts.force), lang: langOf(opts.lang) });
    });

  program
    .command('schema')
    .description('scrive gli schemi JSON in una cartella, o ne stampa uno')
    .argument('[nome]', 'uno schema da stampare (registro, soggetti, trattamento, servizio, attivita-responsabile, vocabolario)')
    .option('-o, --output <cartella>', 'cartella in cui scrivere tutti gli schemi')
    .addOption(langOption())
    .action(async (name: string | undefined, opts: Record<string, unknown>) => {
      const { runSchema } = await import('./commands/schema.js');
      process.exitCode = runSchema(name, { output: opts.output as string | undefined, lang: langOf(opts.lang) });
    });

  program
    .command('lsp')
    .description("server del linguaggio (LSP) su stdin/stdout: le regole di validate nell'editor, mentre scrivi")
    .option('--no-schema', 'non segnala gli errori di schema (li mostra già yaml-language-server)')
    .addOption(langOption())
    .action(async (opts: Record<string, unknown>) => {
      const { runLsp } = await import('./commands/lsp.js');
      await runLsp({ lang: langOf(opts.lang), schema: opts.schema !== false });
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
      const { runLeggibilita } = await import('./commands/leggibilita.js');
      process.exitCode = runLeggibilita(files, { format, lang: langOf(opts.lang), index, top: (opts.frasi as number | undefined) ?? 5, minimum: opts.minimo as number | undefined });
    });

  program
    .command('diff')
    .description('confronta due versioni del registro per significato (revisioni git o due cartelle) e dice cosa impone ogni modifica')
    .argument('[revisioni...]', 'una revisione (HEAD~1), un intervallo (origin/main..HEAD, origin/main...HEAD) oppure due cartelle di registro', [])
    .option('--cartella <cartella>', 'la cartella del registro')
    .addOption(new Option('-f, --format <formato>', 'formato: stylish, markdown o json').default('stylish'))
    .addOption(langOption())
    .action(async (args: string[], opts: Record<string, unknown>) => {
      const { runDiff, DIFF_FORMATS } = await import('./commands/diff.js');
      const format = String(opts.format);
      if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError('usage.badFormat', { value: format, allowed: DIFF_FORMATS.join(', ') });
      process.exitCode = await runDiff(args, { format: format as 'stylish', lang: langOf(opts.lang), cartella: opts.cartella as string | undefined });
    });

  program
    .command('storia')
    .alias('history')
    .description('la storia git di ogni trattamento: creazione e modifiche, con commit, data, autore e sintesi')
    .argument('[attivita]', 'un trattamento (id del file in trattamenti/); predefinito: tutti')
    .option('--cartella <cartella>', 'la cartella del registro')
    .addOption(new Option('-f, --format <formato>', 'formato: stylish o json').default('stylish'))
    .addOption(langOption())
    .action(async (id: string | undefined, opts: Record<string, unknown>) => {
      const format = String(opts.format);
      if (format !== 'stylish' && format !== 'json') throw new UsageError('usage.badFormat', { value: format, allowed: 'stylish, json' });
      const { runStoria } = await import('./commands/storia.js');
      process.exitCode = await runStoria(id, { format, lang: langOf(opts.lang), cartella: opts.cartella as string | undefined });
    });

  program
    .command('rules')
    .alias('regole')
    .description('elenca le verifiche, con severità e riferimento normativo')
    .addOption(langOption())
    .option('--json', 'in JSON')
    .action(async (opts: Record<string, unknown>) => {
      const { runRules } = await import('./commands/rules.js');
      process.exitCode = runRules({ lang: langOf(opts.lang), json: Boolean(opts.json) });
    });

  localizeHelp(program, lang);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const lang = requestedLang(argv);
  const program = buildProgram(lang);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = handleError(error, lang);
  }
}

/** The language for messages about the command line itself, read before commander parses it. */
function requestedLang(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  const given = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  const chosen = given ?? process.env.REGISTRO_LANG;
  return isLang(chosen) ? chosen : 'it';
}

function handleError(error: unknown, lang: Lang): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    // Errors thrown inside an option parser arrive wrapped: keep our own message.
    const nested = (error as { cause?: unknown }).cause;
    if (nested instanceof UsageError) return handleError(nested, lang);
    // A kind of error we have no words for keeps commander's own (English) text.
    const detail = commanderMessage(error, lang) ?? error.message.replace(/^error: /, '');
    process.stderr.write(`registro: ${detail}\n${helpHint(lang)}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`registro: ${message(lang, error.messageId, error.params)}\n`);
    return EXIT_USAGE;
  }
  return reportInternal(error, lang, debugRequested(argvOf()));
}

/**
 * Anything else is a defect of registro, never of the register: said as such, with how to report
 * it. Still exit 2 (the pipeline fails), but the words differ, so tests can tell the two apart.
 */
function reportInternal(error: unknown, lang: Lang, debug: boolean): number {
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  process.stderr.write(`registro: ${message(lang, 'internal', { detail, command: commandLine() })}\n`);
  if (debug) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  return EXIT_USAGE;
}

const argvOf = (): string[] => process.argv;
const commandLine = (): string => ['registro', ...argvOf().slice(2)].join(' ');

/** `--debug` anywhere on the line, or REGISTRO_DEBUG set to anything but 0 or empty. */
export function debugRequested(argv: readonly string[]): boolean {
  const env = process.env.REGISTRO_DEBUG;
  return argv.includes('--debug') || (env !== undefined && env !== '' && env !== '0');
}
