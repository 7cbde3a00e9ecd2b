import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, registro, remove, tempDir } from '../helpers.js';

const VERCELLI = join(ROOT, 'test/fixtures/import/registro-comune-vercelli.tsv');
const work = tempDir('registro-import-');
afterAll(() => remove(work));

const read = (dir: string, id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8'));

describe('import of the Vercelli register', () => {
  const out = join(work, 'vercelli');
  let run: ReturnType<typeof registro>;
  beforeAll(() => {
    run = registro(['import', VERCELLI, '-o', out]);
  });

  it('gives exactly 28 activities with unique ids, and says what to check', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^28 trattamenti importati in /);
    const files = readdirSync(join(out, 'trattamenti'));
    expect(files).toHaveLength(28);
    expect(new Set(files).size).toBe(28);
    const report = readFileSync(join(out, 'importazione.md'), 'utf8');
    expect(report).toContain('## contenzioso (riga 10)');
    expect(report).toContain("colonne spostate rispetto all'intestazione");
  });

  it('maps every field of the first row', () => {
    const r = read(out, 'accertamenti-polizia-municipale');
    expect(r).toMatchObject({
      denominazione: 'Accertamenti polizia municipale',
      descrizione: 'Esposti e segnalazioni a Organo di Polizia Municipale',
      referente: 'Dirigente Politiche Sociali e Sicurezza Territoriale',
      finalita: [{ descrizione: 'Avvio della procedura amministrativa per la risoluzione di un problema', basi_giuridiche: [{ base: '6.1.e' }] }],
      interessati: ['cittadini', 'imprese', 'enti'],
      dati: ['identificativi'],
      operazioni: ['raccolta', 'registrazione', 'conservazione', 'consultazione', 'uso', 'comunicazione', 'cancellazione'],
      modalita: 'misto',
      destinatari: [{ categoria: 'privati' }, { categoria: 'altre-pa' }, { categoria: 'autorita-pubblica' }, { soggetto: 'siscom' }, { soggetto: 'csi' }],
      trasferimenti: [],
      importazione: { file: 'registro-comune-vercelli.tsv', riga: 5 },
    });
    expect(r.conservazione).toBeUndefined();
    expect(r.dati_particolari).toBeUndefined();
  });

  it('maps a row after the page break, where every column moved right', () => {
    const r = read(out, 'protocollo');
    expect(r.finalita[0].basi_giuridiche).toEqual([{ base: '6.1.e' }]);
    expect(r.dati).toEqual(['identificativi']);
    expect(r.dati_particolari).toEqual([{ categoria: 'salute' }]);
    expect(r.interessati).toEqual(['cittadini', 'imprese', 'enti']);
    expect(r.destinatari).toContainEqual({ soggetto: 'siscom' });
    expect(r.importazione.originali['colonna 9']).toBe('COMUNICAZIONE');
    const videos = read(out, 'sistemi-di-videosorveglianza');
    expect(videos.conservazione).toEqual([{ durata: '7 giorni' }]);
    expect(videos.destinatari).toEqual([{ categoria: 'autorita-pubblica' }, { soggetto: 'all-system' }]);
  });

  it('PROTEZIONE CIVILE has no processor; CONTENZIOSO rests on 6.1.f', () => {
    const civil = read(out, 'protezione-civile');
    expect(civil.destinatari.filter((d: { soggetto?: string }) => d.soggetto)).toEqual([]);
    expect(civil.finalita[0].basi_giuridiche).toEqual([{ base: '6.1.a' }, { base: '6.1.e' }]);
    expect(read(out, 'contenzioso').finalita[0].basi_giuridiche).toEqual([{ base: '6.1.f' }]);
  });

  it('loses nothing: every cell of every activity row is kept verbatim', () => {
    const rows = readFileSync(VERCELLI, 'utf8').split('\n').map((l) => l.split('\t'));
    const kept = readdirSync(join(out, 'trattamenti')).flatMap((f) => Object.values(parse(readFileSync(join(out, 'trattamenti', f), 'utf8')).importazione.originali as Record<string, string>));
    const dataRows = rows.filter((r) => /^\d+$/.test(r.find((c) => c.trim()) ?? ''));
    expect(dataRows).toHaveLength(28);
    for (const row of dataRows) for (const c of row.filter((x) => x.trim())) expect(kept).toContain(c);
  });

  it('creates the parties and the register stub, and validates for shape', () => {
    const soggetti = parse(readFileSync(join(out, 'soggetti.yaml'), 'utf8')).soggetti.map((s: { id: string }) => s.id);
    expect(soggetti).toEqual(expect.arrayContaining(['siscom', 'csi', 'cadmo', 'all-system']));
    expect(parse(readFileSync(join(out, 'registro.yaml'), 'utf8')).titolare).toMatchObject({ denominazione: 'Comune di Vercelli', ente_pubblico: true });
    const result = JSON.parse(registro(['validate', out, '--format', 'json']).stdout);
    const ids = result.diagnostics.map((d: { ruleId: string }) => d.ruleId);
    for (const form of ['schema', 'yaml-syntax', 'encoding', 'layout', 'vocabulary-term', 'party-declared']) expect(ids).not.toContain(form);
  });

  it('validating the result reports what a DPO would expect of that register', () => {
    const result = JSON.parse(registro(['validate', out, '--format', 'json']).stdout);
    const at = (rule: string) => result.diagnostics.filter((d: { ruleId: string }) => d.ruleId === rule).map((d: { file: string }) => d.file.split('/').pop());
    expect(at('public-legit-interest')).toEqual(['contenzioso.yaml']);
    expect(at('retention-missing')).toContain('accertamenti-polizia-municipale.yaml');
    expect(at('special-condition')).toContain('protocollo.yaml');
    expect(at('public-consent')).toContain('protezione-civile.yaml');
  });

  it('never overwrites without --force', () => {
    const before = readFileSync(join(out, 'trattamenti/contenzioso.yaml'), 'utf8');
    writeFileSync(join(out, 'trattamenti/contenzioso.yaml'), before + '# una nota mia\n');
    const again = registro(['import', VERCELLI, '-o', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('esiste già: non lo sovrascrivo');
    expect(readFileSync(join(out, 'trattamenti/contenzioso.yaml'), 'utf8')).toContain('# una nota mia');
    expect(registro(['import', VERCELLI, '-o', out, '--force']).status).toBe(0);
  });
});

describe('import variants', () => {
  it('a csv with ";" in Windows-1252, as Excel saves it', () => {
    const csv = [
      'N.;Trattamento;Finalità;Base giuridica;Categorie di interessati;Categorie di dati;Termini ultimi di cancellazione;Responsabile esterno',
      '1;Mensa scolastica;Iscrizione e pagamento della mensa;Art. 6.1.e GDPR (compito di interesse pubblico);Genitori, Alunni;dati identificativi;5 anni dalla fine dell\'anno;Ristorazione Srl',
      '2;Attività sportive;Iscrizione ai corsi sportivi comunali;consenso;Cittadini;dati di contatto;;',
    ].join('\r\n');
    const file = join(work, 'registro.csv');
    writeFileSync(file, Buffer.from(csv, 'latin1'));
    const out = join(work, 'csv');
    const r = registro(['import', file, '-o', out]);
    expect(r.status).toBe(0);
    const mensa = read(out, 'mensa-scolastica');
    expect(mensa).toMatchObject({
      finalita: [{ descrizione: 'Iscrizione e pagamento della mensa', basi_giuridiche: [{ base: '6.1.e' }] }],
      interessati: ['genitori', 'alunni'],
      dati: ['identificativi'],
      conservazione: [{ durata: '5 anni', decorrenza: "dalla fine dell'anno" }],
      destinatari: [{ soggetto: 'ristorazione-srl' }],
    });
    expect(read(out, 'attivita-sportive').denominazione).toBe('Attività sportive');
    expect(readFileSync(join(out, 'importazione.md'), 'utf8')).toContain('Codifica Windows-1252, separatore ";"');
  });

  it("the Garante model's headings, with purposes and legal bases in one column", () => {
    const file = join(work, 'garante.tsv');
    writeFileSync(
      file,
      'Tipologia di trattamento\tFinalità e basi legali del trattamento\tCategorie di interessati\tCategorie di dati personali\tCategorie di destinatari\tTrasferimento dati verso paesi terzi\tTermini ultimi di cancellazione previsti\tMisure di sicurezza tecniche e organizzative\n' +
        'Gestione del personale\tGestione giuridica ed economica del rapporto di lavoro - Base: obbligo legale (art. 6.1.c); esecuzione del contratto (art. 6.1.b)\tDipendenti\tDati anagrafici; Dati bancari; Dati relativi alla salute\tINPS; Agenzia delle Entrate\tNo\t10 anni dalla cessazione\tCredenziali individuali, backup giornaliero\n',
    );
    const out = join(work, 'garante');
    expect(registro(['import', file, '-o', out]).status).toBe(0);
    expect(read(out, 'gestione-del-personale')).toMatchObject({
      finalita: [{ descrizione: 'Gestione giuridica ed economica del rapporto di lavoro', basi_giuridiche: [{ base: '6.1.c' }, { base: '6.1.b' }] }],
      interessati: ['dipendenti'],
      dati: ['identificativi', 'bancari'],
      dati_particolari: [{ categoria: 'salute' }],
      destinatari: [{ categoria: 'inps' }, { categoria: 'agenzia-entrate' }],
      trasferimenti: [],
      conservazione: [{ durata: '10 anni', decorrenza: 'dalla cessazione' }],
      misure_descrizione: 'Credenziali individuali, backup giornaliero',
    });
  });

  it('a vertical layout: one label | value table per activity', () => {
    const file = join(work, 'verticale.csv');
    writeFileSync(file, 'Trattamento;Mensa scolastica\nFinalità;Iscrizione alla mensa\nBase giuridica;compito di interesse pubblico (art. 6 e)\nCategorie di interessati;Genitori;Alunni\n;\nTrattamento;Trasporto scolastico\nFinalità;Organizzazione del trasporto\nBase giuridica;obbligo legale\nCategorie di interessati;Alunni\n');
    const out = join(work, 'verticale');
    const r = registro(['import', file, '-o', out]);
    expect(r.stdout).toMatch(/^2 trattamenti importati/);
    expect(read(out, 'mensa-scolastica')).toMatchObject({ finalita: [{ descrizione: 'Iscrizione alla mensa', basi_giuridiche: [{ base: '6.1.e' }] }], interessati: ['genitori', 'alunni'] });
    expect(read(out, 'trasporto-scolastico')).toMatchObject({ finalita: [{ basi_giuridiche: [{ base: '6.1.c' }] }], interessati: ['alunni'], importazione: { riga: 6 } });
  });

  it('a mapping file overrides any guess', () => {
    const file = join(work, 'strano.csv');
    writeFileSync(file, 'Voce;Scopo;Perché lo facciamo;Chi\nMensa;Iscrizione alla mensa;art. 6.1.e;Genitori\n');
    const mapping = join(work, 'mappa.yaml');
    writeFileSync(mapping, 'colonne:\n  denominazione: Voce\n  finalita: 2\n  base: "Perché lo facciamo"\n  interessati: Chi\n');
    const out = join(work, 'mappa');
    expect(registro(['import', file, '-o', out, '--mappa', mapping]).status).toBe(0);
    expect(read(out, 'mensa')).toMatchObject({ finalita: [{ descrizione: 'Iscrizione alla mensa', basi_giuridiche: [{ base: '6.1.e' }] }], interessati: ['genitori'] });
    writeFileSync(mapping, 'colonne:\n  finalta: 2\n');
    const bad = registro(['import', file, '-o', join(work, 'mappa2'), '--mappa', mapping]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('campo "finalta" sconosciuto: forse "finalita"?');
  });

  it('repeated heading rows are skipped and colliding ids get a suffix', () => {
    const file = join(work, 'ripetuto.csv');
    const head = 'Trattamento;Finalità;Base giuridica;Categorie di interessati';
    writeFileSync(file, [head, 'Protocollo;Registrazione dei documenti in arrivo;obbligo legale;Cittadini', '', head, 'Protocollo;Registrazione dei documenti in partenza;obbligo legale;Imprese'].join('\n'));
    const out = join(work, 'ripetuto');
    expect(registro(['import', file, '-o', out]).stdout).toMatch(/^2 trattamenti importati/);
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['protocollo-2.yaml', 'protocollo.yaml']);
    expect(read(out, 'protocollo-2').interessati).toEqual(['imprese']);
  });

  it('an .ods file, through LibreOffice', () => {
    const soffice = spawnSync('soffice', ['--version']);
    if (soffice.status !== 0) {
      if (process.env.CI) throw new Error('LibreOffice is not installed: .ci/run installs it');
      return;
    }
    const dir = join(work, 'ods');
    // The .tsv is tab-separated: LibreOffice must be told (CSV filter, separator 9).
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profilo`, '--infilter=CSV:9,34,76,1', '--convert-to', 'ods', '--outdir', dir, VERCELLI], { stdio: 'ignore', timeout: 120_000 });
    const r = registro(['import', join(dir, 'registro-comune-vercelli.ods'), '-o', join(dir, 'registro')]);
    expect(r.stdout).toMatch(/^28 trattamenti importati/);
    expect(read(join(dir, 'registro'), 'contenzioso').finalita[0].basi_giuridiche).toEqual([{ base: '6.1.f' }]);
  });

  it('a file with no register heading is refused with a clear message', () => {
    const file = join(work, 'vuoto.csv');
    writeFileSync(file, 'a;b\n1;2\n');
    const r = registro(['import', file, '-o', join(work, 'vuoto')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("non trovo l'intestazione del registro");
  });

  it('with --lang en, the report and the comments of the files it writes are in English', () => {
    const file = join(work, 'english.csv');
    writeFileSync(file, 'Trattamento;Finalità;Base giuridica;Interessati;Dati;Responsabili esterni\nProtocollo;Registrazione;art. 6.1.c;Cittadini;n.d.;Maggioli SpA\nTotale;;;;;\n');
    const out = join(work, 'english');
    expect(registro(['import', file, '-o', out, '--lang', 'en']).status).toBe(0);
    const report = readFileSync(join(out, 'importazione.md'), 'utf8');
    expect(report).toContain('- Heading on row 1: Trattamento -> denominazione;');
    expect(report).toContain('- Row 3 not imported (a single cell): Totale');
    expect(report).toContain('1 processing activity imported. Every cell of the sheet is kept as written');
    expect(report).toContain('## protocollo (row 2)');
    expect(report).toContain('- basi_giuridiche: inferred (to check): art. 6.1.c -> 6.1.c');
    expect(report).toContain('- dati: kept as text: n.d. -> not stated');
    expect(report).toContain('- responsabili: inferred (to check): Maggioli SpA -> party maggioli-spa');
    expect(report).not.toMatch(/ riga |importat|dedotto|conservato|Intestazione|non indicato|soggetto /);
    expect(readFileSync(join(out, 'trattamenti/protocollo.yaml'), 'utf8')).toContain('# Imported from english.csv, row 2: check the inferred values');
    expect(readFileSync(join(out, 'soggetti.yaml'), 'utf8')).toContain("# From the names of the sheet's external processors");
  });

  it('a date column written month first, as a US register writes it, is read so in every row, and reported as inferred', () => {
    const file = join(work, 'us-dates.csv');
    writeFileSync(file, 'Trattamento;Finalità;Base giuridica;Interessati;Data di creazione\nProtocollo;Registrazione;art. 6.1.c;Cittadini;12/31/2024\nTributi;Riscossione;art. 6.1.e;Contribuenti;01/02/2024\n');
    const out = join(work, 'us-dates');
    expect(registro(['import', file, '-o', out]).status).toBe(0);
    expect(parse(readFileSync(join(out, 'trattamenti/protocollo.yaml'), 'utf8')).creato).toBe('2024-12-31');
    expect(parse(readFileSync(join(out, 'trattamenti/tributi.yaml'), 'utf8')).creato).toBe('2024-01-02');
    expect(readFileSync(join(out, 'importazione.md'), 'utf8')).toContain('- creato: dedotto (da verificare): 01/02/2024 -> 2024-01-02');
  });

  it('a heading with no activity under it is refused, and no register is written', () => {
    const file = join(work, 'solo-intestazione.csv');
    writeFileSync(file, 'Trattamento;Finalità;Base giuridica;Interessati\nTotale trattamenti;;;\n');
    const r = registro(['import', file, '-o', join(work, 'solo-intestazione')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`registro: in "${file}" l'intestazione del registro finisce alla riga 1, ma sotto non c'è nessun trattamento (1 riga scartata: titoli, totali, celle isolate o un'altra tabella): nessun file è stato scritto\n`);
    expect(existsSync(join(work, 'solo-intestazione'))).toBe(false);
  });
});

describe('round trip: import, export to xlsx, import again', () => {
  const first = join(work, 'rt-primo');
  const xlsx = join(work, 'rt.xlsx');
  const second = join(work, 'rt-secondo');
  const records = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'trattamenti')).map((f) => [f, parse(readFileSync(join(dir, 'trattamenti', f), 'utf8'))]));
  beforeAll(() => {
    expect(registro(['import', VERCELLI, '-o', first]).status).toBe(0);
    expect(registro(['export', first, '-o', xlsx]).status).toBe(0);
  });

  it('gives the same records, parties and terms', () => {
    const r = registro(['import', xlsx, '-o', second]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^28 trattamenti ripristinati in .* 0 con celle modificate in Excel/);
    expect(records(second)).toEqual(records(first));
    for (const f of ['soggetti.yaml', 'vocabolario.yaml', 'registro.yaml']) expect(parse(readFileSync(join(second, f), 'utf8'))).toEqual(parse(readFileSync(join(first, f), 'utf8')));
  });

  it('keeps a cell edited in Excel after the export, and reports it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.worksheets[0]!;
    let row = 1;
    while (row < 500 && sheet.getCell(row, 1).text !== 'contenzioso') row++;
    expect(row).toBeLessThan(500);
    sheet.getCell(row, 6).value = 'Difesa in giudizio del Comune nelle cause civili e amministrative';
    const edited = join(work, 'rt-modificato.xlsx');
    await wb.xlsx.writeFile(edited);
    const out = join(work, 'rt-terzo');
    expect(registro(['import', edited, '-o', out]).stdout).toContain('1 con celle modificate in Excel');
    const record = parse(readFileSync(join(out, 'trattamenti/contenzioso.yaml'), 'utf8'));
    expect(record.importazione.originali['Finalità (modificato in Excel)']).toBe('Difesa in giudizio del Comune nelle cause civili e amministrative');
    expect(record.finalita).toEqual(records(first)['contenzioso.yaml'].finalita);
    expect(readFileSync(join(out, 'importazione.md'), 'utf8')).toContain('- contenzioso: Finalità (modificato in Excel): Difesa in giudizio del Comune');
  });
});

describe('the summary line of an import', () => {
  const one = 'Denominazione del trattamento\tFinalità\tBase giuridica\tCategorie di interessati\tCategorie di dati\tDestinatari\tConservazione\tMisure di sicurezza\nRefezione scolastica\tIscrizione alla mensa e riscossione delle tariffe\tArt. 6 par. 1 lett. e\tGenitori\tDati anagrafici\tScuole\t5 anni\tCredenziali individuali\n';
  it('agrees with its counts, in Italian and in English', () => {
    const file = join(work, 'uno.tsv');
    writeFileSync(file, one);
    expect(registro(['import', file, '-o', join(work, 'uno-it')]).stdout).toMatch(/^1 trattamento importato in \S+ \(3 file\); \d+ (valore dedotto o conservato|valori dedotti o conservati) come testo: vedi /);
    expect(registro(['import', file, '-o', join(work, 'uno-en'), '--lang', 'en']).stdout).toMatch(/^1 processing activity imported into \S+ \(3 files\); \d+ values? inferred or kept as text: see .*\nNext: registro validate /);
  });
});
