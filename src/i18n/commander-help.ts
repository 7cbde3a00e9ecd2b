import { Help, type Argument, type Command, type Option } from 'commander';
import type { Lang } from './lang.js';
import { englishDescription, englishTerm } from './cli-en.js';

/** Commander's help words, which it prints in English only. */
const WORDS: Record<Lang, Record<string, string>> = {
  it: {
    'Usage:': 'Uso:',
    'Options:': 'Opzioni:',
    'Commands:': 'Comandi:',
    'Arguments:': 'Argomenti:',
    'Global Options:': 'Opzioni globali:',
    '[options]': '[opzioni]',
    '[command]': '[comando]',
    default: 'predefinito',
    choices: 'valori',
  },
  en: { default: 'default', choices: 'choices' },
};

/**
 * The help of every command in the user's language: commander's titles and usage words
 * translated, and, in English, the descriptions written in Italian in cli.ts (see cli-en.ts).
 */
export class LocalizedHelp extends Help {
  constructor(private readonly lang: Lang) {
    super();
  }

  private word(text: string): string {
    return WORDS[this.lang][text] ?? text;
  }

  private text(description: string): string {
    return this.lang === 'en' ? englishDescription(description) : description;
  }

  private usageWords(usage: string): string {
    const words = usage.split(' ').map((w) => this.word(w)).join(' ');
    return this.lang === 'en' ? englishTerm(words) : words;
  }

  override styleTitle(title: string): string {
    return this.word(title);
  }

  override commandUsage(cmd: Command): string {
    return this.usageWords(super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return this.usageWords(super.subcommandTerm(cmd));
  }

  override optionTerm(option: Option): string {
    return this.usageWords(super.optionTerm(option));
  }

  override argumentTerm(argument: Argument): string {
    return this.usageWords(super.argumentTerm(argument));
  }

  override commandDescription(cmd: Command): string {
    return this.text(super.commandDescription(cmd));
  }

  override subcommandDescription(cmd: Command): string {
    return this.text(super.subcommandDescription(cmd));
  }

  override optionDescription(option: Option): string {
    // Commander shows a default only for options that take a value, and for true/false flags.
    const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    return this.withExtras(this.text(option.description), option.argChoices, shown ? option.defaultValue : undefined, option.defaultValueDescription);
  }

  override argumentDescription(argument: Argument): string {
    return this.withExtras(this.text(argument.description), argument.argChoices, argument.defaultValue, argument.defaultValueDescription);
  }

  private withExtras(description: string, choices: readonly string[] | undefined, value: unknown, valueDescription: string | undefined): string {
    const extras: string[] = [];
    if (choices) extras.push(`${this.word('choices')}: ${choices.join(', ')}`);
    // An empty list as default ("[]") says nothing to a user.
    const empty = Array.isArray(value) && value.length === 0;
    if (value !== undefined && !empty) extras.push(`${this.word('default')}: ${valueDescription ?? JSON.stringify(value)}`);
    return extras.length === 0 ? description : `${description} (${extras.join(', ')})`.trim();
  }
}

/** Gives every command of the program the localized help (commander copies it only at creation). */
export function localizeHelp(program: Command, lang: Lang): void {
  const visit = (cmd: Command) => {
    cmd.createHelp = () => Object.assign(new LocalizedHelp(lang), cmd.configureHelp());
    cmd.commands.forEach(visit);
  };
  visit(program);
}

/** Every description the help prints, for the test that each has an English translation. */
export function allDescriptions(program: Command): string[] {
  const out: string[] = [];
  const visit = (cmd: Command) => {
    const help = new Help();
    out.push(cmd.description());
    for (const o of help.visibleOptions(cmd)) out.push(o.description);
    for (const a of help.visibleArguments(cmd)) out.push(a.description);
    for (const c of help.visibleCommands(cmd)) if (!cmd.commands.includes(c)) out.push(c.description());
    cmd.commands.forEach(visit);
  };
  visit(program);
  return out.filter(Boolean);
}
