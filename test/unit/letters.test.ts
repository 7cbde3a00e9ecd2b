import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLetters } from '../../src/readability/sentences.js';

describe('countLetters counts what /\\p{L}/u counts', () => {
  it('on any text, astral letters and lone surrogates included', () => {
    const reference = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => countLetters(text) === reference(text)), { numRuns: 2000 });
    for (const text of ['Perché è così', '𝐀𝐁 abc', '\ud835 lone', 'ＡＢＣ', 'ß', '']) expect(countLetters(text)).toBe(reference(text));
  });
});
