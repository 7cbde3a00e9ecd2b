import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isBoilerplate, score, words, type BoilerplateKind } from '../../src/law/boilerplate.js';
import formule from '../../src/law/data/formule-generiche.json' with { type: 'json' };
import { durationDays, isPermanent } from '../../src/law/duration.js';
import { repealedIn } from '../../src/law/repealed.js';
import { ART35_CASES, GARANTE_DPIA_CASES, WP248 } from '../../src/law/facts.js';
import { Vocabulary } from '../../src/vocab/vocabulary.js';
import { isCalendarDate } from '../../src/util/calendar-date.js';

/** The measures the legal rules rest on: boilerplate by meaning, durations, repealed norms. */
describe('boilerplate by meaning', () => {
  const stock: Array<['finalita' | 'misure' | 'conservazione', string]> = [
    ['misure', "Misure tecniche e organizzative adeguate ai sensi dell'art. 32 del GDPR"],
    ['misure', 'Sono adottate tutte le misure di sicurezza previste dalla normativa vigente'],
    ['misure', 'Misure idonee a garantire un livello di sicurezza adeguato al rischio'],
    ['finalita', "Finalità istituzionali dell'ente"],
    ['finalita', 'Adempimento degli obblighi di legge connessi alle funzioni istituzionali'],
    ['conservazione', 'Per il tempo strettamente necessario al conseguimento delle finalità'],
    ['conservazione', 'Per la durata prevista dalla normativa vigente'],
    // The stock phrases of Italian notices, with the purpose or the service in place of a term.
    ['conservazione', "Per il tempo necessario all'espletamento del servizio"],
    ['conservazione', "Per il periodo necessario all'erogazione del servizio"],
    ['conservazione', 'Per il tempo necessario al perseguimento delle finalità'],
    ['conservazione', "Per il tempo necessario all'adempimento degli obblighi di legge"],
  ];
  const concrete: Array<['finalita' | 'misure' | 'conservazione', string]> = [
    ['misure', 'Accesso con credenziali individuali, backup giornaliero cifrato, armadi chiusi a chiave'],
    ['misure', "Misure adeguate ai sensi dell'art. 32, tra cui autenticazione a due fattori"],
    ['misure', 'Firewall perimetrale, antivirus centralizzato e aggiornamenti mensili dei server'],
    ['finalita', 'Iscrizione alla mensa scolastica e riscossione delle tariffe'],
    ['finalita', 'Gestione delle pratiche edilizie e rilascio dei permessi di costruire'],
    ['finalita', 'Erogazione dei contributi per il pagamento dei canoni di locazione'],
    ['conservazione', 'Fino alla chiusura del procedimento di iscrizione'],
    ['conservazione', 'Fino alla cessazione del rapporto di lavoro'],
    // "ce" is the acronym of an act, not the start of "cessazione" or "certificato".
    ['conservazione', 'Fino alla cessazione del servizio'],
    ['conservazione', 'Fino al rilascio del certificato'],
    // The end of the service or of the contract is a criterion (WP260), unlike "as long as necessary for it".
    ['conservazione', 'Per la durata del servizio'],
    ['conservazione', 'Per il periodo di erogazione del servizio'],
    ['conservazione', 'Per la durata del contratto'],
  ];
  for (const [kind, text] of stock) it(`flags "${text}"`, () => expect(isBoilerplate(kind, text)).toBe(true));
  for (const [kind, text] of concrete) it(`does not flag "${text}"`, () => expect(isBoilerplate(kind, text)).toBe(false));

  it('scores as comparing every word with every stem would, though it compares only those that can begin it', () => {
    const m = formule.misura;
    const reference = (kind: BoilerplateKind, text: string) => {
      const stems = [...m.generiche.comuni, ...m.generiche[kind]];
      let generic = 0;
      let concrete = 0;
      let previous = '';
      for (const word of words(text)) {
        if (m.parole_vuote.includes(word)) continue;
        const isNumber = /^[0-9/]+$/.test(word);
        if (isNumber ? m.rinvii.includes(previous) || stems.includes(word) : stems.some((s) => (s.length <= 2 ? word === s : word.startsWith(s))) || m.rinvii.includes(word)) generic++;
        else concrete++;
        previous = word;
      }
      return { generic, concrete };
    };
    const stemWords = [...m.generiche.comuni, ...m.generiche.finalita, ...m.generiche.misure, ...m.generiche.conservazione];
    const word = fc.oneof(fc.constantFrom(...stemWords, ...m.rinvii, ...m.parole_vuote, 'u', 'x', '32', '2016/679'), fc.tuple(fc.constantFrom(...stemWords), fc.constantFrom('', 'zione', 'e', 'i')).map(([a, b]) => a + b), fc.string());
    const kind = fc.constantFrom<BoilerplateKind>('finalita', 'misure', 'conservazione');
    fc.assert(
      fc.property(kind, fc.array(word, { maxLength: 12 }), (k, ws) => {
        const text = ws.join(' ');
        const { generic, concrete } = score(k, text);
        expect({ generic, concrete }).toEqual(reference(k, text));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('durations in days', () => {
  it.each([
    ['7 giorni', 7], ['72 ore', 3], ['sei mesi', 180], ['1 anno e 6 mesi', 545], ['10 (dieci) anni', 3650], ['una settimana', 7], ['5 anni dalla chiusura', 1825],
    // The number and its unit written together, as notes and sheets abbreviate.
    ['30gg', 30], ['48h', 2], ['5anni', 1825],
  ])('%s', (text, days) => expect(durationDays(text)).toBe(days));
  it('no number, no duration', () => expect(durationDays('per il tempo necessario')).toBeUndefined());
  it('without end: "a tempo indeterminato" only when no duration follows', () => {
    expect(['permanente', 'illimitata', 'a tempo indeterminato', 'senza limiti di tempo'].map(isPermanent)).toEqual([true, true, true, true]);
    expect(isPermanent('contratto a tempo indeterminato: 10 anni dalla cessazione')).toBe(false);
  });
});

describe('repealed norms', () => {
  it('names the Codice articles repealed in 2018, not those added', () => {
    expect(repealedIn('D.Lgs. 196/2003, artt. 20 e 22').map((n) => [n.id, n.verificare])).toEqual([['codice-artt-abrogati', false]]);
    expect(repealedIn('D.Lgs. 196/2003, art. 2-sexies, c. 2, lett. m')).toEqual([]);
    expect(repealedIn('L. 104/1992; D.Lgs. 196/2003, art. 2-ter')).toEqual([]);
  });
  it("reads the articles after the Codice up to the next law cited, but past the one that amended it", () => {
    expect(repealedIn('D.Lgs. 196/2003, art. 60 e L. 241/1990, artt. 22 e ss.')).toEqual([]);
    expect(repealedIn('D.Lgs. 196/2003, artt. 20 e 22 e D.P.R. 445/2000').map((n) => n.id)).toEqual(['codice-artt-abrogati']);
    expect(repealedIn('D.Lgs. 196/2003, come modificato dal D.Lgs. 101/2018, artt. 20 e 22').map((n) => n.id)).toEqual(['codice-artt-abrogati']);
    expect(repealedIn('D.Lgs. 196/03, artt. 20 e 22').map((n) => n.id)).toEqual(['codice-artt-abrogati']);
  });
  it('judges each citation alone and knows the old SCC and transfer decisions', () => {
    expect(repealedIn('Privacy Shield; Decisione 2010/87/UE').map((n) => n.id).sort()).toEqual(['privacy-shield', 'scc-2010/87']);
    expect(repealedIn('Decisione di esecuzione (UE) 2023/1795')).toEqual([]);
  });
});

describe('the DPIA cases are written in the forms the screening reads', () => {
  it('every condition of src/law/data/elenco-dpia-garante.json names a WP248 criterion, a subject or data term, "raccolta:terzi" or "criteri>=N"', () => {
    const criteria = new Set(WP248.map((c) => c.id));
    const conditions = [...ART35_CASES, ...GARANTE_DPIA_CASES].flatMap((c) => c.quando);
    expect(conditions.length).toBeGreaterThan(10);
    for (const fact of conditions) {
      const known =
        criteria.has(fact as never) ||
        /^criteri>=\d+$/.test(fact) ||
        fact === 'raccolta:terzi' ||
        (/^interessati:[a-z-]+$/.test(fact) && (new Vocabulary().get('interessati', fact.slice(12)) !== undefined || ['lavoratori', 'alunni', 'segnalanti', 'ripresi', 'minori', 'vulnerabili', 'disagio'].includes(fact.slice(12)))) ||
        (/^dati:[a-z-]+$/.test(fact) && new Vocabulary().get('dati', fact.slice(5)) !== undefined);
      expect(known, fact).toBe(true);
    }
  });
});

describe('calendar dates', () => {
  it('isCalendarDate says what Date says of every YYYY-MM-DD', () => {
    const byDate = (value: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(Date.UTC(y, mo - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
    };
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const year = fc.oneof(fc.constantFrom(0, 99, 100, 1900, 2000, 2024, 2100, 2400, 9999), fc.integer({ min: 0, max: 9999 })).map((n) => String(n).padStart(4, '0'));
    fc.assert(fc.property(year, two, two, (y, m, d) => isCalendarDate(`${y}-${m}-${d}`) === byDate(`${y}-${m}-${d}`)), { numRuns: 20000 });
    for (const value of ['2024-02-29', '2023-02-29', '2100-02-29', '2000-02-29', '2025-04-31', '2025-13-01', '2025-1-01', '', '2025-01-01T00']) expect(isCalendarDate(value), value).toBe(byDate(value));
  });
});
