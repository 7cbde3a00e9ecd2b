import { describe, expect, it } from 'vitest';
import { it as italian } from '../../src/i18n/messages-it.js';
import type { MessageParams } from '../../src/diagnostics/types.js';

/** Every parameter a message asks for, as the same short text. */
const anyParams = new Proxy({}, { get: (_, key) => (key === 'count' ? 2 : 'x') }) as MessageParams;

/**
 * The letters a message cites that break Italian legal style, "art. 6, par. 1, lett. e)": a
 * letter without its own parenthesis ("lett. e"), or one inside another parenthesis, where its
 * ")" would close both or leave two in a row.
 */
function wrongLetters(text: string): string[] {
  const wrong: string[] = [];
  for (const match of text.matchAll(/lett\. [a-z]\b/g)) {
    const at = match.index;
    const before = text.slice(0, at);
    const depth = [...before].reduce((d, ch) => d + (ch === '(' ? 1 : ch === ')' ? -1 : 0), 0);
    if (text[at + match[0].length] !== ')' || depth > 0) wrong.push(text.slice(Math.max(0, at - 30), at + match[0].length + 1));
  }
  return wrong;
}

describe('Italian messages cite a letter as "lett. e)", never inside a parenthesis', () => {
  it('the check itself', () => {
    expect(wrongLetters('mancano i destinatari (art. 30, par. 1, lett. d)')).toHaveLength(1);
    expect(wrongLetters('manca il termine: art. 30, par. 1, lett. f')).toHaveLength(1);
    expect(wrongLetters("mancano i destinatari, richiesti dall'art. 30, par. 1, lett. d): elencali")).toEqual([]);
  });

  it('every message of the catalog', () => {
    const wrong = Object.entries(italian).flatMap(([id, render]) => wrongLetters((render as (p: MessageParams) => string)(anyParams)).map((w) => `${id}: ${w}`));
    expect(wrong).toEqual([]);
  });
});
