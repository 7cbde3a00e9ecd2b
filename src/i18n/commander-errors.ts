import type { CommanderError } from 'commander';
import type { Lang } from './lang.js';
import { count } from './plural.js';
import { englishTerm } from './cli-en.js';

/**
 * Commander's own error messages, in the user's language. Commander builds them in English
 * only; each kind has a code, and the few variable parts (a flag, a name, two numbers) are
 * quoted in a fixed pattern, so they are read back from the message and put in our sentence.
 */
type Parts = RegExpMatchArray;
interface Translation {
  pattern: RegExp;
  it: (m: Parts) => string;
  en: (m: Parts) => string;
}

const TRANSLATIONS: Record<string, Translation> = {
  'commander.unknownOption': {
    pattern: /unknown option '([^']*)'/,
    it: (m) => `opzione sconosciuta ${m[1]}`,
    en: (m) => `unknown option ${m[1]}`,
  },
  'commander.unknownCommand': {
    pattern: /unknown command '([^']*)'/,
    it: (m) => `comando sconosciuto "${m[1]}"`,
    en: (m) => `unknown command "${m[1]}"`,
  },
  'commander.missingArgument': {
    pattern: /missing required argument '([^']*)'/,
    it: (m) => `manca l'argomento obbligatorio <${m[1]}>`,
    en: (m) => `the required argument <${m[1]}> is missing`,
  },
  'commander.optionMissingArgument': {
    pattern: /option '([^']*)' argument missing/,
    it: (m) => `manca il valore dell'opzione ${m[1]}`,
    en: (m) => `the option ${m[1]} needs a value`,
  },
  'commander.missingMandatoryOptionValue': {
    pattern: /required option '([^']*)' not specified/,
    it: (m) => `manca l'opzione obbligatoria ${m[1]}`,
    en: (m) => `the required option ${m[1]} is missing`,
  },
  'commander.excessArguments': {
    pattern: /too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)/,
    it: (m) => `troppi argomenti${m[1] ? ` per ${m[1]}` : ''}: ${Number(m[2]) === 0 ? 'non ne accetta' : `ne accetta al massimo ${m[2]}`}, ${Number(m[3]) === 1 ? 'ne è stato dato' : 'ne sono stati dati'} ${m[3]}`,
    en: (m) => `too many arguments${m[1] ? ` for ${m[1]}` : ''}: ${Number(m[2]) === 0 ? 'it takes none' : `it takes at most ${count(m[2], 'argument', 'arguments')}`}, ${m[3]} given`,
  },
  'commander.invalidArgument': {
    pattern: /(?:option '([^']*)'|command-argument value '[^']*' is invalid for argument '([^']*)')(?: argument '([^']*)')?/,
    it: (m) => `valore non valido per ${m[1] ? `l'opzione ${m[1]}` : `l'argomento <${m[2]}>`}`,
    en: (m) => `invalid value for ${m[1] ? `the option ${m[1]}` : `the argument <${m[2]}>`}`,
  },
  'commander.conflictingOption': {
    pattern: /option '([^']*)' cannot be used with option '([^']*)'/,
    it: (m) => `l'opzione ${m[1]} non si può usare insieme a ${m[2]}`,
    en: (m) => `the option ${m[1]} cannot be used with ${m[2]}`,
  },
};

const SUGGESTION = /\(Did you mean (one of )?(.+)\?\)/;

/** The sentence for a commander error; undefined for an error of a kind we do not know. */
export function commanderMessage(error: CommanderError, lang: Lang): string | undefined {
  const translation = TRANSLATIONS[error.code];
  const parts = translation ? error.message.match(translation.pattern) : null;
  if (!translation || !parts) return undefined;
  const sentence = translation[lang](parts) + suggestion(error.message, lang);
  // Flags name their value in Italian (`--output <cartella>`): in English, in English.
  return lang === 'en' ? sentence.replace(/[<[][^\]>]+[>\]]/g, englishTerm) : sentence;
}

function suggestion(text: string, lang: Lang): string {
  const m = text.match(SUGGESTION);
  if (!m) return '';
  if (lang === 'en') return `: did you mean ${m[1] ? 'one of ' : ''}${m[2]}?`;
  return `: forse intendevi ${m[1] ? 'uno tra ' : ''}${m[2]}?`;
}

/** The line after a usage error: where to read how the command is used. */
export function helpHint(lang: Lang): string {
  return lang === 'it' ? "Usa registro --help per l'elenco dei comandi, registro COMANDO --help per le sue opzioni." : 'Run registro --help for the list of commands, registro COMMAND --help for its options.';
}
