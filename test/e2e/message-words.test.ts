import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, registro } from '../helpers.js';

/**
 * The sentences a DPO reads for the register with defects, in Italian and in English: names
 * instead of internal codes, countries with their articles, every word in the language asked.
 */
const DIR = join(ROOT, 'registers/comune-con-difetti');

function messages(lang: 'it' | 'en'): Map<string, string[]> {
  const out = JSON.parse(registro(['validate', '.', '--format', 'json', '--lang', lang], { cwd: DIR }).stdout);
  const byPlace = new Map<string, string[]>();
  for (const d of out.diagnostics as Array<{ file: string; line: number; column: number; ruleId: string; message: string }>) {
    const key = `${d.file}:${d.line}:${d.column} ${d.ruleId}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), d.message]);
  }
  return byPlace;
}

// Read in a hook, not at load: a failing CLI is then a failed test, not a file that cannot be collected.
let it_: Map<string, string[]>;
let en: Map<string, string[]>;
beforeAll(() => {
  it_ = messages('it');
  en = messages('en');
});

describe('countries are named in the language of the message, with their articles', () => {
  it('Italian: negli Stati Uniti, verso l\'India, degli Stati Uniti, La Germania è', () => {
    expect(it_.get('trattamenti/sito-web.yaml:12:15 record-consistency')).toEqual([
      'il destinatario "analytics-llc" è stabilito negli Stati Uniti, fuori dallo SEE, ma la scheda non dichiara il trasferimento: aggiungilo in trasferimenti, come chiedono l\'art. 30, par. 1, lett. e), e l\'art. 44',
    ]);
    expect(it_.get('trattamenti/sito-web.yaml:14:12 record-consistency')).toEqual([
      'La Germania è nello Spazio economico europeo: non è un trasferimento verso un paese terzo, togli la voce da trasferimenti',
    ]);
    expect(it_.get('soggetti.yaml:33:12 processor-chain')).toEqual([
      'il sub-responsabile "analytics-llc" (catena manutenzione-web > analytics-llc) è stabilito negli Stati Uniti, fuori dallo SEE, e nessuna scheda dichiara il trasferimento: aggiungilo con il suo meccanismo (art. 28, par. 4; artt. 44-46)',
    ]);
    expect(it_.get('trattamenti/cloud.yaml:15:12 transfer-mechanism')).toEqual([
      "trasferimento verso l'India, paese senza decisione di adeguatezza: indica il meccanismo (46.2.a ... 46.3.b, 47 o una deroga dell'art. 49)",
    ]);
  });

  it('English: the United States, India, Germany', () => {
    expect(en.get('trattamenti/sito-web.yaml:12:15 record-consistency')).toEqual([
      'recipient "analytics-llc" is established in the United States, outside the EEA, but the record declares no transfer: add it under trasferimenti (Art. 30(1)(e); Art. 44)',
    ]);
    expect(en.get('trattamenti/sito-web.yaml:14:12 record-consistency')).toEqual([
      'Germany is in the European Economic Area: this is not a transfer to a third country, remove it from trasferimenti',
    ]);
    expect(en.get('soggetti.yaml:33:12 processor-chain')).toEqual([
      'sub-processor "analytics-llc" (chain manutenzione-web > analytics-llc) is established in the United States, outside the EEA, and no record declares the transfer: add it with its mechanism (Art. 28(4); Arts 44-46)',
    ]);
    expect(en.get('trattamenti/cloud.yaml:15:12 transfer-mechanism')).toEqual([
      'transfer to India, a country without an adequacy decision: state the mechanism (46.2.a ... 46.3.b, 47 or an Art. 49 derogation)',
    ]);
  });
});

describe('notice-rights names the rights, and only those missing or extra', () => {
  it('Italian: "manca" for one, nothing said of an empty list', () => {
    expect(it_.get('servizi/biblioteca.yaml:4:1 notice-rights')).toEqual([
      'l\'informativa di "biblioteca" non offre i diritti giusti per le sue basi giuridiche: manca il diritto di revocare il consenso (art. 7, par. 3); in più offre il diritto di opposizione (art. 21)',
    ]);
    expect(it_.get('servizi/centri-estivi.yaml:3:1 notice-rights')).toEqual([
      'l\'informativa di "centri-estivi" non offre i diritti giusti per le sue basi giuridiche: in più offre il diritto alla portabilità dei dati (art. 20)',
    ]);
  });

  it('English', () => {
    expect(en.get('servizi/biblioteca.yaml:4:1 notice-rights')).toEqual([
      'the notice of "biblioteca" does not offer the rights its legal bases give: the right to withdraw consent (Art. 7(3)) is missing; it also offers the right to object (Art. 21), which they do not give',
    ]);
    expect(en.get('servizi/centri-estivi.yaml:3:1 notice-rights')).toEqual([
      'the notice of "centri-estivi" does not offer the rights its legal bases give: it also offers the right to data portability (Art. 20), which they do not give',
    ]);
  });
});

describe('DPIA findings cite and name their cases in the language asked', () => {
  it('Italian: the WP248 criteria by label, art. 35 cited as everywhere else, its letter never inside a parenthesis', () => {
    expect(it_.get('trattamenti/centri-estivi.yaml:2:1 dpia-screening')).toEqual([
      "2 criteri WP248 ricorrono nella scheda: fai la valutazione d'impatto o motiva l'esclusione in dpia.motivazione. Criteri: n. 4, dati sensibili o di natura altamente personale; n. 7, dati relativi a interessati vulnerabili",
    ]);
    expect(it_.get('trattamenti/promozione-turistica.yaml:2:1 dpia-required')).toEqual([
      "serve una valutazione d'impatto e la scheda non ne richiama una: indica dpia.necessaria: true e il riferimento. Casi che la richiedono: art. 35, par. 3, lett. a), valutazione sistematica e globale con trattamento automatizzato ed effetti giuridici; elenco del Garante, n. 2, decisioni automatizzate con effetti giuridici o analoghi",
    ]);
  });

  it('English', () => {
    expect(en.get('trattamenti/centri-estivi.yaml:2:1 dpia-screening')).toEqual([
      '2 WP248 criteria apply to the record: carry out a DPIA or give the reasons for not doing so in dpia.motivazione. Criteria: no. 4, sensitive or highly personal data; no. 7, data concerning vulnerable data subjects',
    ]);
    expect(en.get('trattamenti/promozione-turistica.yaml:2:1 dpia-required')).toEqual([
      "a DPIA is required and the record references none: set dpia.necessaria: true and its reference. Cases that require it: Art. 35(3)(a), systematic and extensive evaluation based on automated processing with legal effects; the Garante's list, no. 2, automated decisions with legal or similar effects",
    ]);
  });
});

describe('retention-per-category names the data by their vocabulary labels', () => {
  it('in Italian and in English, not by class or group codes', () => {
    expect(it_.get('trattamenti/graduatorie.yaml:21:1 retention-per-category')).toEqual([
      'un solo termine di conservazione per dati di natura diversa ("Dati economici e reddituali (ISEE)"; "Dati relativi a condanne penali e reati"; "Dati relativi alla salute"): indica termini per categoria con "categorie", come chiede l\'art. 30, par. 1, lett. f)',
    ]);
    expect(en.get('trattamenti/videosorveglianza.yaml:13:1 retention-per-category')).toEqual([
      'one retention period for data of different kinds ("Economic and income data (ISEE)"; "Images and video"): give periods per category with "categorie" (Art. 30(1)(f))',
    ]);
  });
});

describe('retention-limit gives the limit and its source in the language asked', () => {
  it('Italian and English', () => {
    expect(it_.get('trattamenti/segnalazioni.yaml:15:13 retention-limit')).toEqual([
      'conservazione di "10 anni" oltre il termine massimo di 5 anni per segnalazioni di illeciti e relativa documentazione (D.Lgs. 10 marzo 2023, n. 24, art. 14, c. 1: non oltre cinque anni dalla comunicazione dell\'esito finale della procedura di segnalazione)',
    ]);
    expect(en.get('trattamenti/segnalazioni.yaml:15:13 retention-limit')).toEqual([
      'retention of "10 anni" exceeds the maximum of 5 years for whistleblowing reports and their documentation (Legislative Decree 24/2023 of 10 March 2023, Art. 14(1): no longer than five years from the notice of the final outcome of the reporting procedure)',
    ]);
  });
});
