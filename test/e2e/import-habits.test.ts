import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { registro, remove, tempDir } from '../helpers.js';
import { convert } from './soffice.js';

/**
 * The spreadsheet habits of Italian offices: "idem", "come sopra" and `"` for "the same as the
 * row above", one cell merged down over several activities, a legend and notes at the foot.
 * What a DPO checks: the value in the YAML written, and the line of importazione.md saying where
 * it came from.
 */
const work = tempDir('registro-import-habits-');
afterAll(() => remove(work));

const HEAD = ['Denominazione del trattamento', 'Finalità', 'Base giuridica', 'Categorie di interessati', 'Categorie di dati personali', 'Destinatari', 'Termini di conservazione', 'Data di creazione', 'Data ultimo aggiornamento'];

async function habitsWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Registro');
  ws.addRow(HEAD);
  ws.addRow(['Contributi economici', 'Erogazione di contributi alle famiglie in difficoltà economica', 'Art. 6.1.e', 'Cittadini', 'Dati anagrafici', 'INPS', '10 anni', '15/03/2024', '15/03/2024']);
  ws.addRow(['Assistenza domiciliare', 'Servizio di assistenza domiciliare agli anziani soli', 'idem', 'Anziani', 'come sopra', '"', '〃', 'Vedi sopra', 'c.s.']);
  // One basis and one retention for the three taxes: the cells are merged down over rows 4-6.
  ws.addRow(['IMU', 'Riscossione dell\'imposta municipale propria', 'Art. 6.1.c', 'Contribuenti', 'Dati anagrafici', 'Tesoriere', '10 anni', '2020-01-15', '2024-01-15']);
  ws.addRow(['TARI', 'Riscossione della tassa sui rifiuti urbani', '', 'Contribuenti', 'Dati anagrafici', 'Tesoriere', '', '2020-01-15', '2024-01-15']);
  ws.addRow(['TASI', 'Riscossione del tributo per i servizi indivisibili', '', 'Contribuenti', 'Dati anagrafici', 'Tesoriere', '', '2020-01-15', '2024-01-15']);
  ws.mergeCells('C4:C6');
  ws.mergeCells('G4:G6');
  // A note among the activities, then one more activity.
  ws.addRow(['Nota:', 'i trattamenti seguenti sono gestiti dall\'Unione dei comuni']);
  ws.addRow(['Polizia locale', 'Accertamento delle violazioni al codice della strada', 'Art. 6.1.e', 'Conducenti', 'Dati anagrafici', 'Prefettura', '5 anni', '2021-02-01', '2024-02-01']);
  // The foot, straight under the last activity: a legend on one row, a note, the signature.
  ws.addRow(['Legenda', 'Art. 6.1.c = obbligo legale', 'Art. 6.1.e = interesse pubblico']);
  ws.addRow(['Note: elenco aggiornato dal Segretario comunale']);
  ws.addRow(['Il Titolare', 'Il Sindaco pro tempore']);
  await wb.xlsx.writeFile(file);
}

let out = '';
let stdout = '';
beforeAll(async () => {
  const file = join(work, 'registro.xlsx');
  await habitsWorkbook(file);
  out = join(work, 'out');
  const run = registro(['import', file, '-o', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  stdout = run.stdout;
});

const read = (id: string) => parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8'));
const report = () => readFileSync(join(out, 'importazione.md'), 'utf8');

describe('"idem", "come sopra", `"` and 〃: the same as the row above', () => {
  it('gives the activity the values of the row above, field by field', () => {
    const r = read('assistenza-domiciliare');
    expect(r.finalita).toEqual([{ descrizione: 'Servizio di assistenza domiciliare agli anziani soli', basi_giuridiche: [{ base: '6.1.e' }] }]);
    expect(r.dati).toEqual(['identificativi']);
    expect(r.destinatari).toEqual([{ categoria: 'inps' }]);
    expect(r.conservazione).toEqual([{ durata: '10 anni' }]);
    expect(r.creato).toBe('2024-03-15');
    expect(r.aggiornato).toBe('2024-03-15');
  });

  it('keeps the cells as written in the originals, and says in the report where each value came from', () => {
    expect(read('assistenza-domiciliare').importazione.originali).toMatchObject({ 'Base giuridica': 'idem', 'Categorie di dati personali': 'come sopra', Destinatari: '"', 'Termini di conservazione': '〃' });
    expect(report()).toContain('- base: dedotto (da verificare): "idem": come la riga 2');
    expect(report()).toContain('- destinatari: dedotto (da verificare): """: come la riga 2');
    expect(report()).toContain('- conservazione: dedotto (da verificare): "〃": come la riga 2');
  });

  it('makes no vocabulary term of the words "come sopra" or of a quote mark', () => {
    const vocab = readFileSync(join(out, 'vocabolario.yaml'), 'utf8');
    expect(vocab).not.toMatch(/come-sopra|it: '"'/);
  });
});

describe('a cell merged down over several activities', () => {
  it('gives each activity of the merged rows the value', () => {
    for (const id of ['tari', 'tasi']) {
      const r = read(id);
      expect(r.finalita[0].basi_giuridiche).toEqual([{ base: '6.1.c' }]);
      expect(r.conservazione).toEqual([{ durata: '10 anni' }]);
    }
    expect(report()).toContain('- base: dedotto (da verificare): cella unita a quella della riga 4: stesso valore');
  });

  it('leaves validate nothing to say about a missing basis or retention there', () => {
    const findings = registro(['validate', out]).stdout;
    expect(findings).not.toMatch(/(tari|tasi)\.yaml.*(basis-missing|retention-missing)/);
  });
});

describe('notes and a legend among and below the activities', () => {
  it('imports the activities only', () => {
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['assistenza-domiciliare.yaml', 'contributi-economici.yaml', 'imu.yaml', 'polizia-locale.yaml', 'tari.yaml', 'tasi.yaml']);
    expect(stdout).toMatch(/^6 trattamenti importati/);
  });

  it('names the note row and the foot of the register in the report', () => {
    expect(report()).toContain("Riga 7 non importata (una nota, non un trattamento): Nota: | i trattamenti seguenti sono gestiti dall'Unione dei comuni");
    expect(report()).toContain('Riga 9 non importata (legenda o note in calce al registro, fino alla riga 11): Legenda | Art. 6.1.c = obbligo legale | Art. 6.1.e = interesse pubblico');
  });
});

describe('a csv in Windows-1252 with "idem" and a quote mark', () => {
  it('reads them as the row above, and an "idem" with no row above is left empty and reported', () => {
    const lines = [
      'Denominazione;Finalità;Base giuridica;Interessati;Dati',
      'Mensa scolastica;Gestione del servizio di refezione scolastica;idem;Alunni;Dati anagrafici',
      'Trasporto scolastico;Gestione del servizio di trasporto degli alunni;Art. 6.1.e;Alunni;""""',
      'Pre-scuola;Gestione del servizio di accoglienza prima delle lezioni;Idem.;come sopra;c.s.',
    ];
    const file = join(work, 'scuola.csv');
    writeFileSync(file, Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));
    const dir = join(work, 'csv');
    const run = registro(['import', file, '-o', dir]);
    expect(run.status).toBe(0);
    const yaml = (id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8'));
    expect(yaml('mensa-scolastica').finalita[0].basi_giuridiche).toBeUndefined();
    expect(yaml('trasporto-scolastico').dati).toEqual(['identificativi']);
    expect(yaml('pre-scuola').finalita[0].basi_giuridiche).toEqual([{ base: '6.1.e' }]);
    expect(yaml('pre-scuola').interessati).toEqual(['alunni']);
    expect(yaml('pre-scuola').dati).toEqual(['identificativi']);
    const text = readFileSync(join(dir, 'importazione.md'), 'utf8');
    expect(text).toContain('- base: dedotto (da verificare): "idem" senza una riga sopra a cui rimandare: lasciato vuoto');
  });
});

describe('dates as an Italian Excel writes them in a csv export', () => {
  it('reads abbreviated months, a date with its time and a month alone into creato and aggiornato', () => {
    const lines = [
      'Denominazione;Finalità;Base giuridica;Interessati;Dati;Data creazione;Data aggiornamento',
      'Protocollo;Registrazione della corrispondenza in entrata e in uscita;Art. 6.1.c;Cittadini;Dati anagrafici;15-mar-24;15/03/2024 10:30',
      'Anagrafe;Tenuta dei registri della popolazione residente;Art. 6.1.e;Cittadini;Dati anagrafici;1 sett. 2019;lug-2023',
      'Tributi;Riscossione delle entrate tributarie del comune;Art. 6.1.e;Contribuenti;Dati anagrafici;45123;Marzo 2024',
    ];
    const file = join(work, 'date.csv');
    writeFileSync(file, Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));
    const dir = join(work, 'date');
    expect(registro(['import', file, '-o', dir]).status).toBe(0);
    const yaml = (id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8'));
    expect([yaml('protocollo').creato, yaml('protocollo').aggiornato]).toEqual(['2024-03-15', '2024-03-15']);
    expect([yaml('anagrafe').creato, yaml('anagrafe').aggiornato]).toEqual(['2019-09-01', '2023-07-01']);
    expect([yaml('tributi').creato, yaml('tributi').aggiornato]).toEqual(['2023-07-16', '2024-03-01']);
    const text = readFileSync(join(dir, 'importazione.md'), 'utf8');
    expect(text).toContain('- creato: mappato: 15-mar-24 -> 2024-03-15');
    expect(text).toContain('- aggiornato: dedotto (da verificare): lug-2023 -> 2023-07-01 (giorno non indicato: il primo del mese)');
    // Every date read: validate asks for none of them.
    expect(registro(['validate', dir]).stdout).not.toMatch(/\bdates\b/);
  });
});

describe('numbered section rows over their activities', () => {
  it('reads "1 | AREA SERVIZI SOCIALI" as the area of the activities below, not as an activity', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Registro');
    ws.addRow(['N.', 'Trattamento', 'Finalità', 'Base giuridica', 'Interessati', 'Dati personali']);
    ws.addRow(['1', 'AREA SERVIZI SOCIALI']);
    ws.addRow(['1.1', 'Contributi economici', 'Erogazione di contributi economici alle famiglie', 'Art. 6.1.e', 'Cittadini', 'Dati anagrafici']);
    ws.addRow(['2', 'Settore tributi']);
    ws.addRow(['2.1', 'IMU', "Riscossione dell'imposta municipale propria", 'Art. 6.1.c', 'Contribuenti', 'Dati anagrafici']);
    // A number and a name only: an activity still, whose purpose validate will ask for.
    ws.addRow(['3', 'Protocollo']);
    const file = join(work, 'sezioni.xlsx');
    await wb.xlsx.writeFile(file);
    const dir = join(work, 'sezioni');
    expect(registro(['import', file, '-o', dir]).status).toBe(0);
    expect(readdirSync(join(dir, 'trattamenti')).sort()).toEqual(['contributi-economici.yaml', 'imu.yaml', 'protocollo.yaml']);
    const yaml = (id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8'));
    expect(yaml('contributi-economici').area).toBe('Area servizi sociali');
    expect(yaml('imu').area).toBe('Settore tributi');
    const text = readFileSync(join(dir, 'importazione.md'), 'utf8');
    expect(text).toContain('Riga 2 non importata (titolo di sezione, usato come area dei trattamenti che seguono): 1 | AREA SERVIZI SOCIALI');
  });
});

describe('the name of an activity merged down over the rows of its purposes', () => {
  it('makes one activity with every purpose, not one activity per row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Registro');
    ws.addRow(['Trattamento', 'Finalità', 'Base giuridica', 'Interessati', 'Dati personali']);
    ws.addRow(['Gestione del personale', 'Gestione giuridica del rapporto di lavoro dei dipendenti', 'Art. 6.1.b', 'Dipendenti', 'Dati anagrafici']);
    ws.addRow(['', 'Gestione economica e previdenziale dei dipendenti', 'Art. 6.1.c', '', 'Dati bancari']);
    ws.mergeCells('A2:A3');
    ws.mergeCells('D2:D3');
    ws.addRow(['Protocollo', 'Registrazione della corrispondenza in entrata e in uscita', 'Art. 6.1.c', 'Cittadini', 'Dati anagrafici']);
    const file = join(work, 'personale.xlsx');
    await wb.xlsx.writeFile(file);
    const dir = join(work, 'personale');
    expect(registro(['import', file, '-o', dir]).status).toBe(0);
    expect(readdirSync(join(dir, 'trattamenti')).sort()).toEqual(['gestione-del-personale.yaml', 'protocollo.yaml']);
    const r = parse(readFileSync(join(dir, 'trattamenti', 'gestione-del-personale.yaml'), 'utf8'));
    expect(r.finalita).toEqual([
      { descrizione: 'Gestione giuridica del rapporto di lavoro dei dipendenti', basi_giuridiche: [{ base: '6.1.b' }] },
      { descrizione: 'Gestione economica e previdenziale dei dipendenti', basi_giuridiche: [{ base: '6.1.c' }] },
    ]);
    expect(r.interessati).toEqual(['dipendenti']);
    expect(r.dati).toEqual(['identificativi', 'bancari']);
    expect(r.importazione.originali['riga 3: Finalità']).toBe('Gestione economica e previdenziale dei dipendenti');
    const text = readFileSync(join(dir, 'importazione.md'), 'utf8');
    expect(text).toContain('- denominazione: dedotto (da verificare): riga 3: il nome è una cella unita a questa, la riga è parte dello stesso trattamento');
  });
});

describe('a hidden activity and the heading repeated for print', () => {
  it('imports the hidden row and says so in its record; names the repeated heading', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Registro');
    const head = ['Trattamento', 'Finalità', 'Base giuridica', 'Interessati', 'Dati personali'];
    ws.addRow(head);
    ws.addRow(['Contributi economici', 'Erogazione di contributi economici alle famiglie', 'Art. 6.1.e', 'Cittadini', 'Dati anagrafici']);
    ws.addRow(['Soggiorni climatici (soppresso)', 'Soggiorni estivi per anziani autosufficienti', 'Art. 6.1.e', 'Anziani', 'Dati anagrafici']);
    ws.getRow(3).hidden = true;
    ws.addRow(head);
    ws.addRow(['Protocollo', 'Registrazione della corrispondenza in entrata e in uscita', 'Art. 6.1.c', 'Cittadini', 'Dati anagrafici']);
    const file = join(work, 'nascoste.xlsx');
    await wb.xlsx.writeFile(file);
    const dir = join(work, 'nascoste');
    expect(registro(['import', file, '-o', dir]).status).toBe(0);
    expect(readdirSync(join(dir, 'trattamenti')).sort()).toEqual(['contributi-economici.yaml', 'protocollo.yaml', 'soggiorni-climatici-soppresso.yaml']);
    const text = readFileSync(join(dir, 'importazione.md'), 'utf8');
    expect(text).toContain('Riga nascosta nel foglio, importata come le altre: 3.');
    expect(text).toContain('## soggiorni-climatici-soppresso (riga 3)\n\n- riga: dedotto (da verificare): nascosta nel foglio: verifica che il trattamento sia ancora in corso');
    expect(text).toContain("- Riga 4: l'intestazione ripetuta (come nella stampa su più pagine), saltata.");
  });
});

describe('a Word register whose table merges cells down (rowspan)', () => {
  it('reads the merged name and basis as the Excel import does', async () => {
    const html = `<html><body><table border="1">
<tr><th>Trattamento</th><th>Finalità</th><th>Base giuridica</th><th>Interessati</th><th>Dati personali</th></tr>
<tr><td rowspan="2">Gestione del personale</td><td>Gestione giuridica del rapporto di lavoro dei dipendenti</td><td>Art. 6.1.b</td><td rowspan="2">Dipendenti</td><td>Dati anagrafici</td></tr>
<tr><td>Gestione economica e previdenziale dei dipendenti</td><td>Art. 6.1.c</td><td>Dati bancari</td></tr>
<tr><td>IMU</td><td>Riscossione dell'imposta municipale propria</td><td rowspan="2">Art. 6.1.c</td><td>Contribuenti</td><td>Dati anagrafici</td></tr>
<tr><td>TARI</td><td>Riscossione della tassa sui rifiuti urbani</td><td>Contribuenti</td><td>idem</td></tr>
</table></body></html>`;
    const source = join(work, 'registro-word.html');
    writeFileSync(source, html);
    await convert(source, 'docx:MS Word 2007 XML', work);
    const dir = join(work, 'word');
    expect(registro(['import', join(work, 'registro-word.docx'), '-o', dir]).status).toBe(0);
    expect(readdirSync(join(dir, 'trattamenti')).sort()).toEqual(['gestione-del-personale.yaml', 'imu.yaml', 'tari.yaml']);
    const yaml = (id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8'));
    expect(yaml('gestione-del-personale').finalita.map((f: { basi_giuridiche: unknown }) => f.basi_giuridiche)).toEqual([[{ base: '6.1.b' }], [{ base: '6.1.c' }]]);
    expect(yaml('tari').finalita[0].basi_giuridiche).toEqual([{ base: '6.1.c' }]);
    expect(yaml('tari').dati).toEqual(['identificativi']);
  }, 120_000);
});
