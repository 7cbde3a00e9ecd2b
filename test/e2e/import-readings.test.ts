import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { EXAMPLE, registro, remove, tempDir } from '../helpers.js';

/**
 * What offices write that an import must read right: a norm in the purpose cell with no basis,
 * acts written without dots ("DPR 445/2000") or with their date first, a country after its
 * preposition, a register of label-value cards with dates of their own, a title block whose
 * date cannot be read, the workbook's own words for the mode read back.
 */
const work = tempDir('registro-import-readings-');
afterAll(() => remove(work));
const record = (out: string, id: string) => parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8'));

function importCsv(name: string, rows: string[]): string {
  const file = join(work, `${name}.csv`);
  writeFileSync(file, rows.join('\r\n') + '\r\n');
  const out = join(work, name);
  const run = registro(['import', file, '-o', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return out;
}

describe('norms and countries as offices write them', () => {
  const out = importCsv('norme', [
    'Denominazione;Finalità e basi legali del trattamento;Categorie di interessati;Categorie di dati;Trasferimenti verso Paesi terzi',
    'Accesso agli atti;Accesso agli atti (L. 241/1990);Richiedenti;Dati anagrafici;No',
    'Protocollo;Registrazione della corrispondenza - art. 6.1.c - DPR 445/2000;Cittadini;Dati anagrafici;No',
    'Conservazione a norma;Conservazione dei documenti informatici (D.M. 7 dicembre 2006, n. 305);Cittadini;Dati anagrafici;Sì, verso USA e India',
  ]);

  it('a norm with no basis beside it is kept, with 6.1.e to check, and the purpose is the rest', () => {
    expect(record(out, 'accesso-agli-atti').finalita).toEqual([{ descrizione: 'Accesso agli atti', basi_giuridiche: [{ base: '6.1.e', norma: 'L. 241/1990' }] }]);
    expect(readFileSync(join(out, 'importazione.md'), 'utf8')).toContain('6.1.e (da una norma: verifica se è 6.1.c)');
  });

  it('acts written without dots, or with their date before the number', () => {
    expect(record(out, 'protocollo').finalita).toEqual([{ descrizione: 'Registrazione della corrispondenza', basi_giuridiche: [{ base: '6.1.c', norma: 'DPR 445/2000' }] }]);
    expect(record(out, 'conservazione-a-norma').finalita[0].basi_giuridiche).toEqual([{ base: '6.1.e', norma: 'D.M. 7 dicembre 2006, n. 305' }]);
  });

  it('a country after its preposition', () => {
    expect(record(out, 'conservazione-a-norma').trasferimenti).toEqual([{ paese: 'US' }, { paese: 'IN' }]);
  });
});

describe('a workbook of label-value cards', () => {
  it("takes each card's dates as its activity's, not as the register's", async () => {
    const wb = new ExcelJS.Workbook();
    for (const [sheet, name, created] of [['Scheda Anagrafe', 'Anagrafe', '05/07/2019'], ['Scheda Tributi', 'Tributi', '12/03/2021']] as const) {
      const s = wb.addWorksheet(sheet);
      for (const row of [['Descrizione del trattamento', name], ['Finalità', `Gestione ${name.toLowerCase()}`], ['Base giuridica', 'Art. 6.1.e'], ['Categorie di interessati', 'Cittadini'], ['Categorie di dati', 'Dati anagrafici'], ['Data di creazione', created]]) s.addRow(row);
    }
    const file = join(work, 'schede.xlsx');
    await wb.xlsx.writeFile(file);
    const out = join(work, 'schede');
    const run = registro(['import', file, '-o', out]);
    expect(run.stderr).toBe('');
    expect(record(out, 'anagrafe').creato).toBe('2019-07-05');
    expect(record(out, 'tributi').creato).toBe('2021-03-12');
    // Both cards named by their description: both imported.
    const registroYaml = parse(readFileSync(join(out, 'registro.yaml'), 'utf8'));
    expect(registroYaml.registro.creato).toBe('2026-12-03');
  });
});

describe('the title block', () => {
  it('a date that cannot be read is named in the report, and a month alone is its first day', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('Registro');
    s.addRow(['Registro delle attività di trattamento - Comune di Montevecchio']);
    s.addRow(['Data di creazione', '31/02/2019']);
    s.addRow(['Ultimo aggiornamento: marzo 2024']);
    s.addRow([]);
    s.addRow(['Denominazione', 'Finalità', 'Base giuridica', 'Categorie di interessati', 'Categorie di dati']);
    s.addRow(['Protocollo', 'Registrazione della corrispondenza', 'Art. 6.1.c', 'Cittadini', 'Dati anagrafici']);
    const file = join(work, 'titolo.xlsx');
    await wb.xlsx.writeFile(file);
    const out = join(work, 'titolo');
    expect(registro(['import', file, '-o', out]).stderr).toBe('');
    const registroYaml = parse(readFileSync(join(out, 'registro.yaml'), 'utf8'));
    expect(registroYaml.registro.aggiornato).toBe('2024-03-01');
    expect(readFileSync(join(out, 'importazione.md'), 'utf8')).toContain('Intestazione: la data "31/02/2019" (registro.creato) non si legge come data');
  });
});

describe("the workbook's own words read back", () => {
  it('a csv export imported again keeps the mode of each activity ("su carta e con strumenti elettronici" is misto)', () => {
    const csv = join(work, 'export.csv');
    expect(registro(['export', EXAMPLE, '-f', 'csv', '-o', csv]).status).toBe(0);
    const out = join(work, 'from-csv');
    expect(registro(['import', csv, '-o', out]).status).toBe(0);
    const original = parse(readFileSync(join(EXAMPLE, 'trattamenti/accesso-civico.yaml'), 'utf8'));
    expect(original.modalita).toBe('misto');
    const back = parse(readFileSync(join(out, 'trattamenti', 'accesso-documentale-civico-semplice-e-generalizzato.yaml'), 'utf8'));
    expect(back.modalita).toBe('misto');
    expect(back.applicativi).not.toContain('su carta e con strumenti elettronici');
  });
});

describe('a workbook of lists only', () => {
  it('stops, naming its sheets and --foglio, and writes nothing', async () => {
    const exported = join(work, 'liste.xlsx');
    expect(registro(['export', EXAMPLE, '-o', exported]).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    for (const sheet of [...wb.worksheets]) if (sheet.state !== 'visible' || /^Registro/.test(sheet.name)) wb.removeWorksheet(sheet.id);
    await wb.xlsx.writeFile(exported);
    const out = join(work, 'liste');
    const run = registro(['import', exported, '-o', out]);
    expect(run.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toMatch(/^registro: in ".*liste\.xlsx" nessun foglio descrive trattamenti .*"Soggetti".*--foglio NOME.*nessun file è stato scritto\n$/);
  });
});
