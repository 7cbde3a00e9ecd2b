import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { EXAMPLE, MINIMAL, ROOT, registerWith, registro, remove, tempDir } from '../helpers.js';
import { findBrowser } from '../../src/informativa/browser.js';
import { gulpease, textOfMarkdown } from '../../src/informativa/gulpease.js';

const browser = findBrowser();
if (!browser) throw new Error('no browser: install Debian chromium (.ci/run does); the PDF tests must run, never skip');

const work = tempDir('registro-notices-');
afterAll(() => remove(work));

/** The example register plus services for the art. 14 list and the mail with a US transfer. */
function exampleWithMoreServices(): string {
  const dir = join(work, 'vallechiara');
  cpSync(EXAMPLE, dir, { recursive: true });
  writeFileSync(join(dir, 'servizi/liste-elettorali.yaml'), 'denominazione: Liste elettorali\ntrattamenti: [servizi-elettorali]\nufficio:\n  nome: Ufficio Elettorale\n  contatti: { email: elettorale@comune.vallechiara.vt.it }\n');
  // The Italian notices are under test: without the English translations of the new services' texts.
  rmSync(join(dir, 'vocabolario.yaml'));
  writeFileSync(join(dir, 'servizi/posta.yaml'), 'denominazione: Posta elettronica\ntrattamenti: [posta-elettronica]\nufficio:\n  nome: Servizio Sistemi Informativi\n  contatti: { email: ced@comune.vallechiara.vt.it }\nconferimento: { natura: requisito-necessario }\n');
  return dir;
}

/** A company's newsletter, on consent, processed electronically. */
function companyWithConsent(): string {
  const registroYaml = readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8').replace('ente_pubblico: true', 'ente_pubblico: false').replace('tipo: comune', 'tipo: impresa').replace('Comune di Prova', 'Libreria Rossi S.r.l.');
  const activity = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8')
    .replace('denominazione: Refezione scolastica', 'denominazione: Newsletter dei clienti')
    .replace('Iscrizione alla mensa scolastica e riscossione delle tariffe', 'Invio della newsletter mensile con le novità della libreria')
    .replace('      - base: 6.1.e\n        norma: "D.Lgs. 63/2017, art. 6"\n', '      - base: 6.1.a\n        revoca: Con il link in fondo a ogni email\n')
    .replace('interessati: [genitori, alunni]', 'interessati: [utenti]')
    .replace('finalita:', 'modalita: elettronico\nfinalita:');
  return registerWith({
    'registro.yaml': registroYaml,
    'trattamenti/mensa.yaml': activity,
    'servizi/mensa.yaml': 'denominazione: Newsletter\ntrattamenti: [mensa]\nufficio: { nome: Servizio clienti }\nconferimento: { natura: facoltativo, conseguenze: Non riceverai la newsletter. }\n',
    // Invoicing on a legal obligation beside the newsletter: only the newsletter's data are portable.
    'trattamenti/fatture.yaml': activity
      .replace('denominazione: Newsletter dei clienti', 'denominazione: Fatturazione')
      .replace('Invio della newsletter mensile con le novità della libreria', 'Emissione e conservazione delle fatture')
      .replace('      - base: 6.1.a\n        revoca: Con il link in fondo a ogni email\n', '      - base: 6.1.c\n        norma: "D.P.R. 633/1972, art. 21"\n'),
    'servizi/clienti.yaml': 'denominazione: Clienti della libreria\ntrattamenti: [mensa, fatture]\nufficio: { nome: Servizio clienti }\nconferimento: { natura: obbligo-legale, conseguenze: Senza i dati non possiamo emettere la fattura. }\n',
  });
}

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('notices as PDF', () => {
  let example: string;
  let company: string;
  const out = join(work, 'pdf');
  beforeAll(() => {
    example = exampleWithMoreServices();
    company = companyWithConsent();
    const r = registro(['informativa', example, '--servizio', 'trasporto-scolastico', 'liste-elettorali', 'posta', 'mensa-scolastica', '-o', out]);
    expect(r.stderr).toBe("registro: il registro non ha errori né avvisi aperti\n");
    expect(r.status).toBe(0);
    expect(registro(['informativa', company, '--tutti', '-o', join(out, 'company')]).status).toBe(0);
  }, 120_000);
  afterAll(() => remove(company));

  it('a 6.1.e service has the right to object, in its own section, and no portability', () => {
    const text = pdfText(join(out, 'trasporto-scolastico.pdf'));
    expect(text).toContain('Il diritto di opposizione Puoi opporti in ogni momento al trattamento dei tuoi dati');
    expect(text).not.toContain('formato leggibile da un computer');
    expect(text).toContain('Chiedere di cancellare i dati (art. 17). Questo diritto non vale per i dati che il titolare deve trattare per legge o per un compito pubblico. Lo prevede l\'art. 17, par. 3, lett. b).');
    expect(text).not.toContain('revocarlo');
  });

  it('explicit consent for special data gives withdrawal but no portability on a public task (art. 20, par. 3)', () => {
    // The school canteen: its purposes rest on 6.1.e, the religious diets on explicit consent (9.2.a).
    const text = pdfText(join(out, 'mensa-scolastica.pdf'));
    expect(text).toContain('Puoi revocare il consenso in ogni momento (art. 7, par. 3, del Regolamento)');
    expect(text).not.toContain('formato leggibile da un computer');
    expect(pdfText(join(out, 'mensa-scolastica-breve.pdf'))).not.toContain('formato digitale');
  });

  it('a service on consent and on a legal obligation: portability of the data given with consent', () => {
    const text = pdfText(join(out, 'company/clienti.pdf'));
    expect(text).toContain('Ricevere i dati che hai fornito con il tuo consenso in un formato leggibile da un computer, o farli passare a un altro titolare (art. 20).');
    expect(pdfText(join(out, 'company/clienti-breve.pdf'))).toContain('Puoi ricevere in formato digitale quelli che hai fornito con il tuo consenso.');
  });

  it('a consent-based service has withdrawal and portability', () => {
    const text = pdfText(join(out, 'company/mensa.pdf'));
    expect(text).toContain('Puoi revocare il consenso in ogni momento (art. 7, par. 3, del Regolamento): come farlo è scritto sopra, in «Il tuo consenso».');
    expect(text).toContain('Ricevere i dati che hai fornito in un formato leggibile da un computer');
    expect(text).not.toContain('Il diritto di opposizione');
    expect(text).toContain('No. Questi dati sono facoltativi: li trattiamo solo con il tuo consenso. Se non lo dai, non li usiamo per questo scopo. Non riceverai la newsletter.');
  });

  it('an art. 14 service has the source and the data categories', () => {
    const text = pdfText(join(out, 'liste-elettorali.pdf'));
    expect(text).toContain('ai sensi dell\'art. 14 del Regolamento (UE) 2016/679');
    expect(text).toContain('Quali dati trattiamo e da dove arrivano');
    expect(text).toContain('Anagrafe comunale, casellario giudiziale, Ministero dell\'Interno. Non è una fonte pubblica.');
    expect(text).toContain('Dati anagrafici e identificativi.');
    expect(text).not.toContain('Devi fornire i dati?');
  });

  it('a service with a US transfer names the mechanism and the document; an adequacy decision has no safeguards to copy', () => {
    const text = pdfText(join(out, 'posta.pdf'));
    expect(text).toContain('Verso gli Stati Uniti, con accesso da remoto. Li riceve MailCloud Inc. (capogruppo, supporto tecnico). Garanzia: decisione di adeguatezza della Commissione (art. 45 del Regolamento). Riferimento: decisione di esecuzione (UE) 2023/1795 (EU-US Data Privacy Framework).');
    expect(text).toContain("Documento: certificazione DPF di MailCloud Inc.; copia su richiesta all'RPD.");
    expect(text).not.toContain('Puoi chiedere copia delle garanzie');
  });

  it('retention reads as a duration with its start', () => {
    expect(pdfText(join(out, 'trasporto-scolastico.pdf'))).toContain("5 anni dalla fine dell'anno scolastico (Piano di conservazione, titolo VII)");
  });

  it('is A4, tagged, titled, with page numbers and the short notice beside it', () => {
    const info = execFileSync('pdfinfo', [join(out, 'trasporto-scolastico.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Informativa privacy: Trasporto scolastico/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pdfText(join(out, 'trasporto-scolastico.pdf'))).toContain(`${pages}/${pages}`);
    expect(readFileSync(join(out, 'trasporto-scolastico.pdf')).includes('/Lang (it)')).toBe(true);
    const short = pdfText(join(out, 'trasporto-scolastico-breve.pdf'));
    expect(short).toContain('La privacy in breve');
    expect(short).toContain('Puoi opporti al trattamento.');
  });
});

describe('sealed rendering', () => {
  let server: Server;
  let hits = 0;
  let port = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => server.close());

  it('hostile YAML values print as text and cause no request', async () => {
    const url = `http://127.0.0.1:${port}/spia.png`;
    const dir = registerWith({
      'servizi/mensa.yaml': `denominazione: "<script>document.title='preso'</script>Mensa"\ndescrizione: '<img src="${url}"> <a href="javascript:alert(1)">clic</a>'\ntrattamenti: [mensa]\nufficio: { nome: Ufficio }\nconferimento: { natura: requisito-necessario }\n`,
    });
    try {
      const { validateRegister } = await import('../../src/validate/validate-register.js');
      const { renderNotices } = await import('../../src/informativa/render-notices.js');
      const { register } = await validateRegister(dir, dir, '2026-12-03');
      const [result] = await renderNotices(register, register.servizi, { lang: 'it', formats: ['pdf', 'html'], outDir: join(dir, 'out'), browser });
      const html = readFileSync(join(dir, 'out/mensa.html'), 'utf8');
      expect(html).not.toMatch(/<script|<img src="http|<a href="javascript/);
      expect(html).toContain('&lt;script&gt;document.title&#x3D;&#x27;preso&#x27;&lt;/script&gt;Mensa');
      expect(result!.blocked).toEqual([]);
      expect(hits).toBe(0);
      expect(execFileSync('pdfinfo', [join(dir, 'out/mensa.pdf')], { encoding: 'utf8' })).toContain("Title:           Informativa privacy: <script>document.title='preso'</script>Mensa");
    } finally {
      remove(dir);
    }
  });

  it('even a template that asks for the network and runs a script gets neither', async () => {
    const url = `http://127.0.0.1:${port}/logo.png`;
    const templates = join(work, 'modelli-ostili');
    mkdirSync(join(templates, 'partials'), { recursive: true });
    // A whole page of its own, without the built-in Content-Security-Policy.
    writeFileSync(
      join(templates, 'informativa.hbs'),
      `<!doctype html><html lang="it"><head><title>{{servizio.denominazione}}</title><link rel="stylesheet" href="http://127.0.0.1:${port}/x.css"></head>` +
        `<body><img src="${url}"><script>document.title='preso'</script>{{> diritti}}</body></html>`,
    );
    const dir = registerWith();
    try {
      const { validateRegister } = await import('../../src/validate/validate-register.js');
      const { renderNotices } = await import('../../src/informativa/render-notices.js');
      const { register } = await validateRegister(dir, dir, '2026-12-03');
      const [result] = await renderNotices(register, register.servizi, { lang: 'it', formats: ['pdf'], outDir: join(dir, 'out'), templateDir: templates, browser });
      expect(hits).toBe(0);
      // The sanitizer drops the <link> and <script>, the page's policy stops the image before the
      // browser asks: interception, when it sees anything, sees only these (test/e2e/browser-sealed).
      expect(result!.blocked.every((u) => u.startsWith(`http://127.0.0.1:${port}/`))).toBe(true);
      expect(execFileSync('pdfinfo', [join(dir, 'out/mensa.pdf')], { encoding: 'utf8' })).toMatch(/Title:\s+Mensa scolastica\n/);
    } finally {
      remove(dir);
    }
  });
});

describe('notices without a browser, and templates', () => {
  it('PDF stops with one sentence on how to install a browser; HTML still works', () => {
    const out = join(work, 'nobrowser');
    const pdf = registro(['informativa', MINIMAL, '--tutti', '-o', out, '--browser', '/nessun/browser']);
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toBe('registro: per generare i PDF serve Chrome, Chromium o Edge: installane uno (su Debian e Ubuntu: sudo apt-get install chromium) oppure indica il programma con --browser o con la variabile REGISTRO_BROWSER; le informative HTML si generano comunque con --format html\n');
    const html = registro(['informativa', MINIMAL, '--tutti', '-o', out, '--format', 'html'], { env: { REGISTRO_BROWSER: '/nessun/browser' } });
    expect(html.status).toBe(0);
    const page = readFileSync(join(out, 'mensa.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="it">/);
    expect(page).toContain('<main>');
    expect(page).toContain('<h1>Informativa sul trattamento dei dati personali</h1>');
    expect(page).toContain("default-src 'none'");
    expect(existsSync(join(out, 'mensa-breve.html'))).toBe(true);
  });

  it('English on request', () => {
    const out = join(work, 'en');
    expect(registro(['informativa', MINIMAL, '--tutti', '-o', out, '--format', 'html', '--lang', 'en']).status).toBe(0);
    const page = readFileSync(join(out, 'mensa.html'), 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h1>Privacy notice</h1>');
    expect(page).toContain('Legal basis: performance of a task in the public interest or exercise of official authority (Article 6(1)(e) GDPR).');
  });

  it('a user folder overrides single partials and adds a logo, inlined', () => {
    const templates = join(work, 'modelli');
    mkdirSync(join(templates, 'partials'), { recursive: true });
    writeFileSync(join(templates, 'partials/contatti.hbs'), '<p class="carta-intestata">{{email}}</p>');
    writeFileSync(join(templates, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const out = join(work, 'custom');
    expect(registro(['informativa', MINIMAL, '--tutti', '-o', out, '--format', 'html', '--template', templates]).status).toBe(0);
    const page = readFileSync(join(out, 'mensa.html'), 'utf8');
    expect(page).toContain('<p class="carta-intestata">rpd@comune.prova.it</p>');
    expect(page).toContain('<img class="logo" src="data:image/svg+xml;base64,');
    expect(page).toContain('Perché trattiamo i tuoi dati');
  });

  it('strict templates: a field the model lacks is an error, never a blank', () => {
    const templates = join(work, 'modelli-rotti');
    mkdirSync(join(templates, 'partials'), { recursive: true });
    writeFileSync(join(templates, 'partials/contatti.hbs'), '<p>{{fax}}</p>');
    const r = registro(['informativa', MINIMAL, '--tutti', '-o', join(work, 'rotti'), '--format', 'html', '--template', templates]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('errore nel modello dell\'informativa (informativa): "fax" not defined');
  });

  it('a template file that leads out of its folder is refused', () => {
    const templates = join(work, 'modelli-fuga');
    mkdirSync(join(templates, 'partials'), { recursive: true });
    writeFileSync(join(work, 'segreto.hbs'), 'segreto');
    symlinkSync(join(work, 'segreto.hbs'), join(templates, 'partials/contatti.hbs'));
    const r = registro(['informativa', MINIMAL, '--tutti', '-o', join(work, 'fuga'), '--format', 'html', '--template', templates]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('punta fuori dalla sua cartella');
  });
});

describe('readability', () => {
  const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/informative', name), 'utf8');

  it('the Gulpease index ranks the plain-language Carrara notice above the original', () => {
    const original = gulpease(textOfMarkdown(fixture('informativa-carrara-originale.md')));
    const simple = gulpease(textOfMarkdown(fixture('informativa-carrara-semplificata.md')));
    expect(simple.gulpease).toBeGreaterThan(original.gulpease);
    expect(simple.wordsPerSentence).toBeLessThan(original.wordsPerSentence);
  });

  it('counts letters, words and sentences as documented, abbreviations included', () => {
    expect(gulpease('Il gatto dorme. Il cane abbaia.')).toMatchObject({ words: 6, sentences: 2, gulpease: 100 });
    const r = gulpease('La norma è il D.Lgs. 196/2003, art. 2-sexies, lett. b. Vale per tutti.');
    expect(r.sentences).toBe(2);
  });

  it('each notice reports its index', () => {
    const r = registro(['informativa', MINIMAL, '--tutti', '-o', join(work, 'idx'), '--format', 'html']);
    expect(r.stdout).toMatch(/^mensa: .*mensa\.html, .*mensa-breve\.html \(Gulpease \d+\)\n$/);
  });
});

describe('registro build', () => {
  it('writes the register and every notice', () => {
    const out = join(work, 'build');
    const r = registro(['build', EXAMPLE, '-o', out, '--format', 'html']);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'registro.xlsx'))).toBe(true);
    for (const s of ['accesso-atti', 'mensa-scolastica', 'sostegno-economico', 'trasporto-scolastico']) expect(existsSync(join(out, 'informative', `${s}.html`))).toBe(true);
  });

  it('with open errors: a workbook marked as a draft, no notice over an error, --strict writes nothing', () => {
    const out = join(work, 'build-difetti');
    const r = registro(['build', join(ROOT, 'registers/comune-con-difetti'), '-o', out, '--formato', 'html']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('informativa di "biblioteca" non generata');
    expect(existsSync(join(out, 'registro.xlsx'))).toBe(true);
    expect(existsSync(join(out, 'informative/biblioteca.html'))).toBe(false);
    const strict = join(work, 'build-difetti-strict');
    const s = registro(['build', join(ROOT, 'registers/comune-con-difetti'), '-o', strict, '--strict']);
    expect(s.status).toBe(1);
    expect(s.stderr).toContain('nulla è stato scritto');
    expect(existsSync(strict)).toBe(false);
  });
});
