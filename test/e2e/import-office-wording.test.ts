import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { locations, registro, remove, tempDir } from '../helpers.js';

/** Cells written as offices write them, where a literal reading put facts in the wrong field or lost them. */
const work = tempDir('registro-import-wording-');
afterAll(() => remove(work));

function imported(name: string, lines: string[]) {
  const file = join(work, `${name}.csv`);
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  const out = join(work, name);
  const run = registro(['import', file, '-o', out]);
  expect(run.status).toBe(0);
  return { out, record: (id: string) => parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8')), vocabulary: () => parse(readFileSync(join(out, 'vocabolario.yaml'), 'utf8')) };
}

describe('a workbook with nothing to import', () => {
  it('says so, naming the file the user gave', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Registro');
    const file = join(work, 'vuoto.xlsx');
    await workbook.xlsx.writeFile(file);
    const r = registro(['import', file, '-o', join(work, 'vuoto')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('registro: "vuoto.xlsx" non ha righe da importare: i suoi fogli visibili sono vuoti\n');
  });
});

describe('a register written across, one activity per column', () => {
  it('gives one record per column, each with its own values and dates', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Registro');
    sheet.addRow(['Comune di Roccaverde - Registro dei trattamenti']);
    sheet.addRow([]);
    sheet.addRow(['Denominazione del trattamento', 'Anagrafe', 'Servizi sociali', 'Polizia locale']);
    sheet.addRow(['Finalità del trattamento', "Tenuta dell'anagrafe", 'Contributi economici', 'Sanzioni al codice della strada']);
    sheet.addRow(['Base giuridica', 'obbligo di legge (L. 1228/1954)', 'compito di interesse pubblico (L. 328/2000)', 'obbligo di legge (D.Lgs. 285/1992)']);
    sheet.addRow(['Categorie di interessati', 'Residenti', 'Famiglie', 'Trasgressori']);
    sheet.addRow(['Data ultimo aggiornamento', '30/06/2024', '15/05/2024', '01/03/2024']);
    const file = join(work, 'trasposto.xlsx');
    await workbook.xlsx.writeFile(file);
    const out = join(work, 'trasposto');
    const run = registro(['import', file, '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^3 trattamenti importati/);
    const read = (id: string) => parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8'));
    expect(read('servizi-sociali').finalita[0]).toEqual({ descrizione: 'Contributi economici', basi_giuridiche: [{ base: '6.1.e', norma: 'L. 328/2000' }] });
    expect(read('polizia-locale').aggiornato).toBe('2024-03-01');
    expect(read('anagrafe').aggiornato).toBe('2024-06-30');
  });

  it('reads two labels with their values on one row of a card', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Scheda');
    sheet.addRow(['Denominazione del trattamento', 'Gestione del personale']);
    sheet.addRow(['Finalità del trattamento', 'Amministrazione del rapporto di lavoro']);
    sheet.addRow(['Base giuridica', 'contratto']);
    sheet.addRow(['Data di creazione', '12/03/2019', 'Ultimo aggiornamento', '05/06/2024']);
    const file = join(work, 'scheda.xlsx');
    await workbook.xlsx.writeFile(file);
    const out = join(work, 'scheda');
    expect(registro(['import', file, '-o', out]).status).toBe(0);
    const record = parse(readFileSync(join(out, 'trattamenti', 'gestione-del-personale.yaml'), 'utf8'));
    expect([record.creato, record.aggiornato]).toEqual(['2019-03-12', '2024-06-05']);
  });
});

describe('legal bases ticked with an X under their own headings', () => {
  it('are the headings of the ticked columns', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Registro');
    sheet.addRow(['Attività di trattamento', 'Finalità', 'Base giuridica', '', '', '', 'Interessati']);
    sheet.addRow(['', '', 'Consenso', 'Contratto', 'Obbligo legale', 'Legittimo interesse', '']);
    sheet.mergeCells('C1:F1');
    sheet.addRow(['Gestione clienti e fatturazione', 'Fatturazione delle vendite', '', 'X', 'X', '', 'Clienti']);
    sheet.addRow(['Newsletter commerciale', 'Invio di offerte', 'X', '', '', '', 'Iscritti']);
    sheet.addRow(['Videosorveglianza del piazzale', 'Tutela del patrimonio', '', '', '', 'x', 'Visitatori']);
    const file = join(work, 'spunte.xlsx');
    await workbook.xlsx.writeFile(file);
    const out = join(work, 'spunte');
    expect(registro(['import', file, '-o', out]).status).toBe(0);
    const bases = (id: string) => (parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8')).finalita[0].basi_giuridiche as Array<{ base: string }>).map((b) => b.base);
    expect(bases('gestione-clienti-e-fatturazione')).toEqual(['6.1.b', '6.1.c']);
    expect(bases('newsletter-commerciale')).toEqual(['6.1.a']);
    expect(bases('videosorveglianza-del-piazzale')).toEqual(['6.1.f']);
  });
});

describe('a register sheet beside a legend', () => {
  it('takes no area from its sheet name ("Foglio1"): one sheet per area needs several sheets of activities', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const register = workbook.addWorksheet('Foglio1');
    register.addRow(['Denominazione del trattamento', 'Finalità del trattamento', 'Base giuridica', 'Categorie di interessati']);
    register.addRow(['Paghe', 'Elaborazione delle retribuzioni', 'obbligo di legge', 'Dipendenti']);
    register.addRow(['Clienti', 'Gestione degli ordini', 'contratto', 'Clienti']);
    const legend = workbook.addWorksheet('Legenda');
    legend.addRow(['Sigla', 'Significato']);
    legend.addRow(['RPD', 'Responsabile della protezione dei dati']);
    const file = join(work, 'foglio1.xlsx');
    await workbook.xlsx.writeFile(file);
    const out = join(work, 'foglio1');
    expect(registro(['import', file, '-o', out]).status).toBe(0);
    for (const id of ['paghe', 'clienti']) expect(parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8')).area, id).toBeUndefined();
  });
});

describe('import of office wording', () => {
  it('criminal-record data in the special-categories column are art. 10 data, not art. 9', () => {
    const { out, record, vocabulary } = imported('giudiziari', [
      'Denominazione del trattamento;Finalità del trattamento;Base giuridica;Categorie di interessati;Categorie di dati personali;Categorie particolari di dati',
      'Gare e contratti;Verifica dei requisiti dei fornitori;obbligo di legge (D.Lgs. 36/2023);Fornitori;Dati identificativi;"casellario giudiziale; condanne penali (certificato, art. 10 GDPR); provvedimenti dell\'autorità giudiziaria"',
      'Protocollo;Registrazione della corrispondenza;obbligo di legge (D.P.R. 445/2000);Cittadini;Dati identificativi;',
    ]);
    const gare = record('gare-e-contratti');
    expect(gare.dati_particolari).toBeUndefined();
    expect(gare.dati).toContain('giudiziari');
    // What no synonym names becomes a term of the register's own, of the art. 10 class.
    const own = (vocabulary().dati ?? []) as Array<{ id: string; classe: string }>;
    expect(own.map((t) => t.classe)).toEqual(own.map(() => 'giudiziario'));
    const found = locations(registro(['validate', out]).stdout, 'special-condition', 'special-norm');
    expect(found).toEqual([]);
  });

  it('the report keeps a long value whole: the DPO checks what was read against what was written', () => {
    const retention = 'Fascicoli degli alunni: conservazione permanente (archivio storico); registri delle presenze: 5 anni dalla fine dell\'anno scolastico; elaborati degli esami: 1 anno dalla pubblicazione degli esiti; certificati medici: fino alla fine dell\'anno scolastico';
    const { out } = imported('conservazione-lunga', [
      'Denominazione del trattamento;Finalità del trattamento;Base giuridica;Categorie di interessati;Termini di cancellazione',
      `Alunni;Gestione della carriera scolastica;obbligo di legge;Alunni;"${retention}"`,
      'Protocollo;Registrazione della corrispondenza;obbligo di legge (D.P.R. 445/2000);Cittadini;permanente',
    ]);
    const report = readFileSync(join(out, 'importazione.md'), 'utf8');
    expect(report.replace(/\s+/g, ' ')).toContain('certificati medici: fino alla fine dell\'anno scolastico');
  });

  it('the norm a cell cites is also that of the art. 9 condition it names', () => {
    const { record } = imported('condizione-norma', [
      'Denominazione del trattamento;Finalità del trattamento;Base giuridica;Categorie di interessati;Categorie di dati personali;Categorie particolari di dati',
      'Fascicolo sanitario;Alimentazione del fascicolo sanitario elettronico;"Art. 6 par. 1 lett. e); Art. 9 par. 2 lett. h); D.L. 179/2012 art. 12";Assistiti;Dati identificativi;Dati sanitari',
      'Protocollo;Registrazione della corrispondenza;obbligo di legge (D.P.R. 445/2000);Cittadini;Dati identificativi;',
    ]);
    expect(record('fascicolo-sanitario').dati_particolari).toEqual([{ categoria: 'salute', condizione: '9.2.h', norma: 'D.L. 179/2012 art. 12' }]);
  });

  it('legal bases with no purpose written stay, under a purpose still to write', () => {
    const { out, record } = imported('senza-finalita', [
      'Denominazione del trattamento;Finalità del trattamento;Base giuridica;Categorie di interessati',
      'Albo fornitori;;contratto, obbligo di legge (D.Lgs. 36/2023);Fornitori',
      'Protocollo;Registrazione della corrispondenza;obbligo di legge (D.P.R. 445/2000);Cittadini',
    ]);
    const albo = record('albo-fornitori');
    expect(albo.finalita).toEqual([
      {
        descrizione: 'DA COMPLETARE: finalità del trattamento',
        basi_giuridiche: [
          { base: '6.1.b', norma: 'D.Lgs. 36/2023' },
          { base: '6.1.c', norma: 'D.Lgs. 36/2023' },
        ],
      },
    ]);
    expect(registro(['validate', out]).stdout).toMatch(/albo-fornitori\.yaml:\d+:\d+ +errore +valore da completare: «DA COMPLETARE: finalità del trattamento»/);
  });
});
