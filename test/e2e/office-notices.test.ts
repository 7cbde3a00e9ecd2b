import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, registerWith, registro, remove, tempDir } from '../helpers.js';
import { findBrowser } from '../../src/informativa/browser.js';

// The notices of registers written as offices write them (test/fixtures/law), read in the PDF as
// the DPO who signs them: a shop with a newsletter on consent and offers to customers on
// legitimate interest, a comune with joint controllers, a school with an adequacy-only transfer.
if (!findBrowser()) throw new Error('no browser: install Debian chromium (.ci/run does); the PDF tests must run, never skip');

const LAW = join(ROOT, 'test/fixtures/law');
const flat = (text: string) => text.replace(/\s+/g, ' ');
const pdfText = (file: string) => flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
const htmlText = (file: string) => flat(readFileSync(file, 'utf8').replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'"));

describe('notices of offices, word for word', () => {
  const out = tempDir('registro-office-notices-');
  const dirs: string[] = [out];
  beforeAll(() => {
    for (const [name, lang] of [['negozio', 'it'], ['negozio', 'en'], ['scuola-digitale', 'it'], ['comune-video', 'it']] as const) {
      const r = registro(['informativa', join(LAW, name), '--tutti', '--lang', lang, '-f', 'pdf', '-o', join(out, name, lang)]);
      expect(r.stderr).not.toContain('errore');
      expect(r.status).toBe(0);
    }
  }, 240_000);
  afterAll(() => dirs.forEach(remove));

  it('offers to customers on legitimate interest: nothing more is asked, the reader can object; the newsletter sentence stays with the newsletter', () => {
    const text = pdfText(join(out, 'negozio/it/negozio-online.pdf'));
    expect(text).toContain('Invio ai clienti di offerte su prodotti analoghi a quelli già acquistati: no. Per questo scopo non ti chiediamo altri dati. Puoi opporti in ogni momento, senza dare motivi: da quel momento non li usiamo più per questo scopo (art. 21, par. 2 e 3, del Regolamento). Il resto del servizio non cambia.');
    expect(text).toContain('Invio della newsletter con novità e offerte a chi si è iscritto dal sito: no. Questi dati sono facoltativi: li trattiamo solo con il tuo consenso.');
    expect(text.match(/Se non ti iscrivi non ricevi la newsletter/g)).toHaveLength(1);
    const en = pdfText(join(out, 'negozio/en/negozio-online.pdf'));
    expect(en).toContain('Invio ai clienti di offerte su prodotti analoghi a quelli già acquistati: no. We ask for no further data for this purpose. You can object at any time, without giving reasons');
  });

  it('a retention source keeps the brackets of an act\'s name: "Reg. (UE) 2016/679", never "Reg., UE"', () => {
    const text = pdfText(join(out, 'negozio/it/negozio-online.pdf'));
    expect(text).toContain("fino alla revoca del consenso o all'opposizione (Reg. (UE) 2016/679, art. 7, par. 3, e art. 21, par. 3)");
    expect(text).toContain('(D.Lgs. 206/2005, Codice del consumo, art. 133)');
    expect(text).not.toContain('Reg., UE');
  });

  it('the copy of the safeguards is offered only for a transfer that rests on them, not on an adequacy decision', () => {
    expect(pdfText(join(out, 'negozio/it/negozio-online.pdf'))).toContain('Puoi chiedere copia delle garanzie al titolare.');
    const school = pdfText(join(out, 'scuola-digitale/it/didattica-digitale.pdf'));
    expect(school).toContain('Verso gli Stati Uniti. Li riceve Google LLC. Garanzia: decisione di adeguatezza della Commissione (art. 45 del Regolamento).');
    expect(school).not.toContain('copia delle garanzie');
  });

  it('the short notice names erasure with the limit of the bases, in both languages', () => {
    expect(pdfText(join(out, 'negozio/it/negozio-online-breve.pdf'))).toContain('Puoi vedere, correggere e limitare i tuoi dati. Puoi chiederne la cancellazione, salvo quelli che dobbiamo trattare per legge o per un compito pubblico.');
    expect(pdfText(join(out, 'negozio/en/negozio-online-breve.pdf'))).toContain('You can ask for their erasure, except those we must process by law or for a public task.');
    // Consent alone: erasure without limits.
    expect(pdfText(join(out, 'scuola-digitale/it/sportello-ascolto-breve.pdf'))).toContain('Puoi vedere, correggere e limitare i tuoi dati. Puoi chiederne la cancellazione. Puoi revocare il consenso.');
  });

  it('every joint controller is given with its contacts', () => {
    const text = pdfText(join(out, 'comune-video/it/videosorveglianza.pdf'));
    expect(text).toContain('Prefettura - Ufficio territoriale del Governo di Avellino Che cosa fa: consultazione dei transiti');
    expect(text).toContain('protocollo.prefav@pec.interno.it');
    expect(text).toContain('Punto di contatto per gli interessati: Posta elettronica privacy@unionealtairpinia.it');
  });

  it('a derogation of art. 49 is not called a safeguard, in both languages', () => {
    const source = join(LAW, 'negozio');
    const orders = readFileSync(join(source, 'trattamenti/ordini.yaml'), 'utf8').replace(/    meccanismo: 46\.2\.c\n    modulo_scc: C2P\n    documento: .*\n/, '    meccanismo: 49.1.b\n');
    const dir = registerWith({ 'trattamenti/ordini.yaml': orders }, source);
    dirs.push(dir);
    for (const lang of ['it', 'en']) expect(registro(['informativa', dir, '--tutti', '-f', 'html', '--lang', lang, '-o', join(dir, lang)]).status).toBe(0);
    const it = htmlText(join(dir, 'it/negozio-online.html'));
    expect(it).toContain("Verso l'Albania, con accesso da remoto. Li riceve Call Center Adriatik Sh.p.k. Senza garanzie adeguate, in deroga: esecuzione di un contratto con l'interessato (art. 49, par. 1, lett. b), del Regolamento).");
    expect(it).not.toContain('Garanzia: deroga');
    expect(it).not.toContain('copia delle garanzie');
    expect(htmlText(join(dir, 'en/negozio-online.html'))).toContain('To Albania, by remote access. Recipient: Call Center Adriatik Sh.p.k. Without appropriate safeguards, under a derogation: performance of a contract with the data subject (Article 49(1)(b) GDPR).');
  });

  it('the right to object without reasons is stated for the marketing purpose alone, not for another on 6.1.f in the same record', () => {
    const source = join(LAW, 'negozio');
    const security = '  - descrizione: Protezione dei sistemi di invio dagli abusi e dagli accessi non autorizzati\n    basi_giuridiche:\n      - base: 6.1.f\n        interesse: Mantenere sicuri i sistemi che trattano i dati dei clienti\n';
    const marketing = readFileSync(join(source, 'trattamenti/marketing.yaml'), 'utf8').replace('\ninteressati:', `\n${security}interessati:`);
    const dir = registerWith({ 'trattamenti/marketing.yaml': marketing }, source);
    dirs.push(dir);
    expect(registro(['informativa', dir, '--tutti', '-f', 'html', '--bozza', '-o', join(dir, 'it')]).status).toBe(0);
    const provision = htmlText(join(dir, 'it/negozio-online.html')).split('Devi fornire i dati?')[1]!.split('Decisioni automatizzate')[0]!;
    expect(provision).toContain('Invio ai clienti di offerte su prodotti analoghi a quelli già acquistati: no. Per questo scopo non ti chiediamo altri dati. Puoi opporti in ogni momento, senza dare motivi');
    // Art. 21, par. 2 is for direct marketing: the security purpose is stated on its own, without it.
    expect(provision).toContain('Protezione dei sistemi di invio dagli abusi e dagli accessi non autorizzati: no. Fornire i dati è facoltativo.');
  });

  it('the compelling legitimate interests of art. 49, par. 1, second subparagraph: a derogation with safeguards, its article said once', () => {
    const source = join(LAW, 'negozio');
    const orders = readFileSync(join(source, 'trattamenti/ordini.yaml'), 'utf8').replace(/    meccanismo: 46\.2\.c\n    modulo_scc: C2P\n/, '    meccanismo: 49.1.2\n');
    const dir = registerWith({ 'trattamenti/ordini.yaml': orders }, source);
    dirs.push(dir);
    for (const lang of ['it', 'en']) expect(registro(['informativa', dir, '--tutti', '-f', 'html', '--bozza', '--lang', lang, '-o', join(dir, lang)]).status).toBe(0);
    const it = htmlText(join(dir, 'it/negozio-online.html'));
    expect(it).toContain("Verso l'Albania, con accesso da remoto. Li riceve Call Center Adriatik Sh.p.k. In deroga, per interessi legittimi cogenti del titolare, con garanzie adeguate, dopo aver valutato tutte le circostanze del trasferimento (art. 49, par. 1, secondo comma, del Regolamento).");
    expect(it).not.toMatch(/Garanzia: deroga|secondo comma\) \(art/);
    // Its safeguards are a document: the reader may ask a copy of it.
    expect(it).toContain('copia delle garanzie');
    const en = htmlText(join(dir, 'en/negozio-online.html'));
    expect(en).toContain('To Albania, by remote access. Recipient: Call Center Adriatik Sh.p.k. Under a derogation, for compelling legitimate interests, with suitable safeguards, after assessing all the circumstances of the transfer (Article 49(1), second subparagraph GDPR).');
  });

  it('a notice is never dated before the DPO\'s designation or the joint arrangement it states', () => {
    const source = join(LAW, 'comune-video');
    const rpd = readFileSync(join(source, 'registro.yaml'), 'utf8').replace('    data: 2025-01-20', '    data: 2026-11-16');
    const dir = registerWith({ 'registro.yaml': rpd }, source);
    dirs.push(dir);
    expect(registro(['informativa', dir, '--tutti', '-f', 'html', '-o', join(dir, 'out')]).status).toBe(0);
    expect(htmlText(join(dir, 'out/videosorveglianza.html'))).toContain('Informativa aggiornata al 16 novembre 2026');
    const soggetti = readFileSync(join(source, 'soggetti.yaml'), 'utf8').replace('      data: 2025-03-10', '      data: 2026-11-20');
    const joint = registerWith({ 'soggetti.yaml': soggetti }, source);
    dirs.push(joint);
    expect(registro(['informativa', joint, '--tutti', '-f', 'html', '-o', join(joint, 'out')]).status).toBe(0);
    expect(htmlText(join(joint, 'out/videosorveglianza.html'))).toContain('Informativa aggiornata al 20 novembre 2026');
  });
});
