import { describe, expect, it } from 'vitest';
import { it as italian } from '../../src/i18n/messages-it.js';
import type { MessageParams } from '../../src/diagnostics/types.js';
import { wrongLetters } from '../citation.js';

/** Every parameter a message asks for, as the same short text. */
const anyParams = new Proxy({}, { get: (_, key) => (key === 'count' ? 2 : 'x') }) as MessageParams;

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
