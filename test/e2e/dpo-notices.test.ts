import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, registerWith, registro, remove, tempDir } from '../helpers.js';
import { findBrowser } from '../../src/informativa/browser.js';

// The notices a DPO signs without a proofread, from registers written as offices write them
// (test/fixtures/dpo): an ASL screening with a joint controller (art. 14), a school asking consent
// for photos, a comune booking service on a US cloud. Free texts pasted with paragraphs and lines.
if (!findBrowser()) throw new Error('no browser: install Debian chromium (.ci/run does); the PDF tests must run, never skip');

const DPO = join(ROOT, 'test/fixtures/dpo');
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** The PDF's text as laid out on the page: a blank line where the notice has a new paragraph. */
const pdfLayout = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
const pdfText = (file: string) => flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
const html = (file: string) => readFileSync(file, 'utf8');
const htmlText = (file: string) => flat(html(file).replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'"));

describe('notices a DPO signs', () => {
  const out = tempDir('registro-dpo-notices-');
  const dirs: string[] = [out];
  beforeAll(() => {
    for (const name of ['asl-screening', 'scuola-foto', 'comune-cloud']) {
      for (const [lang, format] of [['it', 'pdf'], ['it', 'html'], ['en', 'html']]) {
        const r = registro(['informativa', join(DPO, name), '--tutti', '--lang', lang!, '-f', format!, '-o', join(out, name, `${lang}-${format}`)]);
        expect(r.stderr).not.toContain('errore');
        expect(r.status).toBe(0);
      }
    }
  }, 240_000);
  afterAll(() => dirs.forEach(remove));

  it('a pasted free text keeps its paragraphs and its lines, in the PDF and in the HTML', () => {
    const pdf = pdfLayout(join(out, 'scuola-foto/it-pdf/foto-video.pdf'));
    // The description's blank line is a new paragraph; its single line break a new line.
    expect(pdf).toMatch(/feste di fine anno\.\n\s*\n\s*Le immagini servono/);
    expect(pdf).toMatch(/alle famiglie\.\n\s*Pubblichiamo sul sito/);
    // Opening hours on two lines never run into one ("8-10 martedì").
    expect(pdf).not.toMatch(/8-10 martedì/);
    expect(pdf).toMatch(/Orari: lunedì, mercoledì e venerdì: 8-10\n\s*martedì e giovedì: 14\.30-16\.30\./);
    const page = html(join(out, 'scuola-foto/it-html/foto-video.html'));
    expect(page).toContain('feste di fine anno.<br><br>Le immagini servono a documentare i progetti e a raccontarli alle famiglie.<br>Pubblichiamo sul sito');
    expect(page).toContain('<dd>Segreteria didattica (lunedì, mercoledì e venerdì: 8-10<br>martedì e giovedì: 14.30-16.30)</dd>');
    // The joint arrangement and the sources of an art. 14 notice, pasted in two paragraphs and two lines.
    const asl = pdfLayout(join(out, 'asl-screening/it-pdf/screening.pdf'));
    expect(asl).toMatch(/piattaforma regionale degli screening\.\n\s*\n\s*L'ASL invia le lettere/);
    expect(html(join(out, 'asl-screening/it-html/screening.html'))).toContain('Anagrafe degli assistiti del Servizio sanitario regionale (ASUR).<br>Medici di medicina generale');
  });

  it('a line break in a value is still escaped text: markup in the YAML never becomes markup', () => {
    const source = join(DPO, 'scuola-foto');
    const service = readFileSync(join(source, 'servizi/foto-video.yaml'), 'utf8').replace(
      /descrizione: \|-\n(  .*\n|\n)+?(?=trattamenti:)/,
      'descrizione: |-\n  Foto <img src=x onerror=alert(1)> & video.\n\n  <b>Secondo</b> paragrafo.\n',
    );
    const dir = registerWith({ 'servizi/foto-video.yaml': service }, source);
    dirs.push(dir);
    expect(registro(['informativa', dir, '--tutti', '-f', 'html', '-o', join(dir, 'out')]).status).toBe(0);
    const page = html(join(dir, 'out/foto-video.html'));
    expect(page).toContain('Foto &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; video.<br><br>&lt;b&gt;Secondo&lt;/b&gt; paragrafo.');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<b>');
  });

  it('the privacy site shows the paragraphs as the notice does', () => {
    const site = join(out, 'sito');
    expect(registro(['sito', join(DPO, 'scuola-foto'), '-o', site]).status).toBe(0);
    expect(html(join(site, 'it/foto-video.html'))).toContain('feste di fine anno.<br><br>Le immagini servono');
    expect(html(join(site, 'it/index.html'))).toContain('feste di fine anno.<br><br>Le immagini servono');
  });

  it('each transfer says to whom, where and on which safeguard, the SCC module in words', () => {
    const text = pdfText(join(out, 'comune-cloud/it-pdf/prenotazioni.pdf'));
    expect(text).toContain('Verso gli Stati Uniti, con accesso da remoto. Li riceve Amazon Web Services, Inc. Garanzia: decisione di adeguatezza della Commissione (art. 45 del Regolamento). Riferimento: decisione di esecuzione (UE) 2023/1795 (EU-US Data Privacy Framework).');
    expect(text).toContain('Verso gli Stati Uniti. Li riceve Zendesk, Inc. Garanzia: clausole tipo di protezione adottate dalla Commissione (art. 46, par. 2, lett. c), del Regolamento), modulo due, da titolare a responsabile. Documento: clausole contrattuali tipo, modulo 2, allegate al DPA Zendesk');
    const en = htmlText(join(out, 'comune-cloud/en-html/prenotazioni.html'));
    expect(en).toContain('To the United States, by remote access. Recipient: Amazon Web Services, Inc. Safeguard: Commission adequacy decision (Article 45 GDPR).');
    expect(en).toMatch(/To the United States\. Recipient: Zendesk, Inc\. Safeguard: .*\(Article 46\(2\)\(c\) GDPR\), module two, controller to processor\./);
    expect(en).not.toMatch(/Li riceve|Garanzia|modulo due/);
    expect(pdfText(join(out, 'scuola-foto/it-pdf/foto-video.pdf'))).toContain('Verso gli Stati Uniti, con accesso da remoto. Li riceve Microsoft Corporation. Garanzia: decisione di adeguatezza');
  });

  it('a transfer without "destinatario" names the one recipient of the record in that country, and guesses none between two', () => {
    const school = join(DPO, 'scuola-foto');
    const photos = readFileSync(join(school, 'trattamenti/foto-video.yaml'), 'utf8').replace('    destinatario: microsoft-corp\n', '');
    const one = registerWith({ 'trattamenti/foto-video.yaml': photos }, school);
    const comune = join(DPO, 'comune-cloud');
    const booking = readFileSync(join(comune, 'trattamenti/prenotazioni.yaml'), 'utf8').replace('    destinatario: zendesk\n', '');
    const two = registerWith({ 'trattamenti/prenotazioni.yaml': booking }, comune);
    dirs.push(one, two);
    for (const dir of [one, two]) expect(registro(['informativa', dir, '--tutti', '-f', 'html', '-o', join(dir, 'out')]).status).toBe(0);
    expect(htmlText(join(one, 'out/foto-video.html'))).toContain('Verso gli Stati Uniti, con accesso da remoto. Li riceve Microsoft Corporation. Garanzia:');
    // Amazon and Zendesk are both in the United States: the line does not pick one.
    expect(htmlText(join(two, 'out/prenotazioni.html'))).toContain('Verso gli Stati Uniti. Garanzia: clausole tipo');
    // ... and validate says what the notice lacks, where.
    const check = registro(['validate', two]);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('trattamenti/prenotazioni.yaml:36:5  avviso  l\'informativa di "prenotazioni" dice dove vanno i dati ma non chi li riceve: indica in "destinatario" il soggetto');
    expect(registro(['validate', one]).stdout).not.toContain('chi li riceve');
  });

  it('a recipient is named in its role, and a category\'s examples give way to the record\'s own description', () => {
    const booking = pdfText(join(out, 'comune-cloud/it-pdf/prenotazioni.pdf'));
    expect(booking).toContain('Amazon Web Services EMEA SARL, responsabile del trattamento: hosting della piattaforma.');
    expect(booking).toContain('Amazon Web Services, Inc., sub-responsabile del trattamento: assistenza tecnica di secondo livello.');
    expect(htmlText(join(out, 'comune-cloud/en-html/prenotazioni.html'))).toContain('Amazon Web Services, Inc., sub-processor: assistenza tecnica di secondo livello.');
    // A school's photo gallery is not the albo pretorio.
    const photos = pdfText(join(out, 'scuola-foto/it-pdf/foto-video.pdf'));
    expect(photos).toContain('Diffusione: sito web della scuola, sezione Galleria, solo con il consenso dei genitori.');
    expect(photos).not.toContain('albo pretorio');
    expect(htmlText(join(out, 'scuola-foto/en-html/foto-video.html'))).toContain('Publication: sito web della scuola, sezione Galleria');
    // A bracket that explains a name stays.
    expect(pdfText(join(out, 'asl-screening/it-pdf/screening.pdf'))).toContain('Aziende sanitarie (ASL): aziende ospedaliere della rete oncologica regionale');
  });

  it('a permanent term keeps what narrows it, never a start event', () => {
    const text = pdfText(join(out, 'asl-screening/it-pdf/screening.pdf'));
    expect(text).toContain('Conservazione permanente per i referti positivi, conservati nella cartella clinica (Circolare Min. Sanità 19 dicembre 1986, n. 900.2/2.7/190), per questi dati: dati relativi alla salute.');
    const source = join(DPO, 'asl-screening');
    const record = readFileSync(join(source, 'trattamenti/screening.yaml'), 'utf8').replace('decorrenza: per i referti positivi, conservati nella cartella clinica', "decorrenza: dall'esecuzione dell'esame");
    const dir = registerWith({ 'trattamenti/screening.yaml': record }, source);
    dirs.push(dir);
    expect(registro(['informativa', dir, '--tutti', '-f', 'html', '-o', join(dir, 'out')]).status).toBe(0);
    expect(htmlText(join(dir, 'out/screening.html'))).toContain('Conservazione permanente (Circolare Min. Sanità');
  });

  it('the public register of the site names each transfer\'s recipient too', () => {
    const source = join(DPO, 'comune-cloud');
    const dir = registerWith({ 'registro.yaml': `${readFileSync(join(source, 'registro.yaml'), 'utf8')}opzioni:\n  sito:\n    registro_pubblico: true\n` }, source);
    dirs.push(dir);
    expect(registro(['sito', dir, '-o', join(dir, 'sito')]).status).toBe(0);
    const text = htmlText(join(dir, 'sito/it/registro.html'));
    expect(text).toContain('Stati Uniti, Amazon Web Services, Inc.: decisione di adeguatezza della Commissione (art. 45 del Regolamento (UE) 2016/679)');
    expect(text).toContain('Stati Uniti, Zendesk, Inc.: clausole tipo di protezione adottate dalla Commissione');
  });
});
