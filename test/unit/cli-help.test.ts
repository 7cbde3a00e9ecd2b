import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { allDescriptions } from '../../src/i18n/commander-help.js';
import { hasEnglish, isEnglishTerm } from '../../src/i18n/cli-en.js';
import { Help, type Command } from 'commander';
import { LocalizedHelp } from '../../src/i18n/commander-help.js';

/** Every placeholder word the English help prints: `<date>` of `--al <date>`, `[revisions...]`. */
function placeholderWords(program: Command): string[] {
  const help = new LocalizedHelp('en');
  const words: string[] = [];
  const visit = (cmd: Command) => {
    const terms = [help.commandUsage(cmd), ...new Help().visibleOptions(cmd).map((o) => help.optionTerm(o)), ...new Help().visibleArguments(cmd).map((a) => help.argumentTerm(a))];
    for (const term of terms) for (const m of term.matchAll(/[<[]([^\]>.]+)(?:\.\.\.)?[>\]]/g)) words.push(`${cmd.name()}: ${m[1]}`);
    cmd.commands.forEach(visit);
  };
  visit(program);
  return words;
}

describe('the English help', () => {
  it('has an English text for every description of every command and option', () => {
    const missing = allDescriptions(buildProgram('en')).filter((d) => !hasEnglish(d));
    expect(missing).toEqual([]);
  });

  it('names every value of an option and every argument in English: <date>, [revisions...], [activity]', () => {
    const italian = placeholderWords(buildProgram('en')).filter((w) => !isEnglishTerm(w.split(': ')[1]!));
    expect(italian).toEqual([]);
  });
});
