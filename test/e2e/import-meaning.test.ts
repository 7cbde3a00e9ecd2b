import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, registro, remove, tempDir } from '../helpers.js';

const FIXTURES = join(ROOT, 'test/fixtures/import');
const work = tempDir('registro-import-meaning-');
afterAll(() => remove(work));
const read = (dir: string, id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8'));
const records = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'trattamenti')).map((f) => [f, parse(readFileSync(join(dir, 'trattamenti', f), 'utf8'))]));

/** Word and Writer documents need LibreOffice: its absence is a failure, never a skip. */
function needSoffice(): boolean {
  if (spawnSync('soffice', ['--version']).status === 0) return true;
  throw new Error('LibreOffice is not installed: .ci/run installs it (apt-get install libreoffice-calc libreoffice-writer)');
}

/** A register as offices write it: a merged title block, the Garante's headings with a typo, a formula, an error, notes and another table under it. */
async function garanteWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Registro 2023');
  s.getCell('A1').value = 'COMUNE DI BORGOFRANCO';
  s.mergeCells('A1:J1');
  s.getCell('A2').value = 'Registro delle attività di trattamento (art. 30 GDPR)';
  s.mergeCells('A2:J2');
  s.addRow([]);
  s.addRow(['Tipologia di trattamento', 'Finalità e basi legali del trattamento', 'Categorie di intressati', 'Categorie di dati personali', 'Categorie di destinatari', 'Trasferimento dati verso paesi terzi', 'Termini ultimi di cancellazione previsti', 'Misure di sicurezza tecniche e organizzative', 'Data creazione', 'Ultimo aggiornamento']);
  s.addRow(['Tributi – IMU', 'Accertamento e riscossione dell\'IMU - Base: obbligo legale (art. 6.1.c)', 'Contribuenti', 'Dati anagrafici; Dati reddituali', 'Agenzia delle Entrate', 'No', '10 anni', '  Credenziali individuali  ', '24/05/2018', new Date(Date.UTC(2023, 0, 31))]);
  s.addRow(['Polizia locale – verbali', 'Contestazione delle violazioni al Codice della strada; compito di interesse pubblico (art. 6.1.e)', 'Cittadini', 'Dati anagrafici', 'Prefettura', 'No', { formula: 'CONCATENATE("5"," anni")', result: '5 anni' }, { error: '#N/A' }, '', '']);
  s.addRow(['Albo pretorio', 'Pubblicazione degli atti']);
  s.addRow([]);
  s.addRow(['Nota: il registro è approvato con delibera n. 45/2023.']);
  s.addRow(['Responsabili esterni']);
  s.addRow(['Fornitore', 'Servizio', 'Scadenza nomina']);
  s.addRow(['Maggioli Spa', 'Software tributi', '31/12/2025']);
  await wb.xlsx.writeFile(file);
}

describe('a Word register and the same register from Writer', () => {
  for (const name of ['registro-word.docx', 'registro-writer.odt']) {
    it(`${name}: headings by meaning, two fields in one heading, dates from the source, what is left out reported`, () => {
      if (!needSoffice()) return;
      const out = join(work, name);
      const run = registro(['import', join(FIXTURES, name), '-o', out]);
      expect(run.stdout).toMatch(/^3 trattamenti importati .*2 righe non importate/);
      const r = read(out, 'iscrizioni-degli-alunni');
      expect(r).toMatchObject({
        finalita: [{ descrizione: 'Gestione delle iscrizioni e della carriera scolastica', basi_giuridiche: [{ base: '6.1.c' }] }],
        interessati: ['alunni', 'genitori'],
        dati: ['identificativi', 'contatto'],
        dati_particolari: [{ categoria: 'salute' }],
        trasferimenti: [],
        misure_descrizione: 'Credenziali individuali\nArmadi chiusi a chiave',
        creato: '2018-09-01',
        importazione: { data: '2026-12-03' },
      });
      expect(r.aggiornato).toBeUndefined();
      // The processors' table under the register is not an activity.
      expect(readdirSync(join(out, 'trattamenti'))).toHaveLength(3);
      const report = readFileSync(join(out, 'importazione.md'), 'utf8');
      expect(report).toContain('Riga 9 non importata (una sola cella): Note: il registro è aggiornato annualmente');
      expect(report).toContain("Riga 11 non importata (un'altra tabella, fino alla riga 12): Fornitore | Servizio | Atto di nomina");
    });
  }
});

describe('a workbook in the Garante model, as an office keeps it', () => {
  const file = join(work, 'garante.xlsx');
  const out = join(work, 'garante');
  beforeAll(async () => {
    await garanteWorkbook(file);
  });

  it('--anteprima shows each column, its field and score, and writes nothing', () => {
    const r = registro(['import', file, '-o', out, '--anteprima']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nessun file scritto');
    expect(r.stdout).toMatch(/B +Finalità e basi legali del trattamento +finalita +1\.00/);
    expect(r.stdout).toMatch(/B +Finalità e basi legali del trattamento +base +1\.00/);
    expect(r.stdout).toMatch(/C +Categorie di intressati +interessati +[01]\.\d\d/);
    expect(r.stdout).toMatch(/J +Ultimo aggiornamento +aggiornato/);
    expect(r.stdout).toContain('3 trattamenti da importare.');
    expect(existsSync(out)).toBe(false);
    const en = registro(['import', file, '-o', out, '--anteprima', '--lang', 'en']);
    expect(en.stdout).toContain('no file written');
    expect(en.stdout).toContain('3 activities to import.');
  });

  it('imports every row with two cells or more; formulas by their result, errors as text and reported', () => {
    expect(registro(['import', file, '-o', out]).status).toBe(0);
    expect(read(out, 'tributi-imu')).toMatchObject({
      finalita: [{ basi_giuridiche: [{ base: '6.1.c' }] }],
      interessati: ['contribuenti'],
      creato: '2018-05-24',
      aggiornato: '2023-01-31',
      importazione: { riga: 5, originali: { 'Misure di sicurezza tecniche e organizzative': '  Credenziali individuali  ', 'Data creazione': '24/05/2018' } },
    });
    const verbali = read(out, 'polizia-locale-verbali');
    expect(verbali.conservazione).toEqual([{ durata: '5 anni' }]);
    expect(verbali.importazione.originali['Misure di sicurezza tecniche e organizzative']).toBe('#N/A');
    expect(verbali.creato).toBeUndefined();
    expect(read(out, 'albo-pretorio').finalita).toEqual([{ descrizione: 'Pubblicazione degli atti' }]);
    const report = readFileSync(join(out, 'importazione.md'), 'utf8');
    expect(report).toContain('Cella H6: errore di Excel #N/A, nessun valore letto (la cella resta alla lettera in importazione.originali');
    // An error is no term of the vocabulary, nor a measure.
    const { importazione: _verbatim, ...facts } = verbali;
    expect(JSON.stringify(facts)).not.toMatch(/n-a|#N\/A/);
    expect(report).toContain("Riga 11 non importata (un'altra tabella");
    expect(parse(readFileSync(join(out, 'registro.yaml'), 'utf8')).titolare.denominazione).toBe('Comune di Borgofranco');
  });

  it('validate says which records lack a creation date', () => {
    const result = JSON.parse(registro(['validate', out, '--format', 'json']).stdout);
    const missing = result.diagnostics.filter((d: { ruleId: string; message: string }) => d.ruleId === 'dates' && d.message.includes('"creato"')).map((d: { file: string }) => d.file.split('/').pop());
    expect(missing.sort()).toEqual(['albo-pretorio.yaml', 'polizia-locale-verbali.yaml']);
  });
});

describe('other shapes', () => {
  it('an English register saved by Excel as "Unicode text" (UTF-16 LE with BOM)', () => {
    const text = 'Processing activity\tPurpose\tLegal basis\tData subjects\tCategories of personal data\tRecipients\tInternational transfers\tRetention\tSecurity measures\r\nPayroll\tPaying salaries\tLegal obligation (Art. 6(1)(c))\tEmployees\tBank and payment data\tRevenue agency\tNone\t10 years\tEncryption\r\n';
    const file = join(work, 'ico.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const out = join(work, 'ico');
    expect(registro(['import', file, '-o', out]).status).toBe(0);
    expect(read(out, 'payroll')).toMatchObject({ finalita: [{ descrizione: 'Paying salaries', basi_giuridiche: [{ base: '6.1.c' }] }], interessati: ['dipendenti'], dati: ['bancari'], conservazione: [{ durata: '10 years' }] });
    expect(readFileSync(join(out, 'importazione.md'), 'utf8')).toContain('Codifica UTF-16 LE, separatore tabulazione');
  });

  it('vertical Campo | Dettaglio tables in Markdown, with an unknown label kept verbatim', () => {
    const out = join(work, 'md');
    expect(registro(['import', join(FIXTURES, 'schede-verticali.md'), '-o', out]).stdout).toMatch(/^2 trattamenti importati/);
    expect(read(out, 'servizi-demografici-anagrafe')).toMatchObject({ finalita: [{ basi_giuridiche: [{ base: '6.1.c', norma: 'L. 1228/1954; D.P.R. 223/1989' }] }], interessati: ['residenti'], referente: "Ufficiale d'anagrafe" });
    expect(read(out, 'asilo-nido-comunale').importazione.originali['Note interne']).toBe('Scheda da rivedere con il nuovo regolamento');
  });

  it('the pre-GDPR schede of D.Lgs. 196/2003 in HTML', () => {
    const out = join(work, 'schede');
    expect(registro(['import', join(FIXTURES, 'schede-dlgs196.html'), '-o', out]).stdout).toMatch(/^2 trattamenti importati/);
    expect(read(out, 'servizi-sociali-assistenza-domiciliare')).toMatchObject({
      descrizione: "I dati sono raccolti presso l'interessato dall'assistente sociale e comunicati all'ASL per la presa in carico.",
      finalita: [{ basi_giuridiche: [{ base: '6.1.e', norma: 'L. 328/2000; L.R. 41/2005' }] }],
      dati_particolari: [{ categoria: 'salute' }, { categoria: 'convinzioni-religiose' }],
      operazioni: ['raccolta', 'registrazione', 'consultazione', 'comunicazione'],
    });
  });

  it('no heading: the error lists the headings seen and the mapping file that would fix it', () => {
    const file = join(work, 'strano.csv');
    writeFileSync(file, 'Voce;Perché;Chi riguarda\nMensa;Iscrizione alla mensa;Genitori\n');
    const r = registro(['import', file, '-o', join(work, 'strano')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Intestazioni viste alla riga 1: "Voce", "Perché", "Chi riguarda"');
    expect(r.stderr).toContain('riga_intestazione: 1\ncolonne:\n');
    expect(r.stderr).toContain('finalita: "Perché"');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('import, export, import again: stable for every fixture', () => {
  const cases: Array<[string, () => string | undefined]> = [
    ['registro-word.docx', () => (needSoffice() ? join(FIXTURES, 'registro-word.docx') : undefined)],
    ['schede-verticali.md', () => join(FIXTURES, 'schede-verticali.md')],
    ['schede-dlgs196.html', () => join(FIXTURES, 'schede-dlgs196.html')],
    ['registro-comune-vercelli.tsv', () => join(FIXTURES, 'registro-comune-vercelli.tsv')],
  ];
  for (const [name, source] of cases) {
    it(name, () => {
      const file = source();
      if (!file) return;
      const first = join(work, `st-${name}`);
      expect(registro(['import', file, '-o', first]).status).toBe(0);
      const xlsx = join(work, `st-${name}.xlsx`);
      expect(registro(['export', first, '-o', xlsx]).status).toBe(0);
      const second = join(work, `st2-${name}`);
      expect(registro(['import', xlsx, '-o', second]).stdout).toMatch(/ 0 con celle modificate in Excel/);
      expect(records(second)).toEqual(records(first));
    });
  }
});
