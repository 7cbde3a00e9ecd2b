import { describe, expect, it } from 'vitest';
import { it as italian } from '../../src/i18n/messages-it.js';
import type { MessageParams } from '../../src/diagnostics/types.js';
import { wrongEnglishCitations, wrongLetters } from '../citation.js';
import { en as english } from '../../src/i18n/messages-en.js';

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

describe('English messages cite as "Art. 30(1)(a)" and "Arts 13 and 14"', () => {
  it('every message of the catalog', () => {
    const wrong = Object.entries(english).flatMap(([id, render]) => wrongEnglishCitations((render as (p: MessageParams) => string)(anyParams)).map((w) => `${id}: ${w}`));
    expect(wrong).toEqual([]);
  });
});
