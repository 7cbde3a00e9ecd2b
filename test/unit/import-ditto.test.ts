import { describe, expect, it } from 'vitest';
import { isDitto } from '../../src/import/fill-down.js';

describe('isDitto: a cell that says "as in the row above"', () => {
  it('knows the words and marks offices write', () => {
    for (const t of ['idem', 'Idem.', 'id.', 'come sopra', 'Come sopra.', 'vedi sopra', 'V. sopra', 'c.s.', '"', '〃', '”']) expect(isDitto(t), t).toBe(true);
  });

  it('does not take an abbreviation without its dots, nor a cell that says more', () => {
    for (const t of ['ID', 'CS', 'idem, più dati sanitari', 'Dati anagrafici', '']) expect(isDitto(t), t).toBe(false);
  });
});
