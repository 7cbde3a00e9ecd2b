import { Command, CommanderError } from 'commander';
import { isLang, type Lang } from './i18n/lang.js';
import { message } from './i18n/localize.js';
import { localizeHelp } from './i18n/commander-help.js';
import { commanderMessage, helpHint } from './i18n/commander-errors.js';
import { UsageError } from './util/errors.js';
import { toolVersion } from './util/version.js';
import { addChecksCommands } from './cli/checks.js';
import { addHistoryCommands } from './cli/history.js';
import { addOutputsCommands } from './cli/outputs.js';
import { addSetupCommands } from './cli/setup.js';

/** Exit codes: 0 clean, 1 findings, 2 usage or internal error. */
const EXIT_USAGE = 2;

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

  // In the help, the yearly job first, then the checks, then the rest.
  addOutputsCommands(program);
  addChecksCommands(program);
  addSetupCommands(program);
  addHistoryCommands(program);

  localizeHelp(program, lang);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // `registro validate -f json | head`: a reader that stops early is no error of the command,
  // whose exit code still says what it found.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', ignoreClosedPipe);
  const lang = requestedLang(argv);
  const program = buildProgram(lang);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = handleError(error, lang);
  }
}

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

/** The language for messages about the command line itself, read before commander parses it. */
function requestedLang(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  const given = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  // A --lang that is no language ("--lang xx") is reported in the language of REGISTRO_LANG, if any.
  const env = process.env.REGISTRO_LANG;
  return isLang(given) ? given : isLang(env) ? env : 'it';
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
