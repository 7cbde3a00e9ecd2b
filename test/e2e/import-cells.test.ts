import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { registro, remove, tempDir } from '../helpers.js';

/**
 * How offices write several values in one cell (" - " on one line, bullets, dashes at line
 * start) and how they answer the transfers column ("Sì - USA", "Si (Stati Uniti, clausole
 * contrattuali tipo)", "NO", "Nessuno", "n.a.") and dates ("03/04/2021", 44291, "marzo 2021"):
 * what the YAML written says, field by field.
 */
const work = tempDir('registro-import-cells-');
afterAll(() => remove(work));

const HEAD = 'Attività di trattamento;Finalità;Base giuridica;Categorie di interessati;Categorie di dati personali;Categorie di destinatari;Trasferimenti verso Paesi terzi;Termini ultimi di cancellazione';
const ROWS = [
  'Contributi economici;Erogazione di contributi economici alle famiglie in difficoltà;Art. 6.1.e;Cittadini residenti - Minori;Dati anagrafici - dati economici - dati relativi alla salute;INPS – Agenzia delle Entrate – Riscossione;Sì - USA;10 anni',
  'Videoconferenze;Riunioni degli organi collegiali a distanza;Art. 6.1.e;"• Dipendenti\n• Consiglieri";"- Immagini\n- Dati di contatto";Autorità giudiziaria - Forze dell\'ordine;Si (Stati Uniti, clausole contrattuali tipo);1 anno',
  'Newsletter;Invio della newsletter del comune agli iscritti;Art. 6.1.a;Iscritti;Dati di contatto;Nessuno;Sì, Regno Unito e Svizzera (decisione di adeguatezza);2 anni',
  'Protocollo;Registrazione della corrispondenza in entrata e in uscita;Art. 6.1.c;Cittadini;Dati anagrafici (nome - cognome);Altre pubbliche amministrazioni;NO;Illimitato',
  'Tributi;Riscossione delle entrate tributarie del comune;art. 6, par. 1, lett. e) GDPR - D.Lgs. 504/1992;Contribuenti;Dati anagrafici;Tesoriere;Nessuno;10 anni',
  'Posta;Comunicazioni istituzionali con i cittadini;Art. 6.1.e;Cittadini;Dati di contatto;Fornitore;n.a.;5 anni',
  'Cloud;Archiviazione dei documenti su servizi esterni;Art. 6.1.e;Cittadini;Dati anagrafici;Fornitore;SI;5 anni',
  'Gemellaggi;Scambi con il comune gemellato;Art. 6.1.e;Cittadini;Dati anagrafici;Comune gemellato;Sì - Francia;5 anni',
];

function imported(): string {
  const file = join(work, 'registro.csv');
  writeFileSync(file, [HEAD, ...ROWS].join('\r\n') + '\r\n');
  const out = join(work, 'out');
  const run = registro(['import', file, '-o', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return out;
}

const out = imported();
const read = (id: string) => parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8'));
const report = readFileSync(join(out, 'importazione.md'), 'utf8');

describe('a list on one line, with " - " between its items', () => {
  it('gives one term per item, and the special category among them is one', () => {
    const r = read('contributi-economici');
    expect(r.interessati).toEqual(['cittadini-residenti', 'minori']);
    expect(r.dati).toEqual(['identificativi', 'economici']);
    expect(r.dati_particolari).toEqual([{ categoria: 'salute' }]);
  });

  it('keeps whole a name with a dash of its own, and a dash inside brackets', () => {
    expect(read('contributi-economici').destinatari).toEqual([{ categoria: 'inps' }, { categoria: 'agenzia-delle-entrate-riscossione' }]);
    expect(read('protocollo').dati).toEqual(['identificativi']);
  });

  it('reads bullets and dashes at line start as items', () => {
    const r = read('videoconferenze');
    expect(r.interessati).toEqual(['dipendenti', 'consiglieri']);
    expect(r.dati).toEqual(['immagini', 'contatto']);
    expect(r.destinatari).toEqual([{ categoria: 'autorita-giudiziaria' }, { categoria: 'forze-ordine' }]);
  });
});

describe('a basis cell citing its norm', () => {
  it('gives the basis its norma, the Regulation left out', () => {
    expect(read('tributi').finalita).toEqual([{ descrizione: 'Riscossione delle entrate tributarie del comune', basi_giuridiche: [{ base: '6.1.e', norma: 'D.Lgs. 504/1992' }] }]);
    expect(registro(['validate', out]).stdout).not.toMatch(/tributi\.yaml.*basis-norm/);
  });
});

describe('the transfers column', () => {
  it('"Sì - USA" is a transfer to the United States, its mechanism to be stated', () => {
    expect(read('contributi-economici').trasferimenti).toEqual([{ paese: 'US' }]);
    expect(report).toContain('- paesi_terzi: dedotto (da verificare): Sì - USA -> paese US; meccanismo da indicare');
  });

  it('"Si (Stati Uniti, clausole contrattuali tipo)" names the country and the mechanism', () => {
    expect(read('videoconferenze').trasferimenti).toEqual([{ paese: 'US', meccanismo: '46.2.c' }]);
  });

  it('two countries named are two transfers', () => {
    expect(read('newsletter').trasferimenti).toEqual([
      { paese: 'GB', meccanismo: '45' },
      { paese: 'CH', meccanismo: '45' },
    ]);
  });

  it('"NO" and "Nessuno" are none; "n.a." says nothing', () => {
    expect(read('protocollo').trasferimenti).toEqual([]);
    expect(read('tributi').trasferimenti).toEqual([]);
    expect(read('posta').trasferimenti).toBeUndefined();
    expect(report).toContain('- paesi_terzi: conservato come testo: n.a.');
  });

  it('a bare "SI" is a transfer kept, and validate asks for its country', () => {
    expect(read('cloud').trasferimenti).toEqual([{}]);
    const run = registro(['validate', out]);
    expect(run.stdout).toMatch(/cloud\.yaml:\d+:\d+ {2}errore {2}.*transfer-country/);
    expect(run.stdout).not.toMatch(/contributi-economici\.yaml.*transfer-country/);
  });

  it('a country of the EEA is no transfer to a third country, and the report says so', () => {
    expect(read('gemellaggi').trasferimenti).toBeUndefined();
    expect(report).toContain('FR nel SEE: non è un paese terzo');
  });
});

describe('the dates of a record', () => {
  it('reads an Italian day-first date, an Excel serial, a month or a year without its day, the last two as readings to check', () => {
    const dated = join(work, 'date.csv');
    writeFileSync(dated, 'Trattamento;Finalità;Interessati;Data creazione\nProtocollo;Registrazione della corrispondenza;Cittadini;03/04/2021\nTributi;Riscossione;Contribuenti;44291\nMensa;Refezione scolastica;Alunni;marzo 2021\nScuolabus;Trasporto;Alunni;2020\n');
    const out = join(work, 'date');
    expect(registro(['import', dated, '-o', out]).status).toBe(0);
    const creato = (id: string) => parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8')).creato;
    expect([creato('protocollo'), creato('tributi'), creato('mensa'), creato('scuolabus')]).toEqual(['2021-04-03', '2021-04-05', '2021-03-01', '2020-01-01']);
    const report = readFileSync(join(out, 'importazione.md'), 'utf8');
    expect(report).toContain('- creato: dedotto (da verificare): marzo 2021 -> 2021-03-01 (giorno non indicato: il primo del mese)');
    expect(report).toContain("- creato: dedotto (da verificare): 2020 -> 2020-01-01 (solo l'anno: il primo gennaio)");
  });
});

describe('a section title over activities, with an area column', () => {
  it('is the area of the activities that leave theirs empty, not a row dropped', () => {
    const file = join(work, 'sezioni.csv');
    writeFileSync(file, 'Area;Trattamento;Finalità;Interessati;Dati\nAREA SERVIZI DEMOGRAFICI;;;;\nUfficio anagrafe;Anagrafe;Tenuta anagrafe;Cittadini;Dati anagrafici\n;Stato civile;Atti di stato civile;Cittadini;Dati anagrafici\n');
    const dir = join(work, 'sezioni');
    expect(registro(['import', file, '-o', dir]).status).toBe(0);
    const area = (id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8')).area;
    expect([area('anagrafe'), area('stato-civile')]).toEqual(['Ufficio anagrafe', 'Area servizi demografici']);
    expect(readFileSync(join(dir, 'importazione.md'), 'utf8')).toContain('Riga 2 non importata (titolo di sezione, usato come area dei trattamenti che seguono): AREA SERVIZI DEMOGRAFICI');
  });
});
