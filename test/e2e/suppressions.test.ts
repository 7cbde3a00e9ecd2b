import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, registerWith, registro, remove, locations } from '../helpers.js';

const MENSA = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
const CONSENT = MENSA.replace('      - base: 6.1.e\n        norma: "D.Lgs. 63/2017, art. 6"\n', "      - base: 6.1.a\n        revoca: Con email all'ufficio\n");
const REASON = 'Iscrizione facoltativa al servizio di newsletter, non un compito istituzionale';

const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));
const run = (files: Record<string, string>, ...args: string[]) => {
  const dir = registerWith(files);
  dirs.push(dir);
  return registro(['validate', '.', ...args], { cwd: dir });
};

describe('written exceptions (eccezioni)', () => {
  it('silence a finding only with a reason, which JSON and SARIF carry', () => {
    const files = { 'trattamenti/mensa.yaml': CONSENT + `eccezioni:\n  - regola: public-consent\n    motivo: ${REASON}\n` };
    const stylish = run(files);
    expect(stylish.status).toBe(0);
    expect(stylish.stdout).toContain('1 segnalazione taciuta da eccezioni motivate');
    expect(locations(stylish.stdout)).toEqual([]);

    const json = JSON.parse(run(files, '--format', 'json').stdout);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, suppressed: 1 });
    expect(json.diagnostics[0]).toMatchObject({ ruleId: 'public-consent', line: 5, column: 15, suppressed: true, suppressionReason: REASON });

    const sarif = JSON.parse(run(files, '--format', 'sarif').stdout);
    expect(sarif.runs[0].results[0].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: REASON }]);
  });

  it('a path limits the exception to one place', () => {
    const two = CONSENT.replace('    basi_giuridiche:\n', '    basi_giuridiche:\n      - base: 6.1.a\n        revoca: Con email\n');
    const files = { 'trattamenti/mensa.yaml': two + `eccezioni:\n  - regola: public-consent\n    percorso: /finalita/0/basi_giuridiche/1\n    motivo: ${REASON}\n` };
    expect(locations(run(files).stdout, 'public-consent')).toEqual(['trattamenti/mensa.yaml:5:15 public-consent']);
  });

  it('an exception that no longer matches, or names no rule, is reported', () => {
    const files = { 'trattamenti/mensa.yaml': MENSA + `eccezioni:\n  - regola: public-consent\n    motivo: ${REASON}\n  - regola: publik-consent\n    motivo: x\n` };
    const r = run(files);
    expect(locations(r.stdout)).toEqual(['trattamenti/mensa.yaml:21:13 config', 'trattamenti/mensa.yaml:23:13 config']);
    expect(r.stdout).toContain('l\'eccezione per la regola "public-consent" non corrisponde più ad alcuna segnalazione');
    expect(r.stdout).toContain('"publik-consent" non è una regola di registro: forse intendevi "public-consent"?');
  });

  it('an exception of a rule the register turned off is not reported as obsolete: it is needed again when the rule is back', () => {
    const off = readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8') + 'opzioni:\n  regole:\n    public-consent: "off"\n';
    const files = { 'registro.yaml': off, 'trattamenti/mensa.yaml': CONSENT + `eccezioni:\n  - regola: public-consent\n    motivo: ${REASON}\n` };
    const r = run(files);
    expect(locations(r.stdout)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('a reason is required', () => {
    const r = run({ 'trattamenti/mensa.yaml': CONSENT + 'eccezioni:\n  - regola: public-consent\n' });
    expect(r.stdout).toContain('trattamenti/mensa.yaml:21:5  errore  manca la chiave obbligatoria "motivo"');
  });
});
