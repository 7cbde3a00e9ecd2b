import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRegister } from '../../src/validate/validate-register.js';
import { localize } from '../../src/i18n/localize.js';
import { ROOT, registerWith, remove } from '../helpers.js';

/**
 * Errors DPOs really make, planted one at a time in the register of a small comune
 * (test/fixtures/law/comune): each is reported by its rule at its place, with a message a DPO
 * would sign in Italian and one wholly in English.
 */
const LAW = join(ROOT, 'test/fixtures/law');
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

interface Attack {
  name: string;
  /** The register under test/fixtures/law: the comune unless named. */
  register?: string;
  file: string;
  from: string;
  to: string;
  /** `file:line:col severity rule`, then the Italian and the English message. */
  expect: [string, string, string];
}

const attacks: Attack[] = [
  {
    name: 'criminal-offence data resting only on Codice art. 2-octies',
    file: 'trattamenti/servizi-sociali.yaml',
    from: 'norma: "L. 184/1983, art. 9; Codice, art. 2-octies, c. 3, lett. a"',
    to: 'norma: "Codice, art. 2-octies"',
    expect: [
      'trattamenti/servizi-sociali.yaml:19:10 error criminal-norm',
      '"Codice, art. 2-octies" non è la norma che autorizza il trattamento dei dati giudiziari: cita la legge o il regolamento che lo prevede (Codice, art. 2-octies, c. 1 e 3)',
      '"Codice, art. 2-octies" is not the norm that authorises the processing of criminal-offence data: cite the law or regulation that provides for it (Codice Art. 2-octies(1) and (3))',
    ],
  },
  {
    name: 'health data on 9.2.g with only the GDPR as norm',
    file: 'trattamenti/servizi-sociali.yaml',
    from: 'norma: "L. 328/2000, art. 22; Codice, art. 2-sexies, c. 2, lett. s"',
    to: 'norma: "Reg. UE 2016/679, art. 9, par. 2, lett. g"',
    expect: [
      'trattamenti/servizi-sociali.yaml:15:12 error special-norm',
      'la condizione 9.2.g per "salute" richiede la legge o il regolamento che prevede il trattamento: "Reg. UE 2016/679, art. 9, par. 2, lett. g" da solo non basta (art. 9, par. 2)',
      'condition 9.2.g for "salute" needs the law or regulation that provides for the processing: "Reg. UE 2016/679, art. 9, par. 2, lett. g" alone is not enough (Art. 9(2))',
    ],
  },
  {
    name: 'a public task resting on the general articles of the Codice',
    file: 'trattamenti/tributi.yaml',
    from: 'norma: "L. 160/2019, art. 1, cc. 738-783; L. 147/2013, art. 1, c. 639; L. 296/2006, art. 1, c. 161"',
    to: 'norma: "Reg. UE 2016/679, art. 6, par. 1, lett. e; D.Lgs. 196/2003, art. 2-ter"',
    expect: [
      'trattamenti/tributi.yaml:9:16 error basis-norm',
      'per la base 6.1.e la norma è quella nazionale o dell\'Unione che stabilisce il compito o l\'obbligo, non il Regolamento stesso né gli articoli generali del Codice: "Reg. UE 2016/679, art. 6, par. 1, lett. e; D.Lgs. 196/2003, art. 2-ter" non basta (art. 6, par. 3; Codice, art. 2-ter)',
      'for basis 6.1.e the norm is the Union or national law that lays down the task or obligation, not the GDPR itself nor the general articles of the Codice: "Reg. UE 2016/679, art. 6, par. 1, lett. e; D.Lgs. 196/2003, art. 2-ter" is not enough (Art. 6(3); Codice Art. 2-ter)',
    ],
  },
  {
    name: 'repealed articles of the old Codice cited before the norm',
    file: 'trattamenti/suap.yaml',
    from: 'norma: "D.P.R. 160/2010; D.Lgs. 222/2016"',
    to: 'norma: "D.P.R. 160/2010; artt. 20 e 21 del D.Lgs. 196/2003"',
    expect: [
      'trattamenti/suap.yaml:8:16 error repealed-norm',
      'D.Lgs. 196/2003 nel testo anteriore al D.Lgs. 101/2018 non è più in vigore (D.Lgs. 10 agosto 2018, n. 101, art. 27, dal 2018-09-19): cita Reg. (UE) 2016/679 e Codice, artt. 2-ter, 2-sexies, 2-octies',
      'Legislative Decree 196/2003 as it stood before Legislative Decree 101/2018 is no longer in force (Legislative Decree 101 of 10 August 2018, Art. 27, since 2018-09-19): cite Regulation (EU) 2016/679 and the Codice, Arts 2-ter, 2-sexies and 2-octies',
    ],
  },
  {
    name: 'the old minimum measures named after the Codice privacy',
    file: 'trattamenti/tributi.yaml',
    from: 'misure: [credenziali-individuali, profili-autorizzazione, backup]\n',
    to: 'misure: [credenziali-individuali, profili-autorizzazione, backup]\nmisure_documento: Misure minime dell\'Allegato B del Codice privacy\n',
    expect: [
      'trattamenti/tributi.yaml:25:19 error repealed-norm',
      'Allegato B al D.Lgs. 196/2003 (Disciplinare tecnico in materia di misure minime di sicurezza) non è più in vigore (D.Lgs. 10 agosto 2018, n. 101, art. 27, dal 2018-09-19): cita Reg. (UE) 2016/679, art. 32; per la PA, Circolare AgID 2/2017 (Misure minime di sicurezza ICT)',
      'Annex B to Legislative Decree 196/2003 (technical rules on minimum security measures) is no longer in force (Legislative Decree 101 of 10 August 2018, Art. 27, since 2018-09-19): cite Regulation (EU) 2016/679, Art. 32; for public bodies, AgID Circular 2/2017 (minimum ICT security measures)',
    ],
  },
  {
    name: 'retention per category that leaves the criminal-offence data out',
    file: 'trattamenti/suap.yaml',
    from: '    categorie: [contatto, giudiziari]',
    to: '    categorie: [contatto]',
    expect: [
      'trattamenti/suap.yaml:11:1 warning retention-per-category',
      'nessun termine di conservazione per "giudiziari": aggiungi la categoria a "categorie" di un termine o indicane uno proprio, come chiede l\'art. 30, par. 1, lett. f)',
      'no retention period for "giudiziari": add the category to the "categorie" of a period, or give it its own (Art. 30(1)(f))',
    ],
  },
  {
    name: 'a school that asks consent for photos without saying that refusing costs nothing',
    register: 'scuola',
    file: 'trattamenti/foto.yaml',
    from: "conferimento:\n  natura: facoltativo\n  conseguenze: Senza il consenso l'alunno partecipa a tutte le attività, ma non compare nelle foto pubblicate.\n",
    to: '',
    expect: [
      'trattamenti/foto.yaml:5:15 warning public-consent',
      'un ente pubblico che chiede il consenso per un compito istituzionale: il consenso difficilmente è libero (considerando 43); valuta 6.1.e o 6.1.c con la norma, oppure, se il rifiuto non ha conseguenze, indica conferimento: facoltativo',
      'a public body relies on consent for an institutional task: such consent is rarely free (recital 43); consider 6.1.e or 6.1.c with the norm or, if refusing has no consequences, state conferimento: facoltativo',
    ],
  },
  {
    name: 'a company that keeps its employees\' files for ever',
    register: 'azienda',
    file: 'trattamenti/personale.yaml',
    from: '  - durata: 10 anni\n    decorrenza: dalla cessazione del rapporto\n',
    to: '  - durata: permanente\n    decorrenza: dalla cessazione del rapporto\n',
    expect: [
      'trattamenti/personale.yaml:28:13 warning retention-vague',
      '"permanente": conservare senza limite di tempo è proprio degli archivi pubblici (D.Lgs. 42/2004, artt. 10 e 30); indica una durata o un criterio oggettivo, come chiede l\'art. 5, par. 1, lett. e)',
      '"permanente": keeping data without a time limit belongs to public archives (Legislative Decree 42/2004, Arts 10 and 30); give a duration or an objective criterion (Art. 5(1)(e))',
    ],
  },
  {
    name: 'a criterion that is no criterion: "a tempo indeterminato"',
    register: 'azienda',
    file: 'trattamenti/ordini.yaml',
    from: '  - durata: 10 anni\n    decorrenza: dall\'emissione della fattura\n',
    to: '  - criterio: A tempo indeterminato\n',
    expect: [
      'trattamenti/ordini.yaml:18:15 warning retention-vague',
      '"A tempo indeterminato" non è un termine: indica una durata (ad esempio 5 anni), "permanente" o un criterio oggettivo (WP260)',
      '"A tempo indeterminato" is not a time limit: give a duration (e.g. 5 anni), "permanente" or an objective criterion (WP260)',
    ],
  },
  {
    name: '"illimitata" is "permanente": from a company it is reported once, as no term of a private controller, not also for its missing start',
    register: 'azienda',
    file: 'trattamenti/ordini.yaml',
    from: '  - durata: 10 anni\n    decorrenza: dall\'emissione della fattura\n',
    to: '  - durata: illimitata\n',
    expect: [
      'trattamenti/ordini.yaml:18:13 warning retention-vague',
      '"illimitata": conservare senza limite di tempo è proprio degli archivi pubblici (D.Lgs. 42/2004, artt. 10 e 30); indica una durata o un criterio oggettivo, come chiede l\'art. 5, par. 1, lett. e)',
      '"illimitata": keeping data without a time limit belongs to public archives (Legislative Decree 42/2004, Arts 10 and 30); give a duration or an objective criterion (Art. 5(1)(e))',
    ],
  },
  {
    name: 'promotional e-mails on legitimate interest to bought lists of prospects',
    register: 'azienda',
    file: 'trattamenti/newsletter.yaml',
    from: "      - base: 6.1.a\n        revoca: Link di cancellazione in ogni email o richiesta a privacy@casadelgusto.it\n  - descrizione: Offerte personalizzate in base allo storico degli acquisti\n    basi_giuridiche:\n      - base: 6.1.a\n        revoca: Area personale del sito, sezione preferenze\ninteressati: [iscritti-newsletter, clienti]\ndati: [identificativi, contatto, storico-acquisti, preferenze]\nmarketing_diretto: true\nprofilazione: true\n",
    to: '      - base: 6.1.f\n        interesse: Acquisizione di nuovi clienti\ninteressati: [potenziali-clienti]\ndati: [identificativi, contatto]\nmarketing_diretto: true\n',
    expect: [
      'trattamenti/newsletter.yaml:7:15 warning marketing-non-customers',
      'marketing sul legittimo interesse verso "potenziali-clienti", che non sono clienti: email, SMS e chiamate automatizzate richiedono il consenso (Codice, art. 130, c. 1 e 2); l\'eccezione del c. 4 vale solo per i clienti e per prodotti analoghi',
      'marketing on legitimate interest to "potenziali-clienti", who are not customers: e-mail, SMS and automated calls need consent (Codice Art. 130(1) and (2)); the exception of paragraph 4 covers customers and similar products only',
    ],
  },
  {
    name: 'CCTV kept "30gg", as notes abbreviate thirty days',
    file: 'trattamenti/videosorveglianza.yaml',
    from: 'durata: 7 giorni',
    to: 'durata: 30gg',
    expect: [
      'trattamenti/videosorveglianza.yaml:19:13 error retention-limit',
      'conservazione di "30gg" oltre il termine massimo di 7 giorni per immagini della videosorveglianza comunale per la sicurezza urbana (D.L. 23 febbraio 2009, n. 11, art. 6, c. 8 (conv. L. 38/2009): sette giorni, fatte salve speciali esigenze di ulteriore conservazione; Provvedimento del Garante in materia di videosorveglianza, 8 aprile 2010, par. 3.4 e 5.1): un termine più lungo va motivato in "deroga"',
      'retention of "30gg" exceeds the maximum of 7 days for images of municipal CCTV for urban security (Decree-Law 11/2009 of 23 February 2009, Art. 6(8) (converted by Law 38/2009): seven days, save special needs for longer retention; Garante\'s decision on video surveillance, 8 April 2010, sections 3.4 and 5.1): justify a longer term in "deroga"',
    ],
  },
  {
    name: 'a repealed article of the Codice cited with the year in two digits (196/03)',
    file: 'trattamenti/servizi-sociali.yaml',
    from: 'norma: "L. 328/2000, art. 22; Codice, art. 2-sexies, c. 2, lett. s"',
    to: 'norma: "L. 328/2000, art. 22; D.Lgs. 196/03, art. 22"',
    expect: [
      'trattamenti/servizi-sociali.yaml:15:12 error repealed-norm',
      'D.Lgs. 196/2003 nel testo anteriore al D.Lgs. 101/2018 non è più in vigore (D.Lgs. 10 agosto 2018, n. 101, art. 27, dal 2018-09-19): cita Reg. (UE) 2016/679 e Codice, artt. 2-ter, 2-sexies, 2-octies',
      'Legislative Decree 196/2003 as it stood before Legislative Decree 101/2018 is no longer in force (Legislative Decree 101 of 10 August 2018, Art. 27, since 2018-09-19): cite Regulation (EU) 2016/679 and the Codice, Arts 2-ter, 2-sexies and 2-octies',
    ],
  },
  {
    name: 'recipients in third countries with no transfer declared',
    file: 'trattamenti/tributi.yaml',
    from: '  - categoria: agenzia-entrate\n',
    to: '  - categoria: agenzia-entrate\n  - categoria: destinatari-paesi-terzi\n',
    expect: [
      'trattamenti/tributi.yaml:19:16 error record-consistency',
      'tra i destinatari ci sono "destinatari-paesi-terzi", ma la scheda non dichiara alcun trasferimento: indica in trasferimenti il paese, il destinatario e la garanzia, come chiedono l\'art. 30, par. 1, lett. e), e l\'art. 44 (l\'informativa direbbe altrimenti che i dati non escono dallo SEE)',
      'the recipients include "destinatari-paesi-terzi", but the record declares no transfer: give the country, the recipient and the safeguard in trasferimenti, as Art. 30(1)(e) and Art. 44 require (otherwise the notice would say that no data leave the EEA)',
    ],
  },
];

async function found(files: Record<string, string>, register = 'comune') {
  const dir = registerWith(files, join(LAW, register));
  dirs.push(dir);
  const { diagnostics } = await validateRegister(dir, dir, '2026-12-03');
  return diagnostics.filter((d) => !d.suppressed);
}

/** A fixture's file with one text replaced, as the files to validate; the text must be there. */
function edited(register: string, file: string, from: string, to: string): Record<string, string> {
  const text = readFileSync(join(LAW, register, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  return { [file]: text.replace(from, to) };
}

describe('errors DPOs make, in the register of a comune', () => {
  it('the correct register gives no finding', async () => {
    expect(await found({})).toEqual([]);
  });

  it('profiling for marketing in the words of a CRM (segmentation in clusters, targeted campaigns) needs consent', async () => {
    const crm = edited('azienda', 'trattamenti/newsletter.yaml',
      '  - descrizione: Offerte personalizzate in base allo storico degli acquisti\n    basi_giuridiche:\n      - base: 6.1.a\n        revoca: Area personale del sito, sezione preferenze\n',
      '  - descrizione: Segmentazione dei clienti in cluster per campagne mirate via e-mail\n    basi_giuridiche:\n      - base: 6.1.f\n        interesse: Proporre ai clienti prodotti in linea con i loro acquisti\n',
    );
    const diagnostics = (await found(crm, 'azienda')).filter((d) => d.ruleId === 'automated-decisions');
    expect(diagnostics.map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.severity}`)).toEqual(['trattamenti/newsletter.yaml:9:15 error']);
    expect(localize(diagnostics, 'it')[0]!.message).toBe("la profilazione a fini di marketing diretto richiede il consenso dell'interessato (base 6.1.a): Garante, Linee guida sul marketing del 4 luglio 2013; art. 21, par. 2");
  });

  it('a norm cited without dots ("DPR") in the description of a publication is a norm', async () => {
    const cited = edited('comune', 'trattamenti/albo-pretorio.yaml', "    descrizione: Chiunque consulti l'albo pretorio online\n    norma: \"D.Lgs. 267/2000, art. 124\"\n", "    descrizione: Chiunque consulti l'albo pretorio online, come prescrive il DPR 396/2000\n");
    expect(await found(cited)).toEqual([]);
  });

  it('an article of another law cited after the Codice is not the Codice\'s', async () => {
    const cited = edited('comune', 'trattamenti/servizi-sociali.yaml', 'norma: "L. 328/2000, art. 22; Codice, art. 2-sexies, c. 2, lett. s"', 'norma: "D.Lgs. 196/2003, art. 2-sexies, c. 2, lett. s) e L. 328/2000, art. 22"');
    expect(await found(cited)).toEqual([]);
  });
  for (const attack of attacks) {
    it(attack.name, async () => {
      const diagnostics = await found(edited(attack.register ?? 'comune', attack.file, attack.from, attack.to), attack.register);
      const [where, italian, english] = attack.expect;
      expect(diagnostics.map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.ruleId}`)).toEqual([where]);
      expect(localize(diagnostics, 'it')[0]!.message).toBe(italian);
      expect(localize(diagnostics, 'en')[0]!.message).toBe(english);
    });
  }
});
