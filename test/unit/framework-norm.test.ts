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

  it('is caught joined by commas or "e", written out, or as "the law in force" unnamed', () => {
    for (const norm of [
      'art. 6, par. 1, lett. e) GDPR, art. 2-ter Codice privacy',
      'GDPR art. 6 e D.Lgs. 196/2003 art. 2-ter',
      'Regolamento UE 679/2016',
      'art. 2-octies del Codice in materia di protezione dei dati personali',
      'Normativa nazionale e regionale vigente in materia',
    ]) {
      expect(citesOnlyFramework(norm), norm).toBe(true);
    }
    for (const norm of ['art. 6 GDPR e L. 241/1990', 'Codice civile, art. 2220', 'Regolamento comunale dei servizi sociali', 'D.Lgs. 196/2003, art. 2-sexies, c. 2, lett. s) e L. 328/2000, art. 22']) {
      expect(citesOnlyFramework(norm), norm).toBe(false);
    }
  });

  it('answers at once on a long run of spaces', () => {
    const started = performance.now();
    expect(citesOnlyFramework(`art. 6${' '.repeat(5000)}GDPR x`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
