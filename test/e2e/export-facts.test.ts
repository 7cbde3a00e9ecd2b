import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, registerWith, registro, remove, tempDir } from '../helpers.js';
import { CSV_EVERY_SHEET, convert, pdfPages } from './soffice.js';

// The workbook read back as LibreOffice reads it: every fact of the YAML is in a cell, in the
// workbook's language. The company register of the notice tests, with a transfer on the
// compelling legitimate interests of art. 49, par. 1, second subparagraph, whose documented
// safeguards art. 30, par. 1, lett. e) asks the register to hold.
const FIXTURE = join(ROOT, 'test/fixtures/publish/ferramenta');
const SHEETS = CSV_EVERY_SHEET;

const recoveryRecord = `denominazione: Recupero dei dati dopo un guasto del gestionale
finalita:
  - descrizione: Recupero urgente dei dati degli ordini dal fornitore del gestionale dopo un guasto
    basi_giuridiche:
      - base: 6.1.f
        interesse: Non perdere gli ordini dei clienti in corso di consegna
interessati: [clienti]
dati: [identificativi, contatto]
raccolta: presso-interessato
destinatari:
  - soggetto: supporto-in
trasferimenti:
  - paese: IN
    destinatario: supporto-in
    meccanismo: 49.1.2
    documento: Valutazione del 12 marzo 2026, copia su richiesta all'RPD
    garanzie: Dati cifrati, accesso solo per la durata dell'intervento, cancellazione entro 48 ore, avviso al Garante
    accesso_remoto: true
conservazione:
  - durata: 48 ore
    decorrenza: dalla fine dell'intervento
    fonte: Contratto di assistenza, art. 7
misure: [cifratura, credenziali-individuali]
dpia: { necessaria: false, motivazione: "Intervento occasionale, senza dati particolari né larga scala." }
creato: 2026-03-12
aggiornato: 2026-03-12
`;

/** A record whose yes/no facts weigh on a DPIA and on the notice: each one is written in words. */
const creditRecord = `denominazione: Pagamento a rate con valutazione automatica
descrizione: Il cliente chiede online di pagare a rate; il gestionale valuta la richiesta e risponde subito.
finalita:
  - descrizione: Valutazione automatica della richiesta di pagamento a rate sul negozio online
    basi_giuridiche:
      - base: 6.1.b
interessati: [clienti]
dati: [identificativi, contatto, economici]
raccolta: entrambi
fonte: { descrizione: Centrale rischi privata CRIF, pubblica: false }
operazioni: [raccolta, consultazione, uso]
modalita: misto
applicativi: [Gestionale Rate 3]
profilazione: true
servizio_online: true
decisioni_automatizzate:
  presenti: true
  eccezione: 22.2.a
  logica: Punteggio sul reddito dichiarato e sui ritardi segnalati
  conseguenze: La richiesta accolta o respinta
  garanzie: Riesame da parte di un operatore su richiesta
controllo_a_distanza:
  accordo_sindacale: Accordo con la RSU del 3 febbraio 2025
conferimento:
  natura: requisito-necessario
  conseguenze: senza i dati non possiamo valutare la richiesta
destinatari: nessuno
conservazione:
  - durata: 2 anni
    decorrenza: dalla risposta
misure: [cifratura]
dpia: { necessaria: true, riferimento: DPIA 1/2026 }
note: Rivedere la soglia del punteggio a giugno
creato: 2026-01-15
aggiornato: 2026-01-15
`;

/** A record with fourteen long purposes: one cell taller than the 409 points a row may be. */
const manyPurposes = readFileSync(join(FIXTURE, 'trattamenti/reclami.yaml'), 'utf8').replace(
  /finalita:\n[\s\S]*?interessati:/,
  () =>
    'finalita:\n' +
    Array.from({ length: 14 }, (_, i) => `  - descrizione: Gestione del reclamo di tipo ${i + 1} con istruttoria, risposta scritta al cliente, eventuale sostituzione del prodotto e chiusura${i + 1}\n    basi_giuridiche:\n      - base: 6.1.c\n        norma: "D.Lgs. 206/2005, art. 130"\n`).join('') +
    'interessati:',
);

describe('the workbook holds every fact, as LibreOffice reads it', () => {
  const out = tempDir();
  let dir: string;
  const sheet = (base: string, name: string) => readFileSync(join(out, `${base}-${name}.csv`), 'utf8');
  beforeAll(async () => {
    dir = registerWith({ 'trattamenti/recupero.yaml': recoveryRecord, 'trattamenti/reclami.yaml': manyPurposes, 'trattamenti/rate.yaml': creditRecord }, FIXTURE);
    expect(registro(['export', dir, '-o', join(out, 'it.xlsx')]).status).toBe(0);
    expect(registro(['export', dir, '--lang', 'en', '-o', join(out, 'en.xlsx')]).status).toBe(0);
    await convert(join(out, 'it.xlsx'), SHEETS, out);
    await convert(join(out, 'en.xlsx'), SHEETS, out);
    await convert(join(out, 'it.xlsx'), 'pdf', out);
  }, 300_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('a transfer with its remote access, SCC module and documented 49.1.2 safeguards', () => {
    const it_ = sheet('it', 'Registro del titolare');
    expect(it_).toContain("India — Analytics Bharat Pvt Ltd — accesso da remoto — 49.1.2");
    expect(it_).toContain("— garanzie: Dati cifrati, accesso solo per la durata dell'intervento, cancellazione entro 48 ore, avviso al Garante");
    // The module's code with its meaning, which the Legenda does not give.
    expect(it_).toContain('46.2.c clausole tipo di protezione adottate dalla Commissione — C2P (modulo due, da titolare a responsabile) —');
    const en = sheet('en', 'Controller register');
    expect(en).toContain('India — Analytics Bharat Pvt Ltd — remote access — 49.1.2');
    expect(en).toContain('United States — MailBlast LLC — 45 Commission adequacy decision');
    expect(en).not.toContain('Stati Uniti');
    expect(en).toContain('— safeguards: Dati cifrati');
  });

  it('how consent is withdrawn, beside the consent', () => {
    expect(sheet('it', 'Registro del titolare')).toContain('6.1.a consenso dell\'interessato — revoca del consenso: Link «Cancellami» in fondo a ogni email');
    expect(sheet('en', 'Controller register')).toContain('— withdrawal of consent: The «Unsubscribe» link at the bottom of every e-mail');
  });

  it('a joint controller among the recipients is named as a joint controller (art. 30, par. 1, lett. a)', () => {
    expect(sheet('it', 'Registro del titolare')).toContain('Consorzio Ferramenta Italiane S.c.a r.l. (contitolare, art. 26)');
    expect(sheet('en', 'Controller register')).toContain('Consorzio Ferramenta Italiane S.c.a r.l. (joint controller, Art. 26)');
  });

  it('a joint controller with the essence of the arrangement and its contact point; roles and countries in the language of the workbook', () => {
    const it_ = sheet('it', 'Soggetti');
    expect(it_).toContain("Consorzio Ferramenta Italiane S.c.a r.l.,contitolare (art. 26),IT Italia");
    expect(it_).toContain("Il Consorzio gestisce la carta fedeltà comune; Bellini raccoglie le adesioni e dà l'informativa.,privacy@ferramenteitaliane.it");
    expect(it_).toContain('MailBlast LLC,responsabile (art. 28),US Stati Uniti');
    const en = sheet('en', 'Parties');
    expect(en).toContain('MailBlast LLC,processor (Art. 28),US United States');
    expect(en).toContain('Consorzio Ferramenta Italiane S.c.a r.l.,joint controller (Art. 26),IT Italy');
    expect(en).not.toMatch(/,(responsabile|contitolare),/);
  });

  it('the complete set holds the description, collection, operations, provision, the DPIA-relevant facts and the notes, in words', () => {
    const it_ = sheet('it', 'Registro del titolare');
    expect(it_).toContain('Il cliente chiede online di pagare a rate; il gestionale valuta la richiesta e risponde subito.');
    expect(it_).toContain("presso l'interessato e presso terzi (artt. 13 e 14)\nCentrale rischi privata CRIF");
    expect(it_).toContain('su carta e con strumenti elettronici\nGestionale Rate 3');
    expect(it_).toContain('necessario per il servizio — se non forniti: senza i dati non possiamo valutare la richiesta');
    expect(it_).toContain(
      'valutazione o profilazione degli interessati\ndecisioni unicamente automatizzate (art. 22) — art. 22, par. 2, lett. a) — logica: Punteggio sul reddito dichiarato e sui ritardi segnalati — conseguenze: La richiesta accolta o respinta — garanzie: Riesame da parte di un operatore su richiesta',
    );
    expect(it_).toContain('possibile controllo a distanza (L. 300/1970, art. 4) — accordo: Accordo con la RSU del 3 febbraio 2025');
    expect(it_).toContain('servizio online offerto direttamente agli interessati (art. 8)');
    expect(it_).toContain('marketing diretto (art. 21, par. 2)');
    expect(it_).toContain('Rivedere la soglia del punteggio a giugno');
    // The codes of the YAML never reach a cell of the complete set.
    expect(it_).not.toMatch(/presso-interessato|presso-terzi|requisito-necessario|obbligo-contrattuale|\b22\.2\.a\b|,misto,/);
    const en = sheet('en', 'Controller register');
    expect(en).toContain('from the data subject and from third parties (Arts 13 and 14)');
    expect(en).toContain('on paper and by electronic means');
    expect(en).toContain('needed for the service — if not provided: senza i dati non possiamo valutare la richiesta');
    expect(en).toContain('solely automated decisions (Art. 22) — Article 22(2)(a)');
    expect(en).toContain('required by the contract');
    expect(en).not.toMatch(/presso l'interessato|su larga scala|facoltativo/);
  });

  it('prints every line of a cell taller than a row may be: the column is widened, not the text cut', () => {
    const printed = pdfPages(join(out, 'it.pdf')).join('\n');
    for (let i = 1; i <= 14; i++) expect(printed, `purpose ${i}`).toContain(`chiusura${i}`);
  });
});
