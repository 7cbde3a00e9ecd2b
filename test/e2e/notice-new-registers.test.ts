import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { EXAMPLE, ROOT, registerWith, registro, remove, tempDir } from '../helpers.js';
import { findBrowser } from '../../src/informativa/browser.js';

// Registers the notices had never seen, read in the PDF as the DPO who signs them:
// - an ASL's CUP booking: a joint controller (the Regione, art. 26), SMS reminders by a processor
//   in the US (art. 45), health data, two activities whose consequences of not providing the data
//   are the same sentence typed twice (once in lower case, folded over two lines, without a full
//   stop), one required by law and one by the service, both with health data under 9.2.h;
// - a comune's SUAP: data also from third parties (art. 14) with their source, the casellario
//   giudiziale among them (art. 10 data).
const CUP = join(ROOT, 'test/fixtures/dpo/asl-cup');
const SUAP = join(ROOT, 'test/fixtures/dpo/comune-suap');
if (!findBrowser()) throw new Error('no browser: install Debian chromium (.ci/run does); the PDF tests must run, never skip');

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const out = tempDir('registro-new-registers-');
const pdf = (lang: string, register: string, file: string) => pdfText(join(out, lang, register, file));

beforeAll(() => {
  for (const [name, dir] of [['cup', CUP], ['suap', SUAP], ['vallechiara', EXAMPLE]] as const) {
    expect(registro(['validate', dir]).status, name).toBe(0);
    for (const lang of ['it', 'en']) expect(registro(['informativa', dir, '--tutti', '-f', 'pdf', '--lang', lang, '-o', join(out, lang, name)]).status, `${name} ${lang}`).toBe(0);
  }
}, 240_000);
afterAll(() => remove(out));

describe('the short notice names what would surprise the reader (WP260 rev.01, par. 38)', () => {
  it('the transfer to the United States and who receives the data there, in Italian and in English', () => {
    const it = pdf('it', 'cup', 'cup-breve.pdf');
    expect(it).toContain('Trasferimenti fuori dallo Spazio economico europeo Alcuni dati sono trasferiti fuori dallo Spazio economico europeo (Unione europea, Islanda, Liechtenstein e Norvegia): Verso gli Stati Uniti. Li riceve Twilio Inc. Per ogni trasferimento l\'informativa completa dice su che cosa si fonda.');
    const en = pdf('en', 'cup', 'cup-breve.pdf');
    expect(en).toContain('Transfers outside the European Economic Area Some data are transferred outside the European Economic Area (the European Union, Iceland, Liechtenstein and Norway): To the United States.');
    expect(en).toContain('To the United States. Recipient: Twilio Inc. For each transfer the full notice says what it rests on.');
  });

  it('health data, in lower case after the colon', () => {
    expect(pdf('it', 'cup', 'cup-breve.pdf')).toContain('Trattiamo anche categorie particolari di dati, che la legge protegge di più: dati relativi alla salute.');
    expect(pdf('en', 'cup', 'cup-breve.pdf')).toContain('We also process special categories of data, which the law protects more: health data.');
  });

  it('art. 14: where the data come from, and the data on criminal records', () => {
    const text = pdf('it', 'suap', 'suap-breve.pdf');
    expect(text).toContain('Da dove arrivano i dati Alcuni dati li fornisci tu. Gli altri arrivano da: Registro delle imprese tenuto dalla Camera di commercio.');
    expect(text).toContain('Trattiamo anche dati relativi a condanne penali e reati.');
    expect(pdf('en', 'suap', 'suap-breve.pdf')).toContain('We also process data relating to criminal convictions and offences.');
  });

  it('says nothing of transfers, sources or special data a service does not have', () => {
    const text = pdf('it', 'vallechiara', 'accesso-atti-breve.pdf');
    expect(text).not.toContain('Spazio economico europeo');
    expect(text).not.toContain('Da dove arrivano');
    expect(pdf('it', 'vallechiara', 'mensa-scolastica-breve.pdf')).toContain('che la legge protegge di più: dati relativi alla salute, convinzioni religiose o filosofiche.');
  });
});

describe('the full notice, as signed Italian', () => {
  it('art. 14: the criminal-record data are among the categories, and among what comes from the source', () => {
    const text = pdf('it', 'suap', 'suap.pdf');
    expect(text).toContain('Istruzione, formazione e lavoro. Dati relativi a condanne penali e reati. Alcuni dati li fornisci tu.');
    expect(text).toContain('Da questa fonte arrivano: dati anagrafici e identificativi, dati di contatto, codice fiscale, istruzione, formazione e lavoro, dati relativi a condanne penali e reati.');
  });

  it('after a colon, the record\'s texts go on in lower case; the kind of the arrangement is not said twice', () => {
    const text = pdf('it', 'cup', 'cup.pdf');
    expect(text).toContain("stabiliti nell'accordo di contitolarità: DGRT n. 1120/2024, allegato B.");
    expect(text).toContain("Il contenuto essenziale dell'accordo è questo: la Regione gestisce la piattaforma CUP;");
    expect(text).toContain('Riferimento: decisione di esecuzione (UE) 2023/1795 (EU-US Data Privacy Framework).');
    // The class: no generated lead-in of these is followed by a capitalised common word.
    expect(text).not.toMatch(/(?:è questo|contitolarità|Riferimento|Documento): \p{Lu}\p{Ll}/u);
  });

  it('the office hours go on in lower case after "Orari:", as Italian writes the days', () => {
    expect(pdf('it', 'suap', 'suap.pdf')).toContain('Ufficio SUAP. Orari: martedì e giovedì, 9-13.');
    expect(pdf('it', 'suap', 'suap.pdf')).toContain('Ufficio SUAP (martedì e giovedì, 9-13)');
  });

  it('health data processed by both activities under the same condition are stated once', () => {
    expect(pdf('it', 'cup', 'cup.pdf').match(/Dati relativi alla salute\. Condizione: medicina preventiva/g)).toHaveLength(1);
    expect(pdf('en', 'cup', 'cup.pdf').match(/Health data\. Condition:/g)).toHaveLength(1);
  });

  it('the same consequences of not providing the data are said once, after the statements they close', () => {
    const text = pdf('it', 'cup', 'cup.pdf');
    expect(text).toContain('riscossione del ticket sanitario per le prestazioni: sì. I dati sono necessari per il servizio. Verifica delle esenzioni dal ticket per reddito o patologia: sì. Fornire i dati è un obbligo di legge. In tutti questi casi: senza i dati non possiamo prenotare la prestazione.');
    expect(text.match(/non possiamo prenotare la prestazione/g)).toHaveLength(1);
    expect(pdf('en', 'cup', 'cup.pdf')).toContain('In all these cases: senza i dati non possiamo prenotare la prestazione.');
  });
});

describe('one purpose in two activities of a service', () => {
  it('is listed once in both layers, with its basis once', () => {
    const ticket = readFileSync(join(CUP, 'trattamenti/cup-ticket.yaml'), 'utf8').replace(
      'finalita:\n',
      'finalita:\n  - descrizione: Prenotazione, disdetta e spostamento delle visite e degli esami specialistici\n    basi_giuridiche:\n      - base: 6.1.e\n        norma: "L.R. Toscana 40/2005; D.Lgs. 124/1998"\n',
    );
    const dir = registerWith({ 'trattamenti/cup-ticket.yaml': ticket }, CUP);
    try {
      expect(registro(['validate', dir]).status).toBe(0);
      expect(registro(['informativa', dir, '--tutti', '-f', 'pdf', '-o', join(dir, 'out')]).status).toBe(0);
      const short = pdfText(join(dir, 'out/cup-breve.pdf'));
      expect(short.match(/Prenotazione, disdetta e spostamento/g)).toHaveLength(1);
      const full = pdfText(join(dir, 'out/cup.pdf'));
      expect(full.match(/Prenotazione, disdetta e spostamento delle visite e degli esami specialistici\. Base giuridica/g)).toHaveLength(1);
      expect(full.match(/Norma di riferimento: L\.R\. Toscana 40\/2005; D\.Lgs\. 124\/1998\./g)).toHaveLength(1);
    } finally {
      remove(join(dir, '..'));
    }
  }, 60_000);
});

describe('a service whose data all come from third parties (art. 14 only)', () => {
  it('tells the reader, in one sentence each, that they did not give the data and where they come from', () => {
    const record = readFileSync(join(SUAP, 'trattamenti/suap-pratiche.yaml'), 'utf8').replace('raccolta: entrambi', 'raccolta: presso-terzi');
    const dir = registerWith({ 'trattamenti/suap-pratiche.yaml': record }, SUAP);
    try {
      expect(registro(['validate', dir]).status).toBe(0);
      for (const lang of ['it', 'en']) expect(registro(['informativa', dir, '--tutti', '-f', 'pdf', '--lang', lang, '-o', join(dir, lang)]).status).toBe(0);
      expect(pdfText(join(dir, 'it/suap-breve.pdf'))).toContain('Da dove arrivano i dati I dati non li hai forniti tu. Arrivano da: Registro delle imprese');
      expect(pdfText(join(dir, 'en/suap-breve.pdf'))).toContain('Where the data come from You did not give us the data. They come from: Registro delle imprese');
    } finally {
      remove(join(dir, '..'));
    }
  }, 60_000);
});

describe('the joint controllers, one or several, in sentences that agree', () => {
  it('one: "a un altro titolare, il contitolare", "ciascuno dei due titolari"', () => {
    expect(pdf('it', 'cup', 'cup-breve.pdf')).toContain('Tratta i dati insieme a un altro titolare, il contitolare: Regione Toscana.');
    const full = pdf('it', 'cup', 'cup.pdf');
    expect(full).toContain('decide insieme a un altro titolare perché e come trattare i dati. È il contitolare del trattamento (art. 26 del Regolamento):');
    expect(full).toContain('Puoi esercitare i tuoi diritti nei confronti di ciascuno dei due titolari (art. 26, par. 3, del Regolamento).');
    expect(pdf('en', 'cup', 'cup-breve.pdf')).toContain('It processes the data together with another controller, the joint controller: Regione Toscana.');
  });

  it('one, the only recipient: "oltre al contitolare indicato sopra"', () => {
    const record = readFileSync(join(CUP, 'trattamenti/cup.yaml'), 'utf8')
      .replace(/ {2}- soggetto: callcenter\n.*\n {2}- soggetto: notifiche-us\n.*\n/, '')
      .replace(/trasferimenti:\n(?: {4}.*\n| {2}- .*\n)*/, 'trasferimenti: []\n');
    const service = readFileSync(join(CUP, 'servizi/cup.yaml'), 'utf8').replace(/trattamenti: \[.*\]/, 'trattamenti: [cup]');
    const dir = registerWith({ 'trattamenti/cup.yaml': record, 'servizi/cup.yaml': service }, CUP);
    try {
      for (const lang of ['it', 'en']) expect(registro(['informativa', dir, '--tutti', '-f', 'pdf', '--lang', lang, '-o', join(dir, lang)]).status).toBe(0);
      expect(pdfText(join(dir, 'it/cup.pdf'))).toContain('Oltre al contitolare indicato sopra, non comunichiamo i tuoi dati ad altri.');
      expect(pdfText(join(dir, 'en/cup.pdf'))).toContain('Apart from the joint controller above, we do not disclose your data to anyone.');
    } finally {
      remove(join(dir, '..'));
    }
  }, 60_000);

  it('two: plural, their names joined by "e" / "and"', () => {
    const soggetti = `${readFileSync(join(CUP, 'soggetti.yaml'), 'utf8')}  - id: estar
    denominazione: ESTAR - Ente di supporto tecnico amministrativo regionale
    ruolo: contitolare
    paese: IT
    servizi: Gestione del call center regionale
    contatti:
      pec: estar@postacert.toscana.it
    atto:
      tipo: Accordo di contitolarità
      riferimento: Accordo del 2 febbraio 2025
      data: 2025-02-02
    contenuto_essenziale: ESTAR gestisce il call center; l'Azienda risponde alle richieste degli interessati.
    punto_di_contatto:
      email: privacy@estar.toscana.it
`;
    const cup = readFileSync(join(CUP, 'trattamenti/cup.yaml'), 'utf8').replace('destinatari:\n', 'destinatari:\n  - soggetto: estar\n    descrizione: Gestione del call center regionale\n');
    const dir = registerWith({ 'soggetti.yaml': soggetti, 'trattamenti/cup.yaml': cup }, CUP);
    try {
      expect(registro(['validate', dir]).status).toBe(0);
      for (const lang of ['it', 'en']) expect(registro(['informativa', dir, '--tutti', '-f', 'pdf', '--lang', lang, '-o', join(dir, lang)]).status).toBe(0);
      expect(pdfText(join(dir, 'it/cup-breve.pdf'))).toContain('Tratta i dati insieme ad altri titolari, i contitolari: ESTAR - Ente di supporto tecnico amministrativo regionale e Regione Toscana.');
      const full = pdfText(join(dir, 'it/cup.pdf'));
      expect(full).toContain('decide insieme ad altri titolari perché e come trattare i dati. Sono i contitolari del trattamento (art. 26 del Regolamento):');
      expect(full).toContain('Puoi esercitare i tuoi diritti nei confronti di ciascun contitolare (art. 26, par. 3, del Regolamento).');
      expect(pdfText(join(dir, 'en/cup-breve.pdf'))).toContain('together with other controllers, the joint controllers: ESTAR - Ente di supporto tecnico amministrativo regionale and Regione Toscana.');
    } finally {
      remove(join(dir, '..'));
    }
  }, 60_000);
});

describe('the public register of the site', () => {
  it('runs the data subjects and the data into one line, the labels after the first in lower case', () => {
    const options = `${readFileSync(join(CUP, 'registro.yaml'), 'utf8')}opzioni:\n  sito:\n    registro_pubblico: true\n    lingue: [it, en]\n`;
    const dir = registerWith({ 'registro.yaml': options }, CUP);
    try {
      expect(registro(['sito', dir, '-o', join(dir, 'sito')]).status).toBe(0);
      const page = (lang: string) => readFileSync(join(dir, 'sito', lang, 'registro.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(page('it')).toContain('Interessati Pazienti, cittadini Categorie di dati Dati anagrafici e identificativi, dati di contatto, codice fiscale, dati relativi alla salute');
      expect(page('en')).toContain('Patients, citizens');
    } finally {
      remove(join(dir, '..'));
    }
  }, 120_000);
});
