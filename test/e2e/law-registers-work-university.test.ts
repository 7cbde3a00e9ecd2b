import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, registerWith, registro, remove } from '../helpers.js';
import { testPlantedRegisters, type Defect } from '../planted-registers.js';

/**
 * Registers of three offices first met here (test/fixtures/law): a waste-collection company with
 * 300 workers (attendance, occupational health), a state university (online exams with
 * proctoring, theses, open-access archive, staff attendance) and a pharmacy (prescriptions and
 * narcotics register, ECGs read remotely by a cardiologist, a fidelity card). Each is clean; the mistakes their
 * offices make are each reported once, at their place.
 */
const FACE = 'dati_particolari:\n  - categoria: biometrici\n    condizione: 9.2.b\n    norma: "D.Lgs. 66/2003; CCNL Servizi Ambientali, art. 17"\n    finalita: Modello del volto confrontato dal terminale di timbratura\n';
/** A university's staff clocking in with a fingerprint, on the repealed "legge concretezza". */
const FINGERPRINT = 'dati_particolari:\n  - categoria: biometrici\n    condizione: 9.2.g\n    norma: "L. 56/2019, art. 2, c. 1; Codice, art. 2-sexies, c. 2, lett. dd"\n    lettera_2sexies: dd\n';
/** Students' faces matched with their photo when an online exam starts, on their explicit consent. */
const PROCTORING_FACE = 'dati_particolari:\n  - categoria: biometrici\n    condizione: 9.2.a\n    consenso_esplicito: true\n    revoca: "Lo studente può revocare il consenso e sostenere l\'esame in presenza"\n';

const WHISTLEBLOWING_DPIA = 'dpia:\n  necessaria: true\n  riferimento: DPIA 2023/2 - Canale di segnalazione interno\n  data: 2026-11-25\n';

const REGISTERS: Record<string, Defect[]> = {
  'igiene-urbana': [
    // Face recognition to clock in, on the collective agreement: no law provides for it (Garante, 22 February 2024, n. 105).
    { file: 'trattamenti/presenze.yaml', from: 'dati: [identificativi, presenze]\n', to: `dati: [identificativi, presenze]\n${FACE}`, expect: [
      'trattamenti/presenze.yaml:13:17 error special-condition',
      // The office forgot the rest too: one retention for the faces and the hours, no impact assessment.
      'trattamenti/presenze.yaml:23:1 warning retention-per-category',
      'trattamenti/presenze.yaml:28:1 error dpia-required',
    ] },
    // D.Lgs. 24/2023, art. 13, c. 6: the whistleblowing channel's measures rest on a DPIA.
    { file: 'trattamenti/whistleblowing.yaml', from: WHISTLEBLOWING_DPIA, to: 'dpia:\n  necessaria: false\n  motivazione: Poche segnalazioni all\'anno, gestite dall\'Organismo di vigilanza.\n', expect: ['trattamenti/whistleblowing.yaml:26:1 error dpia-required'] },
  ],
  universita: [
    { file: 'trattamenti/presenze-personale.yaml', from: 'dati: [identificativi, presenze]\n', to: `dati: [identificativi, presenze]\n${FINGERPRINT}`, expect: [
      'trattamenti/presenze-personale.yaml:13:17 error special-condition',
      'trattamenti/presenze-personale.yaml:14:12 warning repealed-norm',
      'trattamenti/presenze-personale.yaml:21:1 warning retention-per-category',
      'trattamenti/presenze-personale.yaml:26:1 error dpia-required',
    ] },
    // The Garante's Bocconi decision: consent to face recognition in exams for a degree is not free.
    { file: 'trattamenti/esami-online.yaml', from: 'dati: [identificativi, contatto, istruzione-lavoro, immagini, navigazione]\n', to: `dati: [identificativi, contatto, istruzione-lavoro, immagini, navigazione]\n${PROCTORING_FACE}`, expect: ['trattamenti/esami-online.yaml:14:17 warning public-consent', 'trattamenti/esami-online.yaml:13:16 warning retention-per-category'] },
  ],
  farmacia: [
    // The card starts profiling the customers' purchases and keeps them as long as before.
    { file: 'trattamenti/carta-fedelta.yaml', from: 'profilazione: false\n', to: 'profilazione: true\n', expect: ['trattamenti/carta-fedelta.yaml:22:13 warning retention-limit'] },
    { file: 'trattamenti/telemedicina.yaml', from: '    norma: "D.Lgs. 153/2009, art. 1, c. 2, lett. e); D.M. 16 dicembre 2010; contratto con il cardiologo tenuto al segreto professionale (art. 9, par. 3)"\n', to: '', expect: ['trattamenti/telemedicina.yaml:12:17 error special-norm'] },
  ],
};

testPlantedRegisters('registers of a waste-collection company, a university and a pharmacy', REGISTERS);

const COMPANY = join(ROOT, 'test/fixtures/law/igiene-urbana');
const ATTENDANCE = readFileSync(join(COMPANY, 'trattamenti/presenze.yaml'), 'utf8');
const withSpecial = (special: string, record = ATTENDANCE) => record.replace('dati: [identificativi, presenze]\n', `dati: [identificativi, presenze]\n${special}`);
const dirs: string[] = [];
afterAll(() => dirs.splice(0).forEach(remove));

function validate(files: Record<string, string>, lang = 'it') {
  const dir = registerWith(files, COMPANY);
  dirs.push(dir);
  return registro(['validate', '.', '--lang', lang, '--format', 'json'], { cwd: dir });
}
/** The findings of the rule on special data's conditions, as `file:line:col rule message`. */
const findings = (run: ReturnType<typeof registro>) =>
  (JSON.parse(run.stdout).diagnostics as Array<{ file: string; line: number; column: number; ruleId: string; message: string }>)
    .filter((d) => d.ruleId === 'special-condition')
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);

describe('a whistleblowing channel without its impact assessment', () => {
  it('is told which law asks for it, in Italian and in English', () => {
    const record = readFileSync(join(COMPANY, 'trattamenti/whistleblowing.yaml'), 'utf8').replace(WHISTLEBLOWING_DPIA, '');
    const messages = (lang: string) => {
      const dir = registerWith({ 'trattamenti/whistleblowing.yaml': record }, COMPANY);
      dirs.push(dir);
      const run = registro(['validate', '.', '--lang', lang, '--format', 'json'], { cwd: dir });
      return (JSON.parse(run.stdout).diagnostics as Array<{ file: string; line: number; column: number; message: string }>).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    };
    expect(messages('it')).toEqual([
      "trattamenti/whistleblowing.yaml:1:1 serve una valutazione d'impatto e la scheda non ne richiama una: indica dpia.necessaria: true e il riferimento. Casi che la richiedono: D.Lgs. 24/2023, art. 13, c. 6, canale di segnalazione degli illeciti (whistleblowing): le misure tecniche e organizzative si individuano sulla base di una valutazione d'impatto",
    ]);
    expect(messages('en')[0]).toContain('Legislative Decree 24/2023, Art. 13(6), whistleblowing channel');
  });
});

describe("workers' biometric data to record attendance", () => {
  it('is reported on the condition with the sentence a DPO signs, in Italian and in English', () => {
    const files = { 'trattamenti/presenze.yaml': withSpecial(FACE) };
    expect(findings(validate(files))).toEqual([
      'trattamenti/presenze.yaml:13:17 special-condition i dati biometrici ("biometrici") dei lavoratori ("dipendenti") usati per rilevare le presenze non hanno alcuna condizione dell\'art. 9, par. 2: nessuna norma lo prevede e il consenso del lavoratore non è libero (considerando 43; Garante, provvedimento 22 febbraio 2024, n. 105, doc. web n. 9995680; Codice, art. 2-septies); rileva le presenze con un sistema meno invasivo, come il badge, e cancella i modelli biometrici raccolti',
    ]);
    expect(findings(validate(files, 'en'))).toEqual([
      'trattamenti/presenze.yaml:13:17 special-condition workers\' ("dipendenti") biometric data ("biometrici") used to record attendance have no Art. 9(2) condition: no law provides for it and a worker\'s consent is not free (recital 43; Garante, decision no. 105 of 22 February 2024, web doc. no. 9995680; Codice, Art. 2-septies); record attendance with a less intrusive system, such as a badge, and delete the biometric templates collected',
    ]);
  });

  it("is reported on the workers' explicit consent too, and on the register's own fingerprint term", () => {
    const consent = 'dati_particolari:\n  - categoria: impronte-digitali\n    condizione: 9.2.a\n    consenso_esplicito: true\n    revoca: Richiesta all\'Ufficio Personale\n';
    const vocabulary = 'dati:\n  - id: impronte-digitali\n    it: Impronte digitali\n    classe: particolare\n    gruppo: biometrici\n';
    const run = validate({ 'vocabolario.yaml': vocabulary, 'trattamenti/presenze.yaml': withSpecial(consent) });
    expect(findings(run).map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['trattamenti/presenze.yaml:13:17 special-condition']);
    expect(findings(run)[0]).toContain('i dati biometrici ("impronte-digitali") dei lavoratori ("dipendenti")');
  });

  it('without a condition says that none exists, instead of asking for one', () => {
    const run = validate({ 'trattamenti/presenze.yaml': withSpecial('dati_particolari:\n  - categoria: biometrici\n') });
    expect(findings(run).map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['trattamenti/presenze.yaml:12:16 special-condition']);
    expect(findings(run)[0]).toContain('usati per rilevare le presenze non hanno alcuna condizione');
  });

  it('is silent on a biometric entry whose own purpose is access to a restricted area ("in presenza del capoturno" is no attendance), in a record that also holds attendance', () => {
    const access = 'dati_particolari:\n  - categoria: biometrici\n    condizione: 9.2.b\n    norma: "D.Lgs. 81/2008, art. 18, c. 1, lett. e); D.Lgs. 105/2015, art. 14"\n    finalita: Riconoscimento all\'accesso alla sala di controllo dell\'impianto, area riservata agli addetti abilitati, ammessi solo in presenza del capoturno\n';
    expect(findings(validate({ 'trattamenti/presenze.yaml': withSpecial(access) }))).toEqual([]);
  });

  it('tells the access log of a server room (its entries and exits) from the attendance of the staff', () => {
    const serverRoom = (purpose: string) =>
      ATTENDANCE.replace(/descrizione: .*\n/, `descrizione: ${purpose}\n`).replace('dati: [identificativi, presenze]\n', 'dati: [identificativi]\n').replace('applicativi: [Terminali di timbratura a badge TimeCloud]', 'applicativi: [Lettori di impronta della sala server]');
    const fingerprint = 'dati_particolari:\n  - categoria: biometrici\n    condizione: 9.2.b\n    norma: "D.Lgs. 81/2008, art. 18"\n';
    const withFingerprint = (record: string) => record.replace('dati: [identificativi]\n', `dati: [identificativi]\n${fingerprint}`);
    expect(findings(validate({ 'trattamenti/presenze.yaml': withFingerprint(serverRoom('Controllo degli accessi alla sala server, con registrazione di ingressi e uscite')) }))).toEqual([]);
    const staff = findings(validate({ 'trattamenti/presenze.yaml': withFingerprint(serverRoom('Registrazione di ingressi e uscite del personale')) }));
    expect(staff).toHaveLength(1);
    expect(staff[0]).toContain('usati per rilevare le presenze');
    // As offices write it too: "degli ingressi e delle uscite", the "cartellino" that is punched.
    for (const purpose of ['Registrazione degli ingressi e delle uscite del personale', 'Contrasto ai furbetti del cartellino']) {
      const written = findings(validate({ 'trattamenti/presenze.yaml': withFingerprint(serverRoom(purpose)) }));
      expect(written, purpose).toHaveLength(1);
      expect(written[0], purpose).toContain('usati per rilevare le presenze');
    }
  });

  it("is silent on clients' biometric signatures: the rule is about the controller's workers", () => {
    const clients = ATTENDANCE.replace('interessati: [dipendenti]', 'interessati: [clienti]');
    const signature = 'dati_particolari:\n  - categoria: biometrici\n    condizione: 9.2.a\n    consenso_esplicito: true\n    revoca: Richiesta all\'Ufficio Clienti\n';
    expect(findings(validate({ 'trattamenti/presenze.yaml': withSpecial(signature, clients) }))).toEqual([]);
  });
});

const UNIVERSITY = join(ROOT, 'test/fixtures/law/universita');
const read = (rel: string) => readFileSync(join(UNIVERSITY, rel), 'utf8');

/** The messages of the rules named, as `file:line:col rule message`, for the university with the files given. */
function universityFindings(files: Record<string, string>, rules: string[], lang = 'it'): string[] {
  const dir = registerWith(files, UNIVERSITY);
  dirs.push(dir);
  const run = registro(['validate', '.', '--lang', lang, '--format', 'json'], { cwd: dir });
  return (JSON.parse(run.stdout).diagnostics as Array<{ file: string; line: number; column: number; ruleId: string; message: string }>)
    .filter((d) => rules.includes(d.ruleId))
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}

describe('a university', () => {
  it("relying on students' explicit consent for face recognition in its exams is told that it is not free, citing the Garante", () => {
    const exams = read('trattamenti/esami-online.yaml').replace('navigazione]\n', `navigazione]\n${PROCTORING_FACE}`);
    expect(universityFindings({ 'trattamenti/esami-online.yaml': exams }, ['public-consent'])).toEqual([
      'trattamenti/esami-online.yaml:14:17 public-consent l\'ente pubblico tratta i dati "biometrici" per un suo compito (base 6.1.e) ma li fonda sul consenso esplicito (9.2.a), che verso un ente pubblico difficilmente è libero (considerando 43; Garante, ordinanza ingiunzione nei confronti dell\'Università Commerciale "Luigi Bocconi" di Milano, 16 settembre 2021, n. 317, doc. web n. 9703988): indica la condizione dell\'art. 9, par. 2, che vale per il compito, con la sua norma, o rinuncia a questi dati; se il rifiuto non ha conseguenze, indica conferimento: facoltativo',
    ]);
    expect(universityFindings({ 'trattamenti/esami-online.yaml': exams }, ['public-consent'], 'en')).toEqual([
      'trattamenti/esami-online.yaml:14:17 public-consent the public body processes the "biometrici" data for one of its tasks (basis 6.1.e) but rests them on explicit consent (9.2.a), which is rarely free towards a public body (recital 43; Garante, injunction order against Università Commerciale "Luigi Bocconi" of Milan, 16 September 2021, no. 317, web doc. no. 9703988): give the Art. 9(2) condition that applies to the task, with its norm, or do without these data; if refusing has no consequences, state conferimento: facoltativo',
    ]);
  });

  it('keeps explicit consent for an optional extra: health data of students who ask for a disability aid in their exams', () => {
    const aid = 'dati_particolari:\n  - categoria: salute\n    condizione: 9.2.a\n    consenso_esplicito: true\n    revoca: Richiesta al Servizio Disabilità di Ateneo\n';
    const exams = read('trattamenti/esami-online.yaml').replace('navigazione]\n', `navigazione]\n${aid}`);
    expect(universityFindings({ 'trattamenti/esami-online.yaml': exams }, ['public-consent'])).toEqual([]);
  });

  it('citing the repealed biometric attendance of the "legge concretezza" is told that no norm took its place', () => {
    const staff = read('trattamenti/presenze-personale.yaml').replace('dati: [identificativi, presenze]\n', `dati: [identificativi, presenze]\n${FINGERPRINT}`);
    expect(universityFindings({ 'trattamenti/presenze-personale.yaml': staff }, ['repealed-norm'])).toEqual([
      'trattamenti/presenze-personale.yaml:14:12 repealed-norm L. 19 giugno 2019, n. 56, art. 2, c. 1-4 (rilevazione biometrica delle presenze nella PA) non è più in vigore (L. 30 dicembre 2020, n. 178, art. 1, c. 958, dal 2021-01-01) e nessuna norma ha preso il suo posto: i dati biometrici non si usano per rilevare le presenze (Garante, provvedimento 22 febbraio 2024, n. 105, doc. web n. 9995680)',
    ]);
    expect(universityFindings({ 'trattamenti/presenze-personale.yaml': staff }, ['repealed-norm'], 'en')).toEqual([
      'trattamenti/presenze-personale.yaml:14:12 repealed-norm Law 56/2019 of 19 June 2019, Art. 2(1)-(4) (biometric attendance in public administrations) is no longer in force (Law 178/2020 of 30 December 2020, Art. 1(958), since 2021-01-01) and no norm has taken its place: biometric data are not used to record attendance (Garante, decision no. 105 of 22 February 2024, web doc. no. 9995680)',
    ]);
  });

  it('citing the same law for another article, the "Nucleo della concretezza", is not told it is repealed', () => {
    const staff = read('trattamenti/presenze-personale.yaml').replace('CCNL Istruzione e Ricerca 2019-2021"', 'CCNL Istruzione e Ricerca 2019-2021; L. 56/2019, art. 1"');
    expect(universityFindings({ 'trattamenti/presenze-personale.yaml': staff }, ['repealed-norm'])).toEqual([]);
  });

  it('is told only of the law: an act numbered 56/2019 that is no law of the State, art. 2 and all, is none of its business', () => {
    const citing = (norm: string) => read('trattamenti/presenze-personale.yaml').replace('CCNL Istruzione e Ricerca 2019-2021"', `CCNL Istruzione e Ricerca 2019-2021; ${norm}"`);
    for (const other of ['Delibera del Consiglio di amministrazione n. 56/2019, art. 2', 'L.R. 56/2019, art. 2', 'D.L. 56/2019, art. 2', 'Decreto rettorale 19 giugno 2019, n. 56, art. 2']) {
      expect(universityFindings({ 'trattamenti/presenze-personale.yaml': citing(other) }, ['repealed-norm']), other).toEqual([]);
    }
    for (const law of ['Legge n. 56/2019, art. 2', 'L. 19 giugno 2019, n. 56, art. 2, c. 1']) {
      expect(universityFindings({ 'trattamenti/presenze-personale.yaml': citing(law) }, ['repealed-norm']), law).toHaveLength(1);
    }
  });
});

describe('a university record mixing the thesis deposit (a public task) and its open-access publication on consent', () => {
  const mixed = read('trattamenti/tesi.yaml')
    .replace('interessati: [utenti]', "  - descrizione: Pubblicazione della tesi nell'archivio ad accesso aperto per chi la sceglie al deposito\n    basi_giuridiche:\n      - base: 6.1.a\n        revoca: Richiesta alla Biblioteca di Ateneo\ninteressati: [utenti]")
    .replace('  - soggetto: cineca\n', '  - soggetto: cineca\n  - categoria: diffusione\n    descrizione: Archivio istituzionale ad accesso aperto\n    durata_pubblicazione: fino alla revoca del consenso\n');

  it('is told to keep the publication on consent in a record of its own, not to set conferimento for the whole record nor to cite a norm that does not exist', () => {
    expect(universityFindings({ 'trattamenti/tesi.yaml': mixed }, ['public-consent', 'public-dissemination'])).toEqual([
      'trattamenti/tesi.yaml:11:15 public-consent un ente pubblico che chiede il consenso per un compito istituzionale: il consenso difficilmente è libero (considerando 43); valuta 6.1.e o 6.1.c con la norma, oppure, se il consenso riguarda qualcosa in più che l\'interessato può rifiutare senza conseguenze, descrivilo in una scheda a sé con conferimento: facoltativo',
      'trattamenti/tesi.yaml:20:16 public-dissemination un ente pubblico diffonde dati personali solo se lo prevede una norma di legge o di regolamento: indicala in "norma" del destinatario (Codice, art. 2-ter, c. 1 e 3); se invece la pubblicazione la sceglie l\'interessato con il suo consenso, descrivila in una scheda a sé, con le sole finalità fondate sul consenso (6.1.a)',
    ]);
    expect(universityFindings({ 'trattamenti/tesi.yaml': mixed }, ['public-consent', 'public-dissemination'], 'en')).toEqual([
      'trattamenti/tesi.yaml:11:15 public-consent a public body relies on consent for an institutional task: such consent is rarely free (recital 43); consider 6.1.e or 6.1.c with the norm or, if the consent concerns an extra the data subject may refuse without consequences, describe it in a record of its own with conferimento: facoltativo',
      'trattamenti/tesi.yaml:20:16 public-dissemination a public body may disseminate personal data only where a law or regulation provides for it: name it in the recipient\'s "norma" (Codice Art. 2-ter(1) and (3)); if instead the data subject chooses the publication by consenting to it, describe it in a record of its own, with only the purposes resting on consent (6.1.a)',
    ]);
  });

  it('kept apart as the fixture does, gives no finding', () => {
    expect(universityFindings({}, ['public-consent', 'public-dissemination'])).toEqual([]);
  });
});

describe('a non-state university', () => {
  const PRIVATE = read('registro.yaml').replace('ente_pubblico: true', 'ente_pubblico: false');
  const onContract = read('trattamenti/esami-online.yaml')
    .replace('      - base: 6.1.e\n        norma: "L. 240/2010, art. 6; Regolamento didattico di Ateneo, art. 24"', '      - base: 6.1.b')
    .replace('navigazione]\n', `navigazione]\n${PROCTORING_FACE}`);

  it("relying on students' explicit consent to face recognition in exams is told it is not free, as the Garante told Bocconi", () => {
    expect(universityFindings({ 'registro.yaml': PRIVATE, 'trattamenti/esami-online.yaml': onContract }, ['public-consent'])).toEqual([
      'trattamenti/esami-online.yaml:13:17 public-consent l\'università fonda i dati "biometrici" sul consenso esplicito (9.2.a): negli esami e nelle carriere che portano a un titolo con valore legale, compito di interesse pubblico anche per un ateneo non statale, quel consenso non è libero (Garante, ordinanza ingiunzione nei confronti dell\'Università Commerciale "Luigi Bocconi" di Milano, 16 settembre 2021, n. 317, doc. web n. 9703988); indica la condizione dell\'art. 9, par. 2, che vale per il compito, con la sua norma, o rinuncia a questi dati; se è un servizio in più che si può rifiutare senza conseguenze, indica conferimento: facoltativo',
    ]);
    expect(universityFindings({ 'registro.yaml': PRIVATE, 'trattamenti/esami-online.yaml': onContract }, ['public-consent'], 'en')[0]).toContain('the university rests the "biometrici" data on explicit consent (9.2.a)');
  });

  it('keeps the consent of its open-access archive: the check on the Art. 6 consent is for public bodies', () => {
    const archive = read('trattamenti/tesi-accesso-aperto.yaml').replace(/conferimento:\n(  .*\n)+/, '');
    expect(archive).not.toContain('conferimento');
    expect(universityFindings({ 'registro.yaml': PRIVATE, 'trattamenti/tesi-accesso-aperto.yaml': archive }, ['public-consent'])).toEqual([]);
    // The same record of a state university is told (recital 43).
    expect(universityFindings({ 'trattamenti/tesi-accesso-aperto.yaml': archive }, ['public-consent'])).toHaveLength(1);
  });
});
