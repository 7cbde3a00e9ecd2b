import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, registerWith, registro, remove } from '../helpers.js';
import { testPlantedRegisters, type Defect } from '../planted-registers.js';

/**
 * A comune's electoral office and its access requests (test/fixtures/law/comune-demografici):
 * copies of the electoral lists go to private parties, who use them for their own purposes, only
 * as the D.P.R. 223/1967, art. 51 provides (Codice, art. 2-ter, c. 3).
 */
const LISTS = "    descrizione: Richiedenti la copia delle liste elettorali ai sensi dell'art. 51 del D.P.R. 223/1967\n";
const PARTIES = '    descrizione: Partiti e candidati che chiedono la copia delle liste per la propaganda elettorale\n';

const REGISTERS: Record<string, Defect[]> = {
  'comune-demografici': [
    { file: 'trattamenti/liste-elettorali.yaml', from: LISTS, to: PARTIES, expect: ['trattamenti/liste-elettorali.yaml:22:16 error public-dissemination'] },
  ],
};

testPlantedRegisters("registers of a comune's electoral office", REGISTERS);

const COMUNE = join(ROOT, 'test/fixtures/law/comune-demografici');
const RECORD = readFileSync(join(COMUNE, 'trattamenti/liste-elettorali.yaml'), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.splice(0).forEach(remove));

function messages(files: Record<string, string>, lang = 'it', from = COMUNE): string[] {
  const dir = registerWith(files, from);
  dirs.push(dir);
  const run = registro(['validate', '.', '--lang', lang, '--format', 'json'], { cwd: dir });
  return (JSON.parse(run.stdout).diagnostics as Array<{ file: string; line: number; column: number; ruleId: string; message: string }>)
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}

describe("a public body's communication to private parties", () => {
  it('without the norm that provides for it is an error at the category, in Italian and in English', () => {
    const files = { 'trattamenti/liste-elettorali.yaml': RECORD.replace(LISTS, PARTIES) };
    expect(messages(files)).toEqual([
      'trattamenti/liste-elettorali.yaml:22:16 public-dissemination un ente pubblico comunica dati personali a "privati", che li usano per finalità proprie, solo se lo prevede una norma di legge o di regolamento: indicala in "norma" del destinatario (Codice, art. 2-ter, c. 1 e 3)',
    ]);
    expect(messages(files, 'en')).toEqual([
      'trattamenti/liste-elettorali.yaml:22:16 public-dissemination a public body may communicate personal data to "privati", who use them for their own purposes, only where a law or regulation provides for it: name it in the recipient\'s "norma" (Codice Art. 2-ter(1) and (3))',
    ]);
  });

  it('with the norm in the recipient\'s "norma" is silent', () => {
    const withNorm = RECORD.replace(LISTS, `${PARTIES}    norma: "D.P.R. 223/1967, art. 51, c. 5"\n`);
    expect(messages({ 'trattamenti/liste-elettorali.yaml': withNorm })).toEqual([]);
  });

  it('from a private controller is no concern of the rule: only public bodies need the norm', () => {
    const company = readFileSync(join(COMUNE, 'registro.yaml'), 'utf8').replace('ente_pubblico: true', 'ente_pubblico: false').replace('tipo: comune', 'tipo: impresa');
    const found = messages({ 'registro.yaml': company, 'trattamenti/liste-elettorali.yaml': RECORD.replace(LISTS, PARTIES) });
    expect(found.filter((f) => f.includes('public-dissemination'))).toEqual([]);
  });
});

describe("a register's own recipient category of private parties", () => {
  it('declared with privati: true needs the norm as the built-in one does', () => {
    const vocabulary = 'destinatari:\n  - id: associazioni-volontariato\n    it: Associazioni di volontariato del territorio\n    privati: true\n';
    const record = RECORD.replace(`  - categoria: privati\n${LISTS}`, '  - categoria: associazioni-volontariato\n    descrizione: Elenco degli elettori ultraottantenni per la consegna della spesa a domicilio\n');
    expect(messages({ 'vocabolario.yaml': vocabulary, 'trattamenti/liste-elettorali.yaml': record }).map((m) => m.split(' ').slice(0, 2).join(' '))).toEqual([
      'trattamenti/liste-elettorali.yaml:22:16 public-dissemination',
    ]);
  });
});
