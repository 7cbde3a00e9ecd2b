import { describe, expect, it } from 'vitest';
import { citesOnlyFramework } from '../../src/law/framework-norm.js';

describe('a norm that cites only the framework (GDPR, the Codice general articles)', () => {
  it('is caught alone, in any part of the citation', () => {
    expect(citesOnlyFramework('Reg. UE 2016/679, art. 9, par. 2, lett. g')).toBe(true);
    expect(citesOnlyFramework('Codice, art. 2-octies')).toBe(true);
    expect(citesOnlyFramework('Reg. UE 2016/679, art. 6; D.Lgs. 196/2003, art. 2-ter')).toBe(true);
  });

  it('is not a citation that names the law, or the matter of art. 2-sexies c. 2 or 2-octies c. 3 as registers cite it', () => {
    expect(citesOnlyFramework('L. 328/2000, art. 22; Codice, art. 2-sexies, c. 2, lett. s')).toBe(false);
    // The example record of the design: the matter of substantial public interest, by its letter.
    expect(citesOnlyFramework('D.Lgs. 196/2003, art. 2-sexies, c. 2, lett. m')).toBe(false);
    expect(citesOnlyFramework('Codice, art. 2-octies, c. 3, lett. a')).toBe(false);
  });

  it('answers at once on a long run of spaces', () => {
    const started = performance.now();
    expect(citesOnlyFramework(`art. 6${' '.repeat(5000)}GDPR x`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
