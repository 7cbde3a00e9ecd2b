import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, registro, remove, tempDir } from '../helpers.js';
import { makeNewRegisters } from '../fixtures/import-new/make-registers.js';

const work = tempDir('registro-import-new-');
afterAll(() => remove(work));
let files: Awaited<ReturnType<typeof makeNewRegisters>>;
beforeAll(async () => {
  files = await makeNewRegisters(work);
});

const read = (dir: string, id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8'));
const report = (dir: string) => readFileSync(join(dir, 'importazione.md'), 'utf8');
const register = (dir: string) => parse(readFileSync(join(dir, 'registro.yaml'), 'utf8'));
function imported(file: string, name: string, ...more: string[]): string {
  const out = join(work, name);
  const run = registro(['import', file, '-o', out, ...more]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return out;
}
/** validate on the import's result: findings (status 1), never a crash; its lines. */
function validated(dir: string): string[] {
  const run = registro(['validate', dir]);
  expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  expect(run.status).toBe(1);
  return run.stdout.split('\n');
}

function hasLibreOffice(): boolean {
  if (spawnSync('soffice', ['--version']).status === 0) return true;
  if (process.env.CI) throw new Error('LibreOffice is not installed: .ci/run installs it');
  return false;
}

describe('an ASL heading with "Destinatari" merged across "Interni | Esterni"', () => {
  const check = (out: string) => {
    // The sub-heading row is the heading's second row, not an activity of its own.
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['concorsi-e-selezioni.yaml', 'screening-oncologici.yaml', 'vaccinazioni.yaml']);
    expect(report(out)).toContain('Intestazione alle righe 4 e 5:');
    expect(report(out)).toContain('Interni -> destinatari; Esterni -> destinatari');
    // Both columns are the activity's recipients; each cell stays under its own heading.
    const vaccini = read(out, 'vaccinazioni');
    expect(vaccini.destinatari).toEqual([{ categoria: 'medici-vaccinatori' }, { categoria: 'altre-pa' }]);
    expect(vaccini.importazione.originali).toMatchObject({ Interni: 'Medici vaccinatori', Esterni: 'Regione (anagrafe vaccinale)' });
    expect(read(out, 'screening-oncologici').destinatari).toEqual([{ categoria: 'personale-uo' }, { categoria: 'laboratori-convenzionati' }]);
    // "Esterni" empty: only the internal recipients, no processor invented from the word.
    expect(read(out, 'concorsi-e-selezioni').destinatari).toEqual([{ categoria: 'commissione' }]);
    expect(read(out, 'screening-oncologici').conservazione).toEqual([{ durata: '10 anni', decorrenza: 'dalla refertazione', fonte: 'D.P.R. 445/2000' }]);
    // "Registro ... - aggiornato al 30/06/2025": the register's date, not the day of the import.
    expect(register(out).registro).toEqual({ creato: '2025-06-30', aggiornato: '2025-06-30' });
    const lines = validated(out);
    expect(lines.filter((l) => l.includes('screening-oncologici') && l.includes('retention-vague'))).toEqual([]);
  };

  it('reads the xlsx', () => {
    check(imported(files.asl, 'asl-xlsx'));
  });

  it('--anteprima shows both columns of the field', () => {
    const run = registro(['import', files.asl, '-o', join(work, 'asl-anteprima'), '--anteprima']);
    expect(run.stdout).toMatch(/^ {2}H +Interni +destinatari +0\.90$/m);
    expect(run.stdout).toMatch(/^ {2}I +Esterni +destinatari +0\.90$/m);
    expect(run.stdout).toContain('Colonne non mappate (conservate alla lettera in importazione.originali):\n  nessuna');
  });

  it('reads the same sheet saved as .ods and as .xls', () => {
    if (!hasLibreOffice()) return;
    for (const format of ['ods', 'xls']) {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profilo`, '--convert-to', format, '--outdir', join(work, format), files.asl], { stdio: 'ignore', timeout: 120_000 });
      check(imported(join(work, format, `asl-destinatari.${format}`), `asl-${format}`));
    }
  });
});

describe('titles merged across sub-headings that qualify them, some columns mostly empty', () => {
  it('reads each cell under its own heading: "Comuni" data, the country under "Paese", both retention columns', () => {
    const out = imported(files.gruppi, 'gruppi');
    expect(report(out)).toContain('Comuni -> dati; Particolari -> dati_sensibili; Sì/No -> paesi_terzi; Paese -> paesi_terzi; Garanzie -> garanzie; Cartacea -> conservazione; Digitale -> conservazione');
    const newsletter = read(out, 'newsletter');
    expect(newsletter).toMatchObject({ dati: ['contatto'], trasferimenti: [{ paese: 'US', meccanismo: '45' }], conservazione: [{ criterio: 'fino a revoca del consenso' }] });
    // "Sì" under "Sì/No" is the transfer's answer, not a special category of data.
    expect(newsletter.dati_particolari).toBeUndefined();
    expect(newsletter.importazione.originali).toEqual({ Trattamento: 'Newsletter', Finalità: 'Invio di comunicazioni promozionali', 'Base giuridica': 'consenso', Comuni: 'e-mail', 'Sì/No': 'Sì', Paese: 'USA', Garanzie: 'Data Privacy Framework', Digitale: 'fino a revoca del consenso' });
    const staff = read(out, 'personale');
    expect(staff).toMatchObject({ dati: ['identificativi'], dati_particolari: [{ categoria: 'salute' }], trasferimenti: [] });
    expect(staff.conservazione).toEqual([{ durata: '10 anni' }, { durata: '10 anni', decorrenza: 'dalla cessazione' }]);
    validated(out);
  });
});

describe('a csv from Excel in Windows-1252, retention in prose', () => {
  it('reads each term of retention with its start and its source, and a dash as no measures', () => {
    const out = imported(files.csv, 'csv');
    expect(read(out, 'paghe-e-contributi').conservazione).toEqual([{ durata: '10 anni', decorrenza: 'dalla cessazione del rapporto' }]);
    expect(read(out, 'paghe-e-contributi').finalita[0].descrizione).toBe('Elaborazione buste paga;\nversamenti contributivi');
    // Two terms in one cell are two terms, not one duration named "5 anni; fino a revoca ...".
    expect(read(out, 'crm-clienti').conservazione).toEqual([{ durata: '5 anni' }, { criterio: 'fino a revoca del consenso per la newsletter' }]);
    const fatture = read(out, 'fatturazione');
    expect(fatture.conservazione).toEqual([{ durata: '10 anni', fonte: 'art. 2220 c.c.' }]);
    // "—" is the dash of who leaves a cell blank: no measure, kept as written and reported.
    expect(fatture.misure_descrizione).toBeUndefined();
    expect(fatture.importazione.originali['Misure di sicurezza']).toBe('—');
    // "Tempi di conservazione (anni)" over "10": ten years, not a number without its unit.
    expect(read(out, 'antiriciclaggio').conservazione).toEqual([{ durata: '10 anni' }]);
    const text = report(out);
    expect(text).toContain('- conservazione: dedotto (da verificare): 10 -> durata "10 anni"');
    expect(text).toContain('- misure: conservato come testo: — -> non indicato');
    expect(text).toContain('- conservazione: dedotto (da verificare): 10 anni dalla cessazione del rapporto -> durata "10 anni", decorrenza "dalla cessazione del rapporto"');
    expect(text).toContain('-> durata "5 anni"; criterio "fino a revoca del consenso per la newsletter"');
    const lines = validated(out);
    const vague = lines.filter((l) => l.includes('non dice da quando decorre'));
    // Only the terms that say no start are asked for one: "10 anni dalla cessazione del rapporto" says it.
    expect(vague.map((l) => l.split('  ')[0])).toEqual([expect.stringMatching(/antiriciclaggio\.yaml:17:13$/), expect.stringMatching(/crm-clienti\.yaml:20:13$/), expect.stringMatching(/fatturazione\.yaml:16:13$/)]);
    expect(lines.some((l) => l.includes('fatturazione.yaml') && l.includes('non indica la fonte'))).toBe(false);
  });
});

describe("a school's Word document: one card table per activity, its title above it", () => {
  const docx = join(ROOT, 'test/fixtures/import-new/scuola-schede.docx');

  it('names each activity by the title above its card, and reads the title block above the first card', () => {
    if (!hasLibreOffice()) return;
    const out = imported(docx, 'scuola');
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['gestione-carriera-scolastica-degli-alunni.yaml', 'gestione-del-personale-docente-e-ata.yaml', 'piattaforma-di-didattica-digitale-integrata.yaml']);
    const alunni = read(out, 'gestione-carriera-scolastica-degli-alunni');
    expect(alunni.denominazione).toBe('Gestione carriera scolastica degli alunni');
    expect(alunni.finalita[0].descrizione).toBe('Iscrizione, frequenza, valutazione e certificazione degli alunni');
    expect(report(out)).toContain('- denominazione: dedotto (da verificare): dal titolo sopra la scheda: "Scheda n. 1 - Gestione carriera scolastica degli alunni"');
    const personale = read(out, 'gestione-del-personale-docente-e-ata');
    expect(personale.conservazione).toEqual([{ durata: '10 anni', decorrenza: 'dalla cessazione del rapporto' }]);
    expect(personale.trasferimenti).toEqual([]);
    const dad = read(out, 'piattaforma-di-didattica-digitale-integrata');
    expect(dad.trasferimenti).toEqual([{ paese: 'US', meccanismo: '46.2.c' }]);
    expect(dad.conservazione).toEqual([{ criterio: 'Fino a revoca del consenso' }]);
    // The DPO and the date written above the first card, not placeholders and the day of the import.
    const reg = register(out);
    expect(reg.rpd).toEqual({ nome: 'Avv. Maria Bianchi', contatti: { email: 'rpd@icalighieri.edu.it' } });
    expect(reg.registro.aggiornato).toBe('2025-09-15');
    expect(report(out)).not.toMatch(/registro\.yaml: \./);
    validated(out);
  });

  it('says so in English with --lang en', () => {
    if (!hasLibreOffice()) return;
    const out = imported(docx, 'scuola-en', '--lang', 'en');
    expect(report(out)).toContain('from the title above the card: "Scheda n. 2 - Gestione del personale docente e ATA"');
  });
});

describe('cards under headings without numbers, as a Markdown page writes them', () => {
  it('names every card by its heading, when every card has one', () => {
    const file = join(work, 'schede.md');
    const card = (purpose: string, basis: string) => `| Campo | Valore |\n| --- | --- |\n| Finalità | ${purpose} |\n| Base giuridica | ${basis} |\n| Interessati | Cittadini |\n`;
    writeFileSync(file, `# Registro dei trattamenti\n\nAggiornato al 3 marzo 2025\n\n## Servizi cimiteriali\n\n${card('Concessione dei loculi', 'art. 6 par. 1 lett. e)')}\n## Polizia locale\n\n${card('Accertamento delle violazioni al codice della strada', 'obbligo di legge')}`);
    const out = imported(file, 'schede-md');
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['polizia-locale.yaml', 'servizi-cimiteriali.yaml']);
    expect(read(out, 'polizia-locale').finalita[0].descrizione).toBe('Accertamento delle violazioni al codice della strada');
    expect(report(out)).toContain('dal titolo sopra la scheda: "Servizi cimiteriali"');
    expect(register(out).registro.aggiornato).toBe('2025-03-03');
  });
});

describe('a workbook of one card per sheet, the sheet naming the activity', () => {
  it('imports each card, named by its sheet, and leaves the legend out', () => {
    const out = imported(files.schede, 'schede');
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['protocollo.yaml', 'tributi.yaml']);
    expect(read(out, 'protocollo')).toMatchObject({ denominazione: 'Protocollo', finalita: [{ basi_giuridiche: [{ base: '6.1.c', norma: 'D.P.R. 445/2000' }] }], interessati: ['cittadini', 'imprese'] });
    expect(read(out, 'tributi').importazione).toMatchObject({ foglio: 'Tributi', riga: 3 });
    expect(report(out)).toContain('- denominazione: dedotto (da verificare): dal nome del foglio "Tributi"');
    expect(report(out)).toContain('Foglio "Legenda" non importato');
    expect(register(out).titolare.denominazione).toBe('Comune di Roccaforte');
    validated(out);
  });
});

describe('a csv that cannot be read as it stands', () => {
  it('a quote opened and never closed stops the import at its row and cell, instead of swallowing the rows after it', () => {
    const file = join(work, 'virgolette.csv');
    writeFileSync(file, 'Trattamento;Finalità;Base giuridica;Interessati\r\nProtocollo;"Registrazione degli atti;obbligo di legge;Cittadini\r\nTributi;Riscossione;6.1.e;Contribuenti\r\n');
    const out = join(work, 'virgolette');
    const run = registro(['import', file, '-o', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('registro: "virgolette.csv", riga 2, colonna 2: la cella si apre con le virgolette (") che il file non chiude più, e prenderebbe con sé tutte le righe che seguono; chiudi le virgolette o togli quella di apertura; nessun file è stato scritto\n');
    expect(existsSync(out)).toBe(false);
    expect(registro(['import', file, '-o', out, '--lang', 'en']).stderr).toContain('"virgolette.csv", row 2, column 2: the cell opens with a quote');
  });

  it('an empty file says it is empty, not which headings it lacks', () => {
    const file = join(work, 'vuoto.csv');
    writeFileSync(file, ';;;\r\n;;\r\n');
    const run = registro(['import', file, '-o', join(work, 'vuoto')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('registro: "vuoto.csv" non contiene nulla da importare: nessuna cella è compilata; è il file giusto? Nessun file è stato scritto\n');
  });
});
