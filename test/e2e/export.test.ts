import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE, MINIMAL, registerWith, registro, remove, tempDir } from '../helpers.js';

const out = tempDir('registro-export-');
afterAll(() => remove(out));

async function readWorkbook(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Row values of a sheet as strings, by 1-based row number. */
function rowValues(sheet: ExcelJS.Worksheet, n: number): string[] {
  const values = sheet.getRow(n).values as unknown[];
  return values.slice(1).map((v) => (v === undefined || v === null ? '' : String(v)));
}

describe('registro export to xlsx', () => {
  const file = join(out, 'registro.xlsx');
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = registro(['export', EXAMPLE, '-o', file]);
    expect(r.stderr).toBe('registro: il registro non ha errori né avvisi aperti\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('18 trattamenti');
    wb = await readWorkbook(file);
  });

  it('has the controller and processor registers, parties, services and legend', () => {
    expect(wb.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['Registro del titolare', 'Registro del responsabile', 'Soggetti', 'Servizi', 'Legenda', 'Modifiche']);
    // The register's own data travels in a very hidden sheet, for an exact import back. Calc
    // lists it under Sheet > Show Sheet: its name says what it is for (it was "registro-dati").
    expect(wb.getWorksheet('Dati per registro import')!.state).toBe('veryHidden');
    // File > Properties names the program that wrote it, never the library under it.
    expect(wb.creator).toMatch(/^registro /);
    expect(wb.lastModifiedBy).toBe(wb.creator);
    expect(wb.worksheets.map((s) => s.name)).not.toContain('registro-dati');
  });

  it('opens with the header block: controller, DPO, dates', () => {
    const sheet = wb.getWorksheet('Registro del titolare')!;
    expect(sheet.getCell('A1').value).toBe('Registro delle attività di trattamento del titolare (art. 30, par. 1, GDPR)');
    expect(sheet.getCell('A2').value).toBe('Titolare');
    expect(String(sheet.getCell('C2').value)).toMatch(/^Comune di Vallechiara — Piazza della Repubblica 1/);
    expect(sheet.getCell('A3').value).toBe('Responsabile protezione dati (RPD)');
    expect(String(sheet.getCell('C3').value)).toContain('rpd@comune.vallechiara.vt.it');
    // Real dates, shown as an Italian reader expects them.
    expect([sheet.getCell('A4').value, sheet.getCell('C4').value]).toEqual(['Registro istituito il', new Date('2018-05-24T00:00:00Z')]);
    // registro.yaml says 2026-10-12; its latest record was updated on 2026-12-02, and so was the register.
    expect([sheet.getCell('A5').value, sheet.getCell('C5').value]).toEqual(['Ultimo aggiornamento', new Date('2026-12-02T00:00:00Z')]);
    expect([sheet.getCell('A6').value, sheet.getCell('C6').value]).toEqual(['Generato il', new Date('2026-12-03T00:00:00Z')]);
    expect(sheet.getCell('C4').numFmt).toBe('dd/mm/yyyy');
  });

  it('groups the headings by art. 30 item, in merged cells over the column headings', () => {
    const sheet = wb.getWorksheet('Registro del titolare')!;
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    // The columns repeated on every page across (A:B) have their own label: merged over A:E, the
    // label was printed over the next page's first columns.
    for (const range of ['A8:B8', 'C8:E8', 'F8:G8', 'H8:O8', 'P8:Q8', 'U8:V8', 'W8:X8']) expect(merges).toContain(range);
    expect(sheet.getCell('A8').value).toBe('Trattamento');
    expect(sheet.getCell('C8').value).toBe('Trattamento');
    expect(sheet.getCell('F8').value).toBe('Finalità e basi giuridiche (art. 30.1.b)');
    expect(sheet.getCell('R8').value).toBe('Trasferimenti (art. 30.1.e)');
    expect(sheet.getCell('Y8').value).toBe('Altre informazioni');
    expect(rowValues(sheet, 9)).toEqual([
      'ID', 'Trattamento', 'Descrizione', 'Area / ufficio', 'Referente interno', 'Finalità', 'Basi giuridiche e norme',
      'Categorie di interessati', 'Categorie di dati personali', 'Categorie particolari (art. 9) e condizione', 'Dati giudiziari (art. 10)',
      'Raccolta e fonte', 'Operazioni', 'Modalità e applicativi', 'Conferimento dei dati',
      'Categorie di destinatari', 'Responsabili del trattamento (art. 28)', 'Trasferimento dati verso paesi terzi',
      'Termini ultimi di cancellazione previsti', 'Misure di sicurezza tecniche e organizzative',
      'Caratteristiche rilevanti (artt. 8, 21, 22 e 35)', "Valutazione d'impatto",
      'Scheda creata il', 'Ultimo aggiornamento', 'Note',
    ]);
  });

  it('freezes the headings, filters them, and prints A3 landscape with repeated headings and page numbers', () => {
    const sheet = wb.getWorksheet('Registro del titolare')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 9 });
    // Over the whole table, and named as LibreOffice reads it (test/e2e/libreoffice.test.ts).
    expect(sheet.autoFilter).toBe('A9:Y27');
    // Too wide for one page at a readable size: pages across, each with the id and the name, at
    // a fixed scale (a fit to N pages would ignore the breaks at the groups' edges).
    expect(sheet.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', printTitlesRow: '8:9', printTitlesColumn: 'A:B' });
    expect(sheet.pageSetup.fitToPage).toBeFalsy();
    expect(sheet.pageSetup.scale).toBeGreaterThanOrEqual(70);
    expect(sheet.headerFooter.oddFooter).toContain('Pagina &P di &N');
  });

  it('has one row per activity, with multi-value cells on separate lines', () => {
    const sheet = wb.getWorksheet('Registro del titolare')!;
    const ids = readdirSync(join(EXAMPLE, 'trattamenti')).map((f) => f.replace(/\.yaml$/, '')).sort();
    const rows = ids.map((_, i) => rowValues(sheet, 10 + i));
    expect(rows.map((r) => r[0])).toEqual(ids);
    const transport = rows.find((r) => r[0] === 'trasporto-scolastico')!;
    expect(transport[1]).toBe('Trasporto scolastico e agevolazioni tariffarie');
    // Closed values in words, never the YAML's codes.
    expect(transport[11]).toBe("presso l'interessato (art. 13)");
    expect(transport[13]!.split('\n')[0]).toBe('su carta e con strumenti elettronici');
    expect(transport[3]).toBe('Area Servizi alla Persona - Pubblica Istruzione\nUfficio Pubblica Istruzione');
    expect(transport[6]).toContain("6.1.e esecuzione di un compito di interesse pubblico o esercizio di pubblici poteri — D.P.C.M. 159/2013 (ISEE); Regolamento comunale del trasporto scolastico, art. 9");
    expect(transport[7]).toBe('Genitori e familiari\nAlunni');
    expect(transport[9]).toBe('Dati relativi alla salute (9.2.g motivi di interesse pubblico rilevante) — L. 104/1992, art. 12; Codice, art. 2-sexies, c. 2, lett. bb');
    // Each party once, where it belongs: processors in their own column, with what they receive.
    expect(transport[15]).toBe("INPS (Verifica dell'attestazione ISEE)\nIstituzioni scolastiche (Orari e frequenza degli alunni trasportati)");
    expect(transport[16]).toBe('Autolinee dei Cimini S.r.l. (Elenchi degli alunni per fermata (senza dati economici né sanitari))\nSoftware Gestionali Centro Italia S.p.A.');
    expect(transport[17]).toBe('nessuno');
    expect(sheet.getCell(10 + ids.indexOf('trasporto-scolastico'), 23).value).toEqual(new Date('2019-05-24T00:00:00Z'));
    expect(transport[18]!.split('\n')[0]).toBe("5 anni dalla fine dell'anno scolastico (Piano di conservazione, titolo VII) — per: Dati anagrafici e identificativi, Dati di contatto, Codice fiscale, Dati sul nucleo familiare");
    const mail = rows.find((r) => r[0] === 'posta-elettronica')!;
    expect(mail[17]).toBe('Stati Uniti — MailCloud Inc. (capogruppo, supporto tecnico) — accesso da remoto — 45 decisione di adeguatezza della Commissione — Decisione di esecuzione (UE) 2023/1795 (EU-US Data Privacy Framework) — Certificazione DPF di MailCloud Inc.; copia su richiesta all\'RPD');
  });

  it('lists parties, services and every code used, with its label', () => {
    const parties = wb.getWorksheet('Soggetti')!;
    const sh = Array.from({ length: parties.rowCount }, (_, i) => rowValues(parties, i + 1)).find((r) => r[0] === 'autolinee-cimini')!;
    expect(sh.slice(0, 4)).toEqual(['autolinee-cimini', 'Autolinee dei Cimini S.r.l.', 'responsabile (art. 28)', 'IT Italia']);
    expect(sh[7]).toBe('Contratto di servizio con clausole art. 28 — Rep. n. 1460/2023');
    const legend = wb.getWorksheet('Legenda')!;
    const legendRows = Array.from({ length: legend.rowCount }, (_, i) => rowValues(legend, i + 1));
    expect(legendRows).toContainEqual(['Base giuridica (art. 6)', '6.1.e', 'esecuzione di un compito di interesse pubblico o esercizio di pubblici poteri']);
    expect(legendRows).toContainEqual(['Condizione (art. 9, par. 2)', '9.2.a', "consenso esplicito dell'interessato"]);
    expect(legendRows).toContainEqual(['Misure di sicurezza', 'cifratura', 'Cifratura dei dati']);
    const services = wb.getWorksheet('Servizi')!;
    const rows = Array.from({ length: services.rowCount }, (_, i) => rowValues(services, i + 1));
    expect(rows.find((r) => r[0] === 'sostegno-economico')![4]).toBe(
      'Contributi economici a persone e famiglie in difficoltà (contributi-economici)\nAssistenza domiciliare ad anziani e persone con disabilità (assistenza-domiciliare)',
    );
  });

  it('opens in LibreOffice Calc as Italian public bodies use it', () => {
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.status !== 0) {
      if (process.env.CI) throw new Error('LibreOffice (libreoffice-calc) is not installed: .ci/run installs it');
      return;
    }
    const dir = tempDir('registro-lo-');
    try {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76,1', '--outdir', dir, file], { timeout: 120_000, stdio: 'ignore' });
      const csv = readFileSync(join(dir, 'registro.csv'), 'utf8');
      expect(csv).toContain('Registro delle attività di trattamento del titolare (art. 30, par. 1, GDPR)');
      expect(csv).toContain('"trasporto-scolastico";"Trasporto scolastico e agevolazioni tariffarie";');
      expect(csv).toContain('"Genitori e familiari\nAlunni"');
    } finally {
      remove(dir);
    }
  });
});

describe('export options', () => {
  it('--lang en labels everything in English', async () => {
    const file = join(out, 'en.xlsx');
    expect(registro(['export', EXAMPLE, '-o', file, '--lang', 'en']).status).toBe(0);
    const wb = await readWorkbook(file);
    expect(wb.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['Controller register', 'Processor register', 'Parties', 'Services', 'Legend', 'Changes']);
    // Nothing Italian in an English workbook, not even the hidden data sheet's name.
    expect(wb.worksheets.map((s) => s.name)).toContain('Data for registro import');
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A9').value).toBe('ID');
    expect(sheet.getCell('H9').value).toBe('Categories of data subjects');
    expect(rowValues(sheet, 10)[7]).toBe('Applicants\nCitizens\nBusinesses and their representatives');
  });

  it('chooses and orders columns (a flag, a named set) and filters by area', async () => {
    const file = join(out, 'garante.xlsx');
    expect(registro(['export', EXAMPLE, '-o', file, '--insieme', 'garante', '--area', 'polizia']).status).toBe(0);
    const sheet = (await readWorkbook(file)).worksheets[0]!;
    const headerRow = 10; // one more heading line: the area filter
    expect(rowValues(sheet, headerRow)).toEqual([
      'Trattamento', 'Finalità e basi legali del trattamento', 'Categorie di interessati', 'Categorie di dati personali', 'Categorie di destinatari',
      'Trasferimento dati verso paesi terzi', 'Termini ultimi di cancellazione previsti', 'Misure di sicurezza tecniche e organizzative', 'Scheda creata il', 'Ultimo aggiornamento',
      'ID',
    ]);
    // The set shows no id: a hidden column carries it, for the round trip by id.
    expect(sheet.getColumn(11).hidden).toBe(true);
    expect(sheet.getCell(11, 11).value).toBe('polizia-locale-sanzioni');
    // Without the processors' column, the recipients' column lists them (as the Garante advises).
    expect(rowValues(sheet, 12)[4]).toContain('SicurVideo Impianti S.r.l.');
    expect([rowValues(sheet, 11)[0], rowValues(sheet, 12)[0], rowValues(sheet, 13)[0] ?? '']).toEqual([
      'Accertamento delle violazioni al Codice della strada e ai regolamenti', 'Videosorveglianza urbana per la sicurezza', '',
    ]);

    const csv = join(out, 'cols.csv');
    expect(registro(['export', EXAMPLE, '-f', 'csv', '-o', csv, '--colonne', 'denominazione,id']).status).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n')[1]).toBe('Accesso documentale, civico semplice e generalizzato;accesso-civico');
    const bad = registro(['export', EXAMPLE, '-o', join(out, 'x.xlsx'), '--colonne', 'denominazion']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('colonna "denominazion" sconosciuta: forse intendevi "denominazione"?');
  });

  it('a column set named in registro.yaml is used by default', async () => {
    const registroYaml = readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8') + 'opzioni:\n  export:\n    colonne: [id, finalita, conservazione]\n';
    const dir = registerWith({ 'registro.yaml': registroYaml });
    try {
      const csv = join(out, 'own.csv');
      expect(registro(['export', dir, '-f', 'csv', '-o', csv]).status).toBe(0);
      expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('\uFEFFID;Finalità;Termini ultimi di cancellazione previsti');
    } finally {
      remove(dir);
    }
  });

  it('json gives the resolved model for other tools', () => {
    const file = join(out, 'registro.json');
    expect(registro(['export', EXAMPLE, '-f', 'json', '-o', file]).status).toBe(0);
    const model = JSON.parse(readFileSync(file, 'utf8'));
    expect(model.titolare.denominazione).toBe('Comune di Vallechiara');
    expect(model.trattamenti).toHaveLength(18);
    const transport = model.trattamenti.find((t: { id: string }) => t.id === 'trasporto-scolastico');
    expect(transport.destinatari[0].soggetto).toMatchObject({ id: 'autolinee-cimini', denominazione: 'Autolinee dei Cimini S.r.l.', ruolo: 'responsabile' });
    expect(transport.interessati[1]).toEqual({ id: 'alunni', etichetta: 'Alunni' });
  });
});

describe('export safety', () => {
  const hostile = {
    'trattamenti/mensa.yaml': readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8')
      .replace('denominazione: Refezione scolastica', 'denominazione: "=HYPERLINK(\\"http://esempio.invalid\\",\\"clic\\")"')
      .replace('finalita:', 'area: "+39 0761 555100"\nreferente: "-1+1"\ndescrizione: "@SUM(A1:A9)"\nfinalita:'),
  };

  it('no YAML value becomes a formula, in xlsx or csv', async () => {
    const dir = registerWith(hostile);
    try {
      const xlsx = join(out, 'hostile.xlsx');
      expect(registro(['export', dir, '-o', xlsx, '--colonne', 'id,denominazione,area,referente,descrizione']).status).toBe(0);
      const sheet = (await readWorkbook(xlsx)).worksheets[0]!;
      for (let col = 2; col <= 5; col++) {
        const cell = sheet.getCell(10, col);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
      }
      expect(sheet.getCell(10, 2).value).toBe('=HYPERLINK("http://esempio.invalid","clic")');
      const csv = join(out, 'hostile.csv');
      expect(registro(['export', dir, '-f', 'csv', '-o', csv, '--colonne', 'denominazione,area,referente,descrizione']).status).toBe(0);
      expect(readFileSync(csv, 'utf8').split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://esempio.invalid"",""clic"")";'+39 0761 555100;'-1+1;'@SUM(A1:A9)`);
    } finally {
      remove(dir);
    }
  });

  it('replaces the previous file whole, leaves no temporary file, never writes YAML', () => {
    const file = join(out, 'again.xlsx');
    writeFileSync(file, 'old');
    expect(registro(['export', EXAMPLE, '-o', file]).status).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const yaml = registro(['export', EXAMPLE, '-o', join(out, 'registro.yaml')]);
    expect(yaml.status).toBe(2);
    expect(existsSync(join(out, 'registro.yaml'))).toBe(false);
  });

  it('stops before writing when files have shape errors, unless --force', () => {
    const dir = registerWith({ 'trattamenti/rotta.yaml': 'denominazione: [\n' });
    try {
      const file = join(out, 'blocked.xlsx');
      const r = registro(['export', dir, '-o', file]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('trattamenti/rotta.yaml:1:16');
      expect(r.stderr).toContain('1 file del registro ha errori di forma');
      expect(existsSync(file)).toBe(false);
      expect(registro(['export', dir, '-o', file, '--force']).status).toBe(0);
      expect(existsSync(file)).toBe(true);
    } finally {
      remove(dir);
    }
  });
});
