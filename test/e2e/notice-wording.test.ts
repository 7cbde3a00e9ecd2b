import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, registerWith, registro, remove, tempDir } from '../helpers.js';
import { findBrowser } from '../../src/informativa/browser.js';
import { unclosedLetters } from '../citation.js';

// A company's notice read as the DPO who signs it and the customer who reads it: a controller
// and a DPO whose names end with a full stop, a joint controller with its own contacts and a
// contact point, two legitimate interests, consent, transfers to the US (adequacy) and India
// (SCC, remote access), two activities, a retention typed "1 anni", consequences typed in
// lower case without a full stop, a recipient described by an organisation's name.
const FIXTURE = join(ROOT, 'test/fixtures/publish/ferramenta');
if (!findBrowser()) throw new Error('no browser: install Debian chromium (.ci/run does); the PDF tests must run, never skip');

const flat = (text: string) => text.replace(/\s+/g, ' ');
const pdfText = (file: string) => flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
const htmlText = (file: string) => flat(readFileSync(file, 'utf8').replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"'));
/** "S.p.A.." or "S.r.l..": a full stop after a value that already ends with one. */
const doubleStop = /[^.]\.\.(?!\.)/;

describe('what a company notice says, word for word', () => {
  const out = tempDir();
  beforeAll(() => {
    expect(registro(['validate', FIXTURE]).status).toBe(0);
    expect(registro(['informativa', FIXTURE, '--tutti', '-o', join(out, 'it')]).status).toBe(0);
    expect(registro(['informativa', FIXTURE, '--tutti', '--lang', 'en', '-o', join(out, 'en')]).status).toBe(0);
    expect(registro(['sito', FIXTURE, '-o', join(out, 'sito')]).status).toBe(0);
  }, 180_000);
  afterAll(() => remove(out));

  it('every letter cited inside a parenthesis is followed by the rest of the citation, as "(art. 6, par. 1, lett. e), del Regolamento)"', () => {
    for (const page of ['negozio.html', 'negozio-breve.html']) {
      // One paragraph at a time: a parenthesis never spans two.
      const paragraphs = readFileSync(join(out, 'it', page), 'utf8').split(/<\/(?:p|li|td|h\d)>/).map((p) => flat(p.replace(/<[^>]+>/g, ' ')));
      expect(paragraphs.flatMap(unclosedLetters), page).toEqual([]);
    }
  });

  it('Italian full notice: names, joint controller, interests, consent, transfers, retention, consequences', () => {
    const text = pdfText(join(out, 'it/negozio.pdf'));
    expect(text).not.toMatch(doubleStop);
    expect(text).toContain('Il titolare del trattamento è Ferramenta Bellini S.p.A. Indirizzo');
    expect(text).toContain('(RPD): Privacy Nordest S.r.l. Posta elettronica certificata (PEC) privacynordest@pec.it');
    expect(text).toContain('Che cosa fa: gestione della carta fedeltà comune ai negozi del consorzio.');
    // Art. 26, par. 2: the joint controller's own contacts and the contact point, both.
    expect(text).toContain('Contatti: Posta elettronica certificata (PEC) consorzio@pec.ferramenteitaliane.it Punto di contatto per gli interessati: Posta elettronica privacy@ferramenteitaliane.it');
    expect(text).toContain('I legittimi interessi che il titolare persegue sono: Promuovere prodotti analoghi');
    expect(text).toContain('Il consenso riguarda questi dati: dati anagrafici e identificativi, dati di contatto, dati bancari e di pagamento.');
    expect(text).toContain('Invio della newsletter con offerte e sconti riservati. Per revocare il consenso: link «Cancellami» in fondo a ogni email.');
    expect(text).not.toContain(': per revocare il consenso:');
    // Withdrawal (art. 7, par. 3) explained once, in its section; the rights refer to it.
    expect(text.match(/non rende illecito/g)).toHaveLength(1);
    expect(text).toContain('Puoi revocare il consenso in ogni momento (art. 7, par. 3, del Regolamento): come farlo è scritto sopra, in «Il tuo consenso».');
    // An organisation's name keeps its capital after the colon.
    expect(text).toContain('Altre pubbliche amministrazioni: Agenzia delle entrate, per la fatturazione elettronica.');
    expect(text).toContain('Verso gli Stati Uniti. Li riceve MailBlast LLC. Garanzia: decisione di adeguatezza della Commissione (art. 45 del Regolamento). Riferimento: decisione di esecuzione (UE) 2023/1795.');
    expect(text).toContain("Verso l'India, con accesso da remoto. Li riceve Analytics Bharat Pvt Ltd. Garanzia: clausole tipo di protezione adottate dalla Commissione (art. 46, par. 2, lett. c), del Regolamento), modulo due, da titolare a responsabile.");
    expect(text).toContain('Reclami e garanzia: 1 anno dalla chiusura del reclamo (Procedura interna dei reclami).');
    expect(text).not.toMatch(/\b1 anni\b/);
    expect(text).toContain('Reclami e garanzia: per la durata della garanzia legale del prodotto');
    expect(text).toContain("Fornire i dati è necessario per il contratto. Senza i dati non possiamo evadere l'ordine.");
  });

  it('Italian short notice: who processes the data with whom, the DPO by PEC, where to read more', () => {
    const text = pdfText(join(out, 'it/negozio-breve.pdf'));
    expect(text).not.toMatch(doubleStop);
    expect(text).toContain('Il titolare del trattamento è Ferramenta Bellini S.p.A. E-mail: privacy@bellini.it. Tratta i dati insieme a un altro titolare, il contitolare: Consorzio Ferramenta Italiane S.c.a r.l. Perché');
    expect(text).not.toContain('Lo tratta');
    expect(text).toContain('Scrivi al responsabile della protezione dei dati: privacynordest@pec.it.');
    expect(text).toContain("Leggi l'informativa completa, che trovi anche sul sito https://www.bellini.it. Puoi chiederla anche a questo ufficio: Servizio clienti.");
    expect(text).not.toContain('chiedila a:');
  });

  it('English notices: the same facts in English, one spelling of e-mail', () => {
    const full = pdfText(join(out, 'en/negozio.pdf'));
    expect(full).not.toMatch(doubleStop);
    expect(full).toContain('The legitimate interests pursued by the controller are:');
    // The records' own texts in English too (vocabolario.yaml, traduzioni.en).
    expect(full).toContain('Sending the newsletter with offers and exclusive discounts. To withdraw your consent: the «Unsubscribe» link at the bottom of every e-mail.');
    expect(full).toContain('To the United States. Recipient: MailBlast LLC. Safeguard: Commission adequacy decision (Article 45 GDPR). Reference: decisione di esecuzione (UE) 2023/1795.');
    expect(full).toContain('To India, by remote access. Recipient: Analytics Bharat Pvt Ltd. Safeguard:');
    expect(full.match(/lawfulness/g)).toHaveLength(1);
    expect(full).toContain('Contact point for data subjects: E-mail privacy@ferramenteitaliane.it');
    expect(htmlText(join(out, 'en/negozio.html'))).not.toMatch(/<dt>Email<\/dt>|Certified email/);
    const short = pdfText(join(out, 'en/negozio-breve.pdf'));
    expect(short).toContain('It processes the data together with another controller, the joint controller: Consorzio Ferramenta Italiane S.c.a r.l. Why');
    expect(short).toContain('Write to the data protection officer: privacynordest@pec.it.');
    expect(short).toContain('Read the full notice, also on the website https://www.bellini.it. You can also ask this office for it: Servizio clienti.');
  });

  it('the privacy website names the controller and the DPO without a doubled full stop', () => {
    const it_ = htmlText(join(out, 'sito/it/index.html'));
    expect(it_).toContain('Il titolare del trattamento è Ferramenta Bellini S.p.A. ');
    expect(it_).toContain('(RPD): Privacy Nordest S.r.l. ');
    expect(it_).not.toMatch(doubleStop);
    const en = htmlText(join(out, 'sito/en/index.html'));
    expect(en).toContain('The controller is Ferramenta Bellini S.p.A. ');
    expect(en).not.toMatch(doubleStop);
  });

  it('the public register names the joint controller, each transfer\'s recipient and mechanism and the EEA, and says "1 anno"', () => {
    const it_ = htmlText(join(out, 'sito/it/registro.html'));
    expect(it_).toContain('Contitolari (art. 26 del Regolamento (UE) 2016/679) Consorzio Ferramenta Italiane S.c.a r.l.');
    expect(it_).toContain('Trasferimenti fuori dallo Spazio economico europeo (SEE) Stati Uniti, MailBlast LLC: decisione di adeguatezza della Commissione (art. 45 del Regolamento (UE) 2016/679)');
    expect(it_).toContain('India, Analytics Bharat Pvt Ltd: clausole tipo di protezione adottate dalla Commissione (art. 46, par. 2, lett. c), del Regolamento (UE) 2016/679)');
    expect(it_).toContain('1 anno dalla chiusura del reclamo');
    expect(it_).not.toMatch(/\b1 anni\b|Unione europea\)? Stati/);
    const en = htmlText(join(out, 'sito/en/registro.html'));
    expect(en).toContain('Joint controllers (Article 26 GDPR) Consorzio Ferramenta Italiane S.c.a r.l.');
    expect(en).toContain('Transfers outside the European Economic Area (EEA) United States, MailBlast LLC: Commission adequacy decision (Article 45 GDPR)');
  });
});

describe('a service that collects from the data subject and from others', () => {
  const out = tempDir();
  let dir: string;
  beforeAll(() => {
    dir = registerWith({
      'trattamenti/verifiche.yaml': `denominazione: Verifica dei requisiti
finalita:
  - descrizione: Verifica della residenza e del nucleo familiare dei richiedenti della mensa
    basi_giuridiche:
      - base: 6.1.e
        norma: "D.P.R. 223/1989"
interessati: [genitori]
dati: [identificativi, familiari]
raccolta: presso-terzi
fonte:
  descrizione: Anagrafe nazionale della popolazione residente (ANPR)
  pubblica: false
decisioni_automatizzate:
  presenti: true
  logica: Un programma confronta l'ISEE con le fasce della tariffa
  conseguenze: La tariffa è assegnata in base alla fascia
  eccezione: 22.2.b
  garanzie: Un funzionario riesamina la tariffa su richiesta
destinatari: nessuno
trasferimenti: []
conservazione:
  - durata: 5 anni
    decorrenza: dalla fine dell'anno scolastico
    fonte: Piano di conservazione
misure: [credenziali-individuali]
creato: 2020-01-01
aggiornato: 2026-06-01
`,
      'servizi/mensa.yaml': readFileSync(join(ROOT, 'test/fixtures/minimal/servizi/mensa.yaml'), 'utf8').replace('trattamenti: [mensa]', 'trattamenti: [mensa, verifiche]'),
    });
    expect(registro(['informativa', dir, '--tutti', '--bozza', '-f', 'html', '-o', out]).status).toBe(0);
  }, 120_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('says which data the reader gave and where the others come from; the DPO\'s sentences continue their label', () => {
    const text = htmlText(join(out, 'mensa.html'));
    expect(text).toContain('Alcuni dati li fornisci tu. Gli altri arrivano da: Anagrafe nazionale della popolazione residente (ANPR). Non è una fonte pubblica.');
    expect(text).toContain("Logica: un programma confronta l'ISEE con le fasce della tariffa. Conseguenze per te: la tariffa è assegnata in base alla fascia.");
    // 22.2.b: the law's safeguards, from the record; the human review of art. 22, par. 3 is for 22.2.a and c.
    expect(text).toContain('La decisione è prevista dalla legge (art. 22, par. 2, lett. b), del Regolamento). Le garanzie per te: un funzionario riesamina la tariffa su richiesta.');
    expect(text).not.toContain('(art. 22, par. 3, del Regolamento)');
  });
  it('the short notice says that some decisions are automated, where the data come from, and points to the full notice for the rights', () => {
    const text = htmlText(join(out, 'mensa-breve.html'));
    expect(text).toContain('Da dove arrivano i dati Alcuni dati li fornisci tu. Gli altri arrivano da: Anagrafe nazionale della popolazione residente (ANPR).');
    expect(text).toContain("Decisioni automatizzate Alcune decisioni sono prese in modo automatico. L'informativa completa spiega come e quali diritti hai.");
  });
});
