import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MINIMAL, registerWith, registro, remove, tempDir } from '../helpers.js';
import { findBrowser } from '../../src/informativa/browser.js';

// Issue 10: nothing that leaves registro may carry a placeholder, a legal gap or broken Italian.
const browser = findBrowser();
if (!browser) throw new Error('no browser: install Debian chromium (.ci/run does); the PDF tests must run, never skip');

const made: string[] = [];
const track = (dir: string) => (made.push(dir), dir);
afterAll(() => made.forEach(remove));

/** Text of each page of a PDF, as a reader copies it. */
const pdfPages = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
const flat = (text: string) => text.replace(/\s+/g, ' ');
const htmlText = (file: string) => flat(readFileSync(file, 'utf8').replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"'));
const placeholderLines = (stdout: string) => stdout.split('\n').filter((l) => l.endsWith('placeholder')).map((l) => l.split('  ')[0]);

describe('placeholders are findings', () => {
  it('reports a placeholder in each kind of file at its line and column', () => {
    const dir = track(
      registerWith({
        'registro.yaml': readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8').replace('nome: Mario Rossi', 'nome: "DA COMPLETARE: nome dell\'RPD"'),
        'soggetti.yaml': 'soggetti:\n  - id: software-house\n    denominazione: TODO\n    ruolo: responsabile\n    paese: IT\n    atto:\n      tipo: Atto di nomina\n      riferimento: Determina n. xx/xxxx\n',
        'servizi/mensa.yaml': 'denominazione: Mensa scolastica\ntrattamenti: [mensa]\nufficio:\n  nome: <nome dell\'ufficio>\n  contatti:\n    email: scuola@comune.esempio.it\nconferimento:\n  natura: requisito-necessario\n',
        'vocabolario.yaml': 'dati:\n  - id: dati-mensa\n    it: da definire\n    en: Canteen data\n    classe: comune\n',
        'attivita-responsabile/suap.yaml': 'titolare: software-house\ndenominazione: Sportello unico\ncategorie_trattamento: ["..."]\nmisure: [backup]\n',
      }),
    );
    const r = registro(['validate', dir, '-q']);
    expect(r.status).toBe(1);
    const at = placeholderLines(r.stdout).map((l) => l!.replace(/^.*registro\//, ''));
    expect(at).toEqual(expect.arrayContaining(['registro.yaml:8:9', 'soggetti.yaml:3:20', 'soggetti.yaml:8:20', 'servizi/mensa.yaml:4:9', 'servizi/mensa.yaml:6:12', 'vocabolario.yaml:3:9', 'attivita-responsabile/suap.yaml:3:25']));
    expect(r.stdout).toContain('«DA COMPLETARE: nome dell\'RPD» è un segnaposto');
  });

  it('in a paragraph of several lines, points at the placeholder and quotes its line', () => {
    const record = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8').replace(
      '  - descrizione: Iscrizione alla mensa scolastica e riscossione delle tariffe\n',
      '  - descrizione: |\n      Iscrizione alla mensa scolastica.\n      Riscossione delle tariffe: ufficio DA COMPLETARE\n      entro l\'anno.\n',
    );
    const service = readFileSync(join(MINIMAL, 'servizi/mensa.yaml'), 'utf8').replace(/^denominazione: .*$/m, 'descrizione: >\n  Il servizio è gestito\n  dall\'ufficio scuola; orari da\n  definire.\n$&');
    const dir = track(registerWith({ 'trattamenti/mensa.yaml': record, 'servizi/mensa.yaml': service }));
    const r = registro(['validate', dir, '-q']);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.endsWith('placeholder')).map((l) => l.replace(/^.*registro\//, ''));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^servizi\/mensa\.yaml:3:30 .*«Il servizio è gestito dall'ufficio scuola; orari da definire\.» è un segnaposto/);
    expect(lines[1]).toMatch(/^trattamenti\/mensa\.yaml:5:42 .*«Riscossione delle tariffe: ufficio DA COMPLETARE» è un segnaposto/);
  });

  it('stays silent on real values that look close to a placeholder', () => {
    const dir = track(
      registerWith({
        'soggetti.yaml': 'soggetti:\n  - id: software-house\n    denominazione: Software House S.r.l.\n    ruolo: responsabile\n    paese: IT\n    contatti:\n      indirizzo: Via XX Settembre 12, Roma\n      telefono: "06 1000000"\n    atto:\n      tipo: Atto di nomina - art. 28\n      riferimento: Determina n. 100/2020\n    servizi: Indicazioni stradali e segnaletica <b>non</b> incluse; dati da verificare annualmente\n',
      }),
    );
    const r = registro(['validate', dir]);
    expect(placeholderLines(r.stdout)).toEqual([]);
  });

  it('init writes one recognisable marker, every one is reported, and the filled register is clean', () => {
    const dir = join(track(tempDir()), 'nuovo');
    expect(registro(['init', dir]).stdout).toContain('Sostituisci i valori "DA COMPLETARE"');
    const r = registro(['validate', dir]);
    expect(r.status).toBe(1);
    const files = ['registro.yaml', 'soggetti.yaml', 'servizi/sportello-istanze.yaml'];
    const markers = files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.includes('DA COMPLETARE') && !l.trimStart().startsWith('#')).map(() => f));
    expect(placeholderLines(r.stdout)).toHaveLength(markers.length);
    expect(r.stdout.split('\n').filter((l) => l.includes('errore')).every((l) => l.endsWith('placeholder'))).toBe(true);
    // Filled in with real values, the scaffold validates clean.
    let n = 0;
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8').replace(/"DA COMPLETARE: ([^"]*)"/g, (_m, what: string) => (/e-mail|PEC/.test(what) ? `ufficio${n++}@comune.vallechiara.it` : `Valore reale ${n++}`));
      writeFileSync(join(dir, f), text);
    }
    expect(registro(['validate', dir]).stdout).toContain('nessun problema');
  });
});

describe('outputs say the state they were made in', () => {
  const withErrors = () =>
    track(registerWith({ 'trattamenti/mensa.yaml': readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8').replace('norma: "D.Lgs. 63/2017, art. 6"', 'norma: TODO') }));

  it('export writes a workbook marked as a draft, and says so in one line', async () => {
    const dir = withErrors();
    const file = join(dir, 'registro.xlsx');
    const r = registro(['export', dir, '-o', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('registro: il registro ha 1 errore aperto (registro validate li elenca)\n');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('Stato');
    expect(String(sheet.getCell('C2').value)).toBe('BOZZA: al 3 dicembre 2026 il registro ha un errore aperto (registro validate li elenca)');
    expect(workbook.subject).toContain('BOZZA al 2026-12-03: 1 errore aperto');
  });

  it('an --area that matches nothing is a usage error, and nothing is written', () => {
    const dir = track(registerWith());
    const file = join(dir, 'registro.xlsx');
    const r = registro(['export', dir, '-o', file, '--area', 'Ufficio Inesistente']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('registro: nessun trattamento ha area o ufficio che contenga "Ufficio Inesistente": controlla --area; nessun file è stato scritto\n');
    expect(existsSync(file)).toBe(false);
  });

  it('export --strict writes nothing and exits 1 while errors are open', () => {
    const dir = withErrors();
    const file = join(dir, 'registro.xlsx');
    const r = registro(['export', dir, '-o', file, '--strict']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--strict: un errore aperto impedisce di scrivere i risultati; nulla è stato scritto');
    expect(existsSync(file)).toBe(false);
  });

  it('a clean register exports without a draft mark', async () => {
    const dir = track(registerWith());
    const file = join(dir, 'registro.xlsx');
    const r = registro(['export', dir, '-o', file, '--strict']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('registro: il registro non ha errori né avvisi aperti\n');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets[0]!.getCell('A2').value).toBe('Titolare');
  });

  it('a notice with an error in what it shows is not written, unless as a marked draft', () => {
    const dir = withErrors();
    const out = join(dir, 'out');
    const refused = registro(['informativa', dir, '--tutti', '--formato', 'html', '-o', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('trattamenti/mensa.yaml:6:16  errore');
    expect(refused.stderr).toContain('informativa di "mensa" non generata: un errore aperto in ciò che mostra');
    expect(existsSync(join(out, 'mensa.html'))).toBe(false);

    const draft = registro(['informativa', dir, '--tutti', '--formato', 'html', '-o', out, '--bozza']);
    expect(draft.status).toBe(0);
    expect(draft.stderr).toContain('mensa: bozza con 1 errore aperto, marcata BOZZA su ogni pagina: non pubblicarla');
    for (const name of ['mensa.html', 'mensa-breve.html']) {
      const html = readFileSync(join(out, name), 'utf8');
      expect(html).toContain('<title>BOZZA - ');
      expect(html).toContain('BOZZA, non pubblicare: un errore aperto nel registro');
    }
  });

  it('a draft PDF says BOZZA on every page', () => {
    const dir = withErrors();
    const out = join(dir, 'out');
    // A long purpose list makes the notice run over several pages.
    const long = readFileSync(join(dir, 'trattamenti/mensa.yaml'), 'utf8').replace(
      'finalita:\n',
      `finalita:\n${Array.from({ length: 40 }, (_, i) => `  - descrizione: Finalità numero ${i + 1} del servizio di refezione, descritta per esteso\n    basi_giuridiche:\n      - base: 6.1.e\n        norma: "D.Lgs. 63/2017"\n`).join('')}`,
    );
    writeFileSync(join(dir, 'trattamenti/mensa.yaml'), long);
    const r = registro(['informativa', dir, '--tutti', '--formato', 'pdf', '-o', out, '--bozza']);
    expect(r.status).toBe(0);
    const pages = pdfPages(join(out, 'mensa.pdf'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('BOZZA');
  });

  it('a placeholder in a template is refused like one in the register', () => {
    const dir = track(registerWith({ 'modelli/partials/contatti.hbs': '<p>TODO: contatti</p>', 'registro.yaml': readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8') + 'opzioni:\n  informativa:\n    modelli: modelli\n' }));
    const out = join(dir, 'out');
    const r = registro(['informativa', dir, '--tutti', '--formato', 'html', '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('informativa di "mensa" non generata: il testo contiene il segnaposto «TODO»');
    expect(existsSync(join(out, 'mensa.html'))).toBe(false);
  });
});

describe('build owns its output folder', () => {
  it('removes the notices of a deleted service, and never a file it did not write', () => {
    const dir = track(registerWith({ 'servizi/mensa-estiva.yaml': readFileSync(join(MINIMAL, 'servizi/mensa.yaml'), 'utf8') }));
    const out = join(dir, 'out');
    expect(registro(['build', dir, '-o', out, '--formato', 'html']).status).toBe(0);
    expect(existsSync(join(out, 'informative/mensa-estiva.html'))).toBe(true);
    writeFileSync(join(out, 'informative/mia-nota.html'), '<p>scritta a mano</p>');
    writeFileSync(join(out, 'informative/mensa-estiva-breve.html'), '<p>modificata a mano</p>');

    rmSync(join(dir, 'servizi/mensa-estiva.yaml'));
    const r = registro(['build', dir, '-o', out, '--formato', 'html']);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'informative/mensa-estiva.html'))).toBe(false);
    expect(r.stderr).toMatch(/rimosso \S*out\/informative\/mensa-estiva\.html: il servizio non esiste più nel registro/);
    // Changed by hand since: kept, and said.
    expect(existsSync(join(out, 'informative/mensa-estiva-breve.html'))).toBe(true);
    expect(r.stderr).toMatch(/lasciato \S*out\/informative\/mensa-estiva-breve\.html/);
    expect(readFileSync(join(out, 'informative/mia-nota.html'), 'utf8')).toBe('<p>scritta a mano</p>');
    expect(existsSync(join(out, 'informative/mensa.html'))).toBe(true);
  });

  it('never removes a file that a symbolic link has put outside its output folder', () => {
    const dir = track(registerWith({ 'servizi/mensa-estiva.yaml': readFileSync(join(MINIMAL, 'servizi/mensa.yaml'), 'utf8') }));
    const out = join(dir, 'out');
    expect(registro(['build', dir, '-o', out, '--formato', 'html']).status).toBe(0);
    // The notices folder moved elsewhere, a link left in its place: the copies there are not registro's.
    const elsewhere = track(join(tempDir(), 'archivio-informative'));
    renameSync(join(out, 'informative'), elsewhere);
    symlinkSync(elsewhere, join(out, 'informative'));

    rmSync(join(dir, 'servizi/mensa-estiva.yaml'));
    const r = registro(['build', dir, '-o', out, '--formato', 'html']);
    expect(r.status).toBe(0);
    expect(existsSync(join(elsewhere, 'mensa-estiva.html'))).toBe(true);
    expect(r.stderr).toMatch(/lasciato \S*out\/informative\/mensa-estiva\.html: il servizio non esiste più, ma un collegamento simbolico porta la sua cartella fuori dalla cartella di uscita/);
  });
});

describe('what the notice must and should say', () => {
  const joint = {
    'soggetti.yaml':
      readFileSync(join(MINIMAL, 'soggetti.yaml'), 'utf8') +
      '  - id: unione\n    denominazione: Unione dei Comuni della Valle\n    ruolo: contitolare\n    paese: IT\n    atto:\n      tipo: Accordo di contitolarità\n      riferimento: Convenzione rep. n. 7/2024\n      data: 2024-01-10\n    contenuto_essenziale: Il Comune iscrive gli alunni; l\'Unione gestisce il centro cottura. Il Comune dà l\'informativa per entrambi.\n    punto_di_contatto:\n      email: privacy@unionevalle.it\n',
  };
  const record = (extra: string) =>
    readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8')
      .replace('  - soggetto: software-house\n', '  - soggetto: software-house\n    descrizione: Gestione del portale delle iscrizioni\n')
      .replace('  - categoria: scuole\n', '  - categoria: scuole\n  - soggetto: unione\n    descrizione: Preparazione dei pasti nel centro cottura\n')
      .replace('trasferimenti: []', 'modalita: elettronico\ntrasferimenti: []')
      .replace('interessati:', `${extra}interessati:`);
  const consent = '  - descrizione: Invio di avvisi sui menu per messaggio\n    basi_giuridiche:\n      - base: 6.1.a\n        revoca: Con un messaggio con scritto STOP al numero del servizio\n';

  it('joint controllers without the arrangement, its essence or a way to reach them are errors', () => {
    const dir = track(registerWith({ 'soggetti.yaml': 'soggetti:\n  - id: unione\n    denominazione: Unione\n    ruolo: contitolare\n' }));
    const r = registro(['validate', dir]);
    expect(r.stdout.split('\n').filter((l) => l.endsWith('joint-controller')).map((l) => l.replace(/^.*registro\//, '').split('  ').slice(0, 2).join(' '))).toEqual([
      'soggetti.yaml:4:12 errore',
      'soggetti.yaml:4:12 errore',
      'soggetti.yaml:4:12 errore',
    ]);
  });

  it('the PDF says who the joint controllers are, the consent in full, no transfers, the date and the Italian citations', () => {
    const dir = track(registerWith({ ...joint, 'trattamenti/mensa.yaml': record('').replace('finalita:\n', `finalita:\n${consent}`) }));
    const out = join(dir, 'out');
    const r = registro(['informativa', dir, '--tutti', '-o', out]);
    expect(r.stderr).not.toContain('errore');
    expect(r.status).toBe(0);
    const text = flat(pdfPages(join(out, 'mensa.pdf')).join(' '));
    expect(text).toContain('Il titolare del trattamento è il Comune di Prova.');
    expect(text).toContain('I contitolari del trattamento');
    expect(text).toContain('Unione dei Comuni della Valle');
    expect(text).toContain("Il contenuto essenziale dell'accordo è questo: il Comune iscrive gli alunni; l'Unione gestisce il centro cottura.");
    expect(text).toContain('privacy@unionevalle.it');
    expect(text).not.toMatch(/comunicati a:[^.]*Unione/);
    // A processor by what this record gives it.
    expect(text).toContain('Software House S.r.l., responsabile del trattamento: gestione del portale delle iscrizioni.');
    // Consent: what it covers, the record's own withdrawal, the lawfulness of what came before.
    expect(text).toContain('Per questa finalità chiediamo il tuo consenso. Il consenso riguarda questi dati:');
    expect(text).toContain('Invio di avvisi sui menu per messaggio. Per revocare il consenso: con un messaggio con scritto STOP al numero del servizio.');
    expect(text).toContain('La revoca non rende illecito il trattamento fatto prima (art. 7, par. 3, del Regolamento).');
    expect(text).toMatch(/Invio di avvisi sui menu per messaggio: no\. Questi dati sono facoltativi/);
    expect(text).toMatch(/Iscrizione alla mensa scolastica e riscossione delle tariffe: sì\./);
    expect(text).toContain('Non trasferiamo i tuoi dati fuori dallo Spazio economico europeo (SEE).');
    expect(text).toContain('Nessuna decisione che ti riguarda è presa solo in modo automatico');
    expect(text).toMatch(/Informativa aggiornata al 1° dicembre 2026, versione [0-9a-f]{8}\./);
    expect(text).toContain('(art. 6, par. 1, lett. e), del Regolamento)');
    expect(text).toContain('Regolamento (UE) 2016/679. È il regolamento generale sulla protezione dei dati');
    expect(text).toContain('Codice in materia di protezione dei dati personali');
    expect(text).toContain('Esercitare i diritti è gratuito (art. 12, par. 5, del Regolamento).');
    expect(text).toContain('Trattiamo i dati con strumenti informatici.');
    expect(text).not.toMatch(/art\. 6\.1|;\s*$/m);
  });

  it('the version is stable across rebuilds and changes with the content', () => {
    const dir = track(registerWith());
    const out = join(dir, 'out');
    const version = () => {
      registro(['informativa', dir, '--tutti', '--formato', 'html', '-o', out]);
      return /versione ([0-9a-f]{8})/.exec(readFileSync(join(out, 'mensa.html'), 'utf8'))![1];
    };
    const first = version();
    expect(version()).toBe(first);
    writeFileSync(join(dir, 'trattamenti/mensa.yaml'), readFileSync(join(dir, 'trattamenti/mensa.yaml'), 'utf8').replace('5 anni', '6 anni'));
    expect(version()).not.toBe(first);
  });

  it('the short notice links to the full one with an absolute address', () => {
    const dir = track(registerWith({ 'registro.yaml': readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8') + 'opzioni:\n  informativa:\n    url: https://www.comune.prova.it/privacy/\n' }));
    const out = join(dir, 'out');
    expect(registro(['informativa', dir, '--tutti', '--formato', 'html', '-o', out]).status).toBe(0);
    const html = readFileSync(join(out, 'mensa-breve.html'), 'utf8');
    expect(html).toContain('<a href="https://www.comune.prova.it/privacy/mensa.html">https://www.comune.prova.it/privacy/mensa.html</a>');
  });

  it('speaks of the DPO only when there is one, and names the channels to exercise rights', () => {
    const company = 'titolare:\n  denominazione: Rossi Ristorazione S.r.l.\n  ente_pubblico: false\n  tipo: impresa\n  contatti:\n    indirizzo: Via Roma 1, 00100 Roma\n    email: privacy@rossiristorazione.it\nregistro:\n  creato: 2020-01-01\n  aggiornato: 2026-06-01\n';
    const dir = track(registerWith({ 'registro.yaml': company }));
    const out = join(dir, 'out');
    expect(registro(['informativa', dir, '--tutti', '--formato', 'html', '-o', out]).status).toBe(0);
    const text = htmlText(join(out, 'mensa.html'));
    expect(text).not.toMatch(/responsabile della protezione dei dati|RPD/);
    expect(text).toContain('Il titolare del trattamento è Rossi Ristorazione S.r.l.');
    expect(text).toContain('Posta elettronica privacy@rossiristorazione.it');
    expect(text).toContain('Posta Via Roma 1, 00100 Roma');
    expect(text).toContain('Di persona Ufficio Scuola');
    expect(text).toContain('registro dei trattamenti di Rossi Ristorazione S.r.l.');
  });

  it('a marketing activity offers the objection to direct marketing, in its own section, even on consent', () => {
    const dir = track(registerWith({ ...joint, 'trattamenti/mensa.yaml': record('marketing_diretto: true\n').replace('finalita:\n', `finalita:\n${consent}`) }));
    const out = join(dir, 'out');
    expect(registro(['validate', dir]).stdout).not.toContain('automated-decisions');
    expect(registro(['informativa', dir, '--tutti', '--formato', 'html', '-o', out]).status).toBe(0);
    expect(htmlText(join(out, 'mensa.html'))).toContain('Il diritto di opposizione Puoi opporti in ogni momento al trattamento dei tuoi dati, per motivi legati alla tua situazione particolare (art. 21 del Regolamento). Il titolare smette di trattare i dati, salvo che dimostri motivi legittimi e prevalenti. Se usiamo i tuoi dati per marketing diretto');
    expect(htmlText(join(out, 'mensa.html'))).toContain('puoi opporti in ogni momento, senza dare motivi. Da quel momento non li usiamo più per questo scopo (art. 21, par. 2 e 3, del Regolamento).');
  });

  it('English notices are in English throughout', () => {
    const dir = track(registerWith({ ...joint, 'trattamenti/mensa.yaml': record('').replace('finalita:\n', `finalita:\n${consent}`) }));
    const out = join(dir, 'out');
    expect(registro(['informativa', dir, '--tutti', '--formato', 'html', '-o', out, '--lang', 'en']).status).toBe(0);
    for (const name of ['mensa.html', 'mensa-breve.html']) {
      // The register's own values stay as written; every word of the template is English.
      const text = htmlText(join(out, name))
        .replace(/Iscrizione alla mensa scolastica e riscossione delle tariffe|Invio di avvisi sui menu per messaggio|Con un messaggio con scritto STOP al numero del servizio|D\.Lgs\. 63\/2017, art\. 6|Il Comune iscrive[^.]*\.[^.]*\.|Preparazione dei pasti nel centro cottura|Gestione del portale delle iscrizioni|dalla fine dell'anno scolastico|Piano di conservazione|Senza i dati non è possibile iscrivere l'alunno\.|5 anni|Ufficio Scuola|Accordo di contitolarità|Convenzione rep\. n\. 7\/2024|Comune di Prova|Unione dei Comuni della Valle|Mensa scolastica|Refezione scolastica|Garante per la protezione dei dati personali/gi, '');
      expect(text.match(/\b(il|la|dei|del|della|sono|puoi|diritti|titolare|trattamento|informativa|consenso|Regolamento|aggiornata|versione)\b/g) ?? []).toEqual([]);
    }
    expect(htmlText(join(out, 'mensa.html'))).toContain('(Article 6(1)(e) GDPR)');
  });
});
