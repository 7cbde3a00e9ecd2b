import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from '../helpers.js';

// editors/yaml-language-server/bundle.l10n.json puts yaml-language-server's own messages into
// Italian (the ones no schema errorMessage reaches: a missing or extra key, a list's length).
// yaml-language-server asks @vscode/l10n for each message by its English text, so a message
// the bundle lacks stays English: this test reads every message the installed server can ask
// for, and fails when an upgrade brings one the bundle does not translate.
const serverDir = join(dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')), 'lib/esm');
const bundle: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'editors/yaml-language-server/bundle.l10n.json'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.js') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** A JavaScript string literal's value ('...' or "..."). */
const literal = (text: string): string => JSON.parse(text.startsWith("'") ? `"${text.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : text);

/** Every message the server asks l10n for: the literal first arguments of l10n.t, and its table of problem messages. */
function messagesOfServer(): Set<string> {
  const found = new Set<string>();
  const string = /('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/.source;
  for (const code of sources(serverDir)) {
    for (const m of code.matchAll(new RegExp(`l10n\\.t\\(\\s*${string}`, 'g'))) found.add(literal(m[1]!));
    const table = /ProblemTypeMessages = \{([^]*?)\};/.exec(code)?.[1] ?? '';
    for (const m of table.matchAll(new RegExp(`\\]:\\s*${string}`, 'g'))) found.add(literal(m[1]!));
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe("yaml-language-server's own messages in Italian", () => {
  const messages = messagesOfServer();

  it('finds the messages the editor shows for a missing or extra key', () => {
    expect(messages).toContain('Missing property "{0}".');
    expect(messages).toContain('Property {0} is not allowed.');
    expect(messages.size).toBeGreaterThan(50);
  });

  it('translates every one of them, with the same placeholders', () => {
    expect([...messages].filter((m) => !(m in bundle))).toEqual([]);
    for (const [english, italian] of Object.entries(bundle)) {
      expect(placeholders(italian), english).toEqual(placeholders(english));
      expect(italian, english).not.toBe(english);
    }
  });
});
