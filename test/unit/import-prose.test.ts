import { describe, expect, it } from 'vitest';
import { legalBases } from '../../src/import/legal-bases.js';
import { splitList } from '../../src/import/normalize.js';
import { readableName, titleCase } from '../../src/import/names.js';
import { parseDate, readMonthFirst } from '../../src/import/dates.js';
import { decodeText } from '../../src/import/read-text.js';
import { isTotalsRow } from '../../src/import/totals.js';
import { isUnstated, yesNo } from '../../src/import/answers.js';
import { controllerName, isPublicBody } from '../../src/import/controller.js';

describe('legal bases written as prose, as Italian registers write them', () => {
  it.each([
    ['(base giuridica: contratto, obbligo di legge)', ['6.1.b', '6.1.c'], []],
    ['obbligo di legge', ['6.1.c'], []],
    ['art. 6 par. 1 lett. e) GDPR\nArt. 9.2.h', ['6.1.e'], ['9.2.h']],
    ['obbligo di legge; art. 9 par. 2 lett. g)', ['6.1.c'], ['9.2.g']],
    ['Art. 9, par. 2, lett. b) e h) GDPR; art. 6.1.c', ['6.1.c'], ['9.2.b', '9.2.h']],
    ['art. 6, par. 1, lett. c) ed e)', ['6.1.c', '6.1.e'], []],
    ['Consent (Art. 6(1)(a))', ['6.1.a'], []],
    ['Legal obligation; Contract', ['6.1.c', '6.1.b'], []],
    // The obligations of a contract are the contract, not a legal obligation.
    ['adempimento di obblighi contrattuali', ['6.1.b'], []],
    ['adempimento di un obbligo di legge', ['6.1.c'], []],
    ["adempimento degli obblighi derivanti dal contratto di lavoro", ['6.1.b'], []],
    // The paragraph abbreviated "co." without spaces, and the number before "comma", as offices write them.
    ['art.6 co.1 lett.e', ['6.1.e'], []],
    ['art. 6, 1° comma, lett. c)', ['6.1.c'], []],
    ['art. 9, co. 2, lett. h) GDPR', [], ['9.2.h']],
  ])('%j -> %j, art. 9 %j', (cell, codes, conditions) => {
    const found = legalBases(cell);
    expect(found.codes).toEqual(codes);
    expect(found.conditions).toEqual(conditions);
    expect(found.unread).toEqual([]);
  });

  it('keeps what it cannot read', () => {
    expect(legalBases('Regolamento comunale').unread).toEqual(['Regolamento comunale']);
  });

  // Consent named to say it is not needed is no basis of art. 6(1)(a): reading it so raised false consent findings.
  it.each([
    ['obbligo di legge (non è richiesto il consenso)', ['6.1.c']],
    ["Il trattamento non richiede il consenso dell'interessato in quanto necessario per obbligo legale", ['6.1.c']],
    ['senza consenso, per un compito di interesse pubblico', ['6.1.e']],
    ["obbligo di legge, il consenso dell'interessato non è necessario", ['6.1.c']],
    ['Consent is not required: legal obligation', ['6.1.c']],
    ['consenso (revocabile in ogni momento)', ['6.1.a']],
    ["Consenso espresso dell'interessato per le newsletter", ['6.1.a']],
  ])('%j -> %j', (cell, codes) => {
    expect(legalBases(cell).codes).toEqual(codes);
  });
});

describe('lists, dates, encodings, totals', () => {
  it('splits bullets, and commas outside parentheses even where commas are not separators', () => {
    expect(splitList('• Dati anagrafici\n• Dati di contatto', 'outside')).toEqual(['Dati anagrafici', 'Dati di contatto']);
    expect(splitList('Dati anagrafici (nome, cognome), dati fiscali', 'outside')).toEqual(['Dati anagrafici (nome, cognome)', 'dati fiscali']);
    expect(splitList('- Cittadini\n- Residenti')).toEqual(['Cittadini', 'Residenti']);
  });

  it('reads the ordinal first of the month, and a US date where day first cannot be', () => {
    expect(parseDate('1° marzo 2023')).toBe('2023-03-01');
    expect(parseDate('1º gennaio 2020')).toBe('2020-01-01');
    expect(parseDate('31/12/2024')).toBe('2024-12-31');
    // Day first whenever it can be; month first only where it cannot (a US register).
    expect(parseDate('03/04/2024')).toBe('2024-04-03');
    expect(parseDate('12/31/2024')).toBe('2024-12-31');
    expect(readMonthFirst('12/31/2024')).toBe(true);
    expect(readMonthFirst('31/12/2024')).toBe(false);
    expect(parseDate('December 31, 2024')).toBe('2024-12-31');
    expect(parseDate('31.13.2024')).toBeUndefined();
    expect(parseDate('13/13/2024')).toBeUndefined();
  });

  it('decodes the euro sign and curly quotes of Windows-1252', () => {
    const bytes = Buffer.from([0x31, 0x35, 0x30, 0x20, 0x80, 0x20, 0x93, 0x6c, 0x92, 0x65, 0x94, 0x20, 0xe8]);
    expect(decodeText(bytes)).toEqual({ text: '150 € “l’e” è', encoding: 'Windows-1252' });
  });

  it('tells a totals row from an activity', () => {
    expect(isTotalsRow(['', '', 'Totale trattamenti', '', '4'])).toBe(true);
    expect(isTotalsRow(['TOT.', '=COUNTA(A2:A5)'])).toBe(true);
    expect(isTotalsRow(['Totale', '', '2'])).toBe(true);
    expect(isTotalsRow(['Totale spese', 'Contabilità', 'Gestione delle spese'])).toBe(false);
    expect(isTotalsRow(['Tributi', '4'])).toBe(false);
  });
});

describe('the controller named in the title block', () => {
  it.each([
    [['Titolare del trattamento: Ferramenta Rossi S.r.l., via Roma 1, 10100 Torino'], 'Ferramenta Rossi S.r.l.'],
    [['ISTITUTO COMPRENSIVO "G. MAZZINI" - REGISTRO DEI TRATTAMENTI'], 'ISTITUTO COMPRENSIVO "G. MAZZINI"'],
    [['Registro dei trattamenti - Comune di Cantù'], 'Comune di Cantù'],
    [['REGISTRO DELLE ATTIVITÀ DI TRATTAMENTO (art. 30)', 'Record of Processing Activities - Acme Italia S.p.A.'], 'Acme Italia S.p.A.'],
    [['', 'COMUNE DI VERCELLI'], 'COMUNE DI VERCELLI'],
    [['Titolare - Contitolare', 'Finalità'], undefined],
    // The Garante's model names the role in its title: the name comes from the label below.
    [['REGISTRO DELLE ATTIVITÀ DI TRATTAMENTO DEL TITOLARE', 'Titolare: Comune di Montevecchio (VC), piazza Municipio 1'], 'Comune di Montevecchio (VC)'],
    [['Registro delle attività di trattamento del Titolare del trattamento'], undefined],
  ])('%j -> %j', (cells, name) => {
    expect(controllerName(cells)).toBe(name);
  });

  it('tells a public body, and writes an all-caps name in title case', () => {
    expect(isPublicBody('Istituto Comprensivo "G. Mazzini"')).toBe(true);
    expect(isPublicBody('Ferramenta Rossi S.r.l.')).toBe(false);
    expect(titleCase('AZIENDA SANITARIA LOCALE TO5')).toBe('Azienda Sanitaria Locale TO5');
    // Sigle stay in capitals (data/sigle.json); short words are not sigle for being short.
    expect(titleCase('ASL CITTÀ DI TORINO')).toBe('ASL Città di Torino');
    expect(titleCase("COMUNE DI L'AQUILA")).toBe("Comune di L'Aquila");
    expect(titleCase("REGIONE AUTONOMA VALLE D'AOSTA")).toBe("Regione Autonoma Valle d'Aosta");
    expect(titleCase("L'ISTITUTO DELL'ANNUNZIATA")).toBe("L'Istituto dell'Annunziata");
    // Every preposition inside a comune's name, not only "di" and "del".
    expect(titleCase('COMUNE DI SAN MARTINO AL CIMINO')).toBe('Comune di San Martino al Cimino');
    expect(titleCase('COMUNE DI CASSANO ALLO IONIO')).toBe('Comune di Cassano allo Ionio');
    expect(titleCase('COMUNE DI BAGNO A RIPOLI')).toBe('Comune di Bagno a Ripoli');
    expect(readableName('VIDEOSORVEGLIANZA CCTV')).toBe('Videosorveglianza CCTV');
    expect(readableName('SPORTELLO SUAP E PEC')).toBe('Sportello SUAP e PEC');
    expect(readableName('ALBO PRETORIO')).toBe('Albo pretorio');
    expect(titleCase('ISTITUTO COMPRENSIVO "G. MAZZINI"')).toBe('Istituto Comprensivo "G. Mazzini"');
  });
});

describe('answers in a cell', () => {
  it('tells yes, no, undecided and a placeholder apart', () => {
    expect(['SI', 'Sì', 'x', 'Yes'].map(yesNo)).toEqual(['si', 'si', 'si', 'si']);
    expect(['NO', 'Nessuno', 'Non previsti', 'Nessun trasferimento.'].map(yesNo)).toEqual(['no', 'no', 'no', 'no']);
    expect(['Non sono previsti trasferimenti', 'Nessun trasferimento previsto', 'Trasferimenti non previsti'].map(yesNo)).toEqual(['no', 'no', 'no']);
    expect(yesNo('SI/NO')).toBe('si/no');
    expect(yesNo('Sì, USA')).toBeUndefined();
    expect(['-', '/', 'n.d.', 'N/A', 'non applicabile'].every(isUnstated)).toBe(true);
    expect(isUnstated('Nessuno')).toBe(false);
  });
});
