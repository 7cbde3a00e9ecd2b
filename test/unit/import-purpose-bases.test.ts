import { describe, expect, it } from 'vitest';
import { normsIn, splitPurposeAndBases } from '../../src/import/purpose-bases.js';

/** "Finalità e basi legali del trattamento" in one cell, as the Garante's model has it. */
describe('purpose, bases and norms out of one cell', () => {
  it.each([
    ["Tenuta dell'anagrafe - art. 6, par. 1, lett. e) GDPR; L. 1228/1954 - D.P.R. 223/1989", "Tenuta dell'anagrafe", ['6.1.e'], ['L. 1228/1954', 'D.P.R. 223/1989']],
    ['Registrazione atti di stato civile (D.Lgs. 196/2003 - Codice privacy; art. 6, par. 1, lett. c) GDPR)', 'Registrazione atti di stato civile', ['6.1.c'], ['D.Lgs. 196/2003 - Codice privacy']],
    ['Gestione del personale - obbligo di legge (D.Lgs. 81/2008, art. 41)', 'Gestione del personale', ['6.1.c'], ['D.Lgs. 81/2008, art. 41']],
    ['Erogazione contributi - compito di interesse pubblico', 'Erogazione contributi', ['6.1.e'], []],
    // A purpose with a dash of its own and no basis stays whole.
    ['Servizi scolastici - mensa e trasporto', 'Servizi scolastici - mensa e trasporto', [], []],
  ])('%s', (cell, purpose, codes, norms) => {
    const read = splitPurposeAndBases(cell);
    expect(read.purpose).toBe(purpose);
    expect(read.bases.codes).toEqual(codes);
    expect(read.norms).toEqual(norms);
  });

  it('keeps the article written before the law, and the full stop of an abbreviation', () => {
    expect(normsIn('art. 2-sexies D.Lgs. 196/2003')).toEqual(['art. 2-sexies D.Lgs. 196/2003']);
    expect(normsIn('art. 32 della L. 69/2009')).toEqual(['art. 32 della L. 69/2009']);
    expect(normsIn('conservazione 10 anni (art. 2220 c.c.)')).toEqual(['art. 2220 c.c.']);
    expect(normsIn('obbligo di legge (D.P.R. 445/2000).')).toEqual(['D.P.R. 445/2000']);
  });

  it('the Regulation is not the norm of a basis', () => {
    expect(normsIn('art. 6, par. 1, lett. e) Reg. UE 2016/679 - D.Lgs. 504/1992')).toEqual(['D.Lgs. 504/1992']);
  });
});
