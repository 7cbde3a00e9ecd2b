import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { registro, remove, tempDir } from '../helpers.js';

/**
 * A register saved by Excel on Windows as "CSV (delimitato dal separatore di elenco)": Windows-1252,
 * ";" between cells, CR LF at each line and inside the quoted cells written on several lines,
 * curly quotes and the euro sign; dates as an office writes them without a day ("2019", "dal
 * 2018"); a column of how the data are kept before the one of how long.
 */
const work = tempDir('registro-import-windows-csv-');
afterAll(() => remove(work));

/** The Windows-1252 bytes of the characters outside Latin-1 that an Italian register uses. */
const CP1252: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
const windows1252 = (text: string) => Buffer.from([...text].map((ch) => CP1252[ch] ?? ch.charCodeAt(0)));
const quoted = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

const ROWS = [
  ['Trattamento', 'Finalità', 'Base giuridica', 'Interessati', 'Modalità di raccolta e conservazione', 'Termini ultimi di cancellazione', 'Misure di sicurezza', 'Data creazione', 'Dati'],
  ['Gestione paghe', 'Elaborazione dei cedolini e dei versamenti contributivi', 'Obbligo di legge', 'Dipendenti', 'Presso l’interessato; archivio cartaceo', '10 anni', 'Accesso con password;\r\nlocali chiusi a chiave', '2019', 'Nome e cognome; data di nascita; IBAN'],
  ['Rimborsi spese', 'Rimborso delle trasferte (fino a 50 €)', 'Contratto di lavoro', 'Dipendenti; collaboratori', 'Presso l’interessato', '5 anni', 'Archivio “riservato”\r\nsolo l’ufficio vi accede', 'gennaio 2020', 'Nominativo, dati bancari'],
  ['Newsletter', 'Invio di comunicazioni commerciali: "offerte" e novità', 'Consenso dell’interessato', 'Clienti', 'Modulo sul sito', 'fino a revoca del consenso', 'Doppio opt-in', 'dal 2018', 'Nome, e-mail'],
];

function imported(): string {
  const file = join(work, 'registro.csv');
  writeFileSync(file, windows1252(ROWS.map((r) => r.map(quoted).join(';')).join('\r\n') + '\r\n'));
  const out = join(work, 'out');
  const run = registro(['import', file, '-o', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return out;
}
const out = imported();
const read = (id: string) => parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8'));
const yamlText = (id: string) => readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8');
const report = () => readFileSync(join(out, 'importazione.md'), 'utf8');

describe('a csv saved by Excel on Windows', () => {
  it('reads every activity, with the euro sign and the curly quotes as written', () => {
    expect(read('rimborsi-spese').finalita[0].descrizione).toBe('Rimborso delle trasferte (fino a 50 €)');
    expect(read('newsletter').finalita[0].descrizione).toBe('Invio di comunicazioni commerciali: "offerte" e novità');
    expect(read('newsletter').finalita[0].basi_giuridiche).toEqual([{ base: '6.1.a' }]);
    expect(report()).toContain('Codifica Windows-1252, separatore ";".');
  });

  it('keeps a cell written on two lines as two lines, without the carriage return of Windows', () => {
    expect(read('rimborsi-spese').misure_descrizione).toBe('Archivio “riservato”\nsolo l’ufficio vi accede');
    expect(read('gestione-paghe').importazione.originali['Misure di sicurezza']).toBe('Accesso con password;\nlocali chiusi a chiave');
    expect(yamlText('rimborsi-spese')).not.toContain('\r');
    expect(report()).not.toContain('\r');
  });
});

describe('"Nome", "Cognome", "Nome e cognome" among the data', () => {
  it('are identification data, not terms of their own that validate would take for a template placeholder', () => {
    expect(read('newsletter').dati).toEqual(['identificativi', 'contatto']);
    expect(read('gestione-paghe').dati).toContain('identificativi');
    expect(read('rimborsi-spese').dati).toEqual(['identificativi', 'bancari']);
    expect(registro(['validate', out]).stdout).not.toContain('«nome»');
  });
});

describe('a date without its day: "2019", "gennaio 2020", "dal 2018"', () => {
  it('reads the first day of what it names into creato, reported as a reading to check', () => {
    expect(read('gestione-paghe').creato).toBe('2019-01-01');
    expect(read('rimborsi-spese').creato).toBe('2020-01-01');
    expect(read('newsletter').creato).toBe('2018-01-01');
    expect(read('newsletter').importazione.originali['Data creazione']).toBe('dal 2018');
    const text = report();
    expect(text).toContain("- creato: dedotto (da verificare): 2019 -> 2019-01-01 (solo l'anno: il primo gennaio)");
    expect(text).toContain('- creato: dedotto (da verificare): gennaio 2020 -> 2020-01-01 (giorno non indicato: il primo del mese)');
    expect(text).toContain("- creato: dedotto (da verificare): dal 2018 -> 2018-01-01 (solo l'anno: il primo gennaio)");
  });

  it('leaves validate asking for the update date only, not for a creation date the sheet gave', () => {
    const run = registro(['validate', out]);
    expect(run.stdout).not.toMatch(/newsletter\.yaml:\d+:\d+\s+errore\s+manca la data "creato"/);
    expect(run.stdout).toMatch(/newsletter\.yaml:\d+:\d+\s+errore\s+manca la data "aggiornato"/);
  });
});

describe('"Modalità di raccolta e conservazione" before "Termini ultimi di cancellazione"', () => {
  it('reads the retention from the terms, not from how the data are kept', () => {
    expect(read('gestione-paghe').conservazione).toEqual([{ durata: '10 anni' }]);
    expect(read('newsletter').conservazione).toEqual([{ criterio: 'fino a revoca del consenso' }]);
    expect(read('gestione-paghe').raccolta).toBe('presso-interessato');
    expect(report()).toContain('Modalità di raccolta e conservazione -> raccolta; Termini ultimi di cancellazione -> conservazione;');
  });

  it('says the same of "Modalità di conservazione" and "Luogo di conservazione" beside "Periodo di conservazione"', () => {
    const file = join(work, 'luogo.csv');
    writeFileSync(file, 'Trattamento;Finalità;Luogo di conservazione;Modalità di conservazione;Periodo di conservazione;Interessati\nPaghe;Paghe dei dipendenti;Sede;Archivio cartaceo;10 anni;Dipendenti\n');
    const run = registro(['import', file, '--anteprima', '-o', join(work, 'luogo')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/E\s+Periodo di conservazione\s+conservazione\s+1\.00/);
    // How and where the data are kept: a storage mode (the surer heading), never the retention.
    expect(run.stdout).toMatch(/C\s+Luogo di conservazione\s+modalita/);
    expect(run.stdout).toMatch(/Colonne non mappate[^]*D\s+Modalità di conservazione/);
    expect(run.stdout.match(/conservazione\s+1\.00/g)).toHaveLength(1);
  });

  it('takes no column of authorised persons, nor of the place, for the name of the activity', () => {
    const file = join(work, 'autorizzati.csv');
    writeFileSync(file, 'Soggetti autorizzati al trattamento;Finalità;Interessati;Luogo di conservazione dei dati;Data di inizio del trattamento\nUfficio personale;Paghe dei dipendenti;Dipendenti;Armadio dell’ufficio;01/02/2019\n');
    const dir = join(work, 'autorizzati');
    expect(registro(['import', file, '-o', dir]).status).toBe(0);
    // Named by its purpose, never by the office or the place.
    const r = parse(readFileSync(join(dir, 'trattamenti', 'paghe-dei-dipendenti.yaml'), 'utf8'));
    expect(r.denominazione).toBe('Paghe dei dipendenti');
    expect(r.dati).toBeUndefined();
    expect(r.creato).toBe('2019-02-01');
    expect(r.importazione.originali['Soggetti autorizzati al trattamento']).toBe('Ufficio personale');
    const text = readFileSync(join(dir, 'importazione.md'), 'utf8');
    expect(text).toContain('Luogo di conservazione dei dati -> modalita');
  });
});
