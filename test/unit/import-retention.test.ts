import { afterAll, describe, expect, it } from 'vitest';
import { readRetention } from '../../src/import/retention.js';
import { detectHeading } from '../../src/import/headers.js';
import { cardTitle, cardTitles } from '../../src/import/card-titles.js';
import { readTitleBlock } from '../../src/import/title-block.js';
import { cleanup, findings, mensa } from '../rule-harness.js';

afterAll(cleanup);

describe('a retention cell in prose, as registers write it', () => {
  it.each([
    ['10 anni dalla cessazione del rapporto', [{ durata: '10 anni', decorrenza: 'dalla cessazione del rapporto' }]],
    ["5 anni dall'ultimo contatto", [{ durata: '5 anni', decorrenza: "dall'ultimo contatto" }]],
    ['12 mesi a decorrere dalla ricezione del CV', [{ durata: '12 mesi', decorrenza: 'a decorrere dalla ricezione del CV' }]],
    ['5 anni; fino a revoca del consenso per la newsletter', [{ durata: '5 anni' }, { criterio: 'fino a revoca del consenso per la newsletter' }]],
    ['- 10 anni\n- 2 anni per i curricula', [{ durata: '10 anni' }, { durata: '2 anni per i curricula' }]],
    ['10 anni (art. 2220 c.c.)', [{ durata: '10 anni', fonte: 'art. 2220 c.c.' }]],
    ['10 anni, dalla chiusura della pratica (D.P.R. 445/2000)', [{ durata: '10 anni', decorrenza: 'dalla chiusura della pratica', fonte: 'D.P.R. 445/2000' }]],
    ['10 anni (salvo contenzioso; poi scarto)', [{ durata: '10 anni (salvo contenzioso; poi scarto)' }]],
    ['Illimitata per gli atti di archivio', [{ durata: 'Illimitata per gli atti di archivio' }]],
    ['Fino a revoca del consenso', [{ criterio: 'Fino a revoca del consenso' }]],
    ['dalla cessazione del rapporto per 5 anni', [{ durata: '5 anni', decorrenza: 'dalla cessazione del rapporto' }]],
    ['10 years from the end of employment', [{ durata: '10 years', decorrenza: 'from the end of employment' }]],
  ])('%j', (cell, terms) => {
    expect(readRetention(cell)).toEqual({ terms, unstated: [] });
  });

  it('gives a bare number the unit its heading names', () => {
    expect(readRetention('10', 'Conservazione (anni)')).toEqual({ terms: [{ durata: '10 anni' }], unstated: [], unit: 'anni' });
    expect(readRetention('1', 'Tempo di conservazione (anni)').terms).toEqual([{ durata: '1 anno' }]);
    // The number with its source in brackets, or its start, still takes the heading's unit.
    expect(readRetention('10 (art. 2220 c.c.)', 'Conservazione (anni)')).toEqual({ terms: [{ durata: '10 anni', fonte: 'art. 2220 c.c.' }], unstated: [], unit: 'anni' });
    expect(readRetention('6 mesi', 'Conservazione (anni)')).toEqual({ terms: [{ durata: '6 mesi' }], unstated: [] });
    expect(readRetention('10', 'Conservazione').terms).toEqual([{ durata: '10' }]);
  });

  it('reads a dash or "n.d." as no term, kept for the report', () => {
    expect(readRetention('—')).toEqual({ terms: [], unstated: ['—'] });
    expect(readRetention('5 anni; n.d.')).toEqual({ terms: [{ durata: '5 anni' }], unstated: ['n.d.'] });
  });
});

describe('retention-vague on a duration that names its start in the same phrase', () => {
  it('asks for the start only where the phrase gives none', async () => {
    expect(await findings('retention-vague', { 'trattamenti/mensa.yaml': mensa(["    decorrenza: dalla fine dell'anno scolastico\n", ''], ['durata: 5 anni', "durata: 5 anni dalla fine dell'anno scolastico"]) })).not.toContainEqual(expect.stringMatching(/mensa\.yaml:14:13/));
    expect(await findings('retention-vague', { 'trattamenti/mensa.yaml': mensa(["    decorrenza: dalla fine dell'anno scolastico\n", '']) })).toContainEqual(expect.stringMatching(/mensa\.yaml:14:13 warning/));
  });
});

describe('a heading with a title merged across its sub-headings', () => {
  const top = ['Trattamento', 'Finalità', 'Destinatari', '', 'Conservazione', ''];
  it('joins the sub-columns into the title\'s field, a qualifier word not read as another field', () => {
    const heading = detectHeading([top, ['', '', 'Interni', 'Esterni', 'Cartacea', 'Digitale'], ['Protocollo', 'Registrazione', 'Uffici', 'Regione', '5 anni', '10 anni']])!;
    expect(heading.rows).toEqual([0, 1]);
    expect(heading.columns.map((c) => [c.campo, c.col])).toEqual([['denominazione', 0], ['finalita', 1], ['destinatari', 2], ['conservazione', 4]]);
    expect(heading.joined?.map((c) => [c.campo, c.col, c.label])).toEqual([['destinatari', 3, 'Esterni'], ['conservazione', 5, 'Digitale']]);
  });
  it('reads a data row under a single heading row as data', () => {
    const heading = detectHeading([['Trattamento', 'Finalità', 'Base giuridica', 'Destinatari'], ['Protocollo', 'Registrazione atti', 'obbligo di legge', 'Uffici']])!;
    expect(heading.rows).toEqual([0]);
  });
});

describe('the title above a card of a document', () => {
  const rows = [['Registro'], ['Scheda n. 2 - Mensa scolastica'], [], ['Campo', 'Valore'], ['Finalità', 'Iscrizione']];
  it('is the numbered title before the table, numbering left out', () => {
    expect(cardTitle(rows, 4)).toEqual({ written: 'Scheda n. 2 - Mensa scolastica', name: 'Mensa scolastica', index: 1, numbered: true });
    expect(cardTitle([['3. Protocollo'], ['Finalità', 'x']], 1)?.name).toBe('Protocollo');
  });
  it('is nothing when the row above belongs to the previous card', () => {
    expect(cardTitle([['Finalità', 'x'], ['Base giuridica', 'y'], [], ['Finalità', 'z']], 3)).toBeUndefined();
  });
  it('without numbering, names the cards only when every card has one', () => {
    const titled = [['REGISTRO DEI TRATTAMENTI'], ['Protocollo'], ['Finalità', 'x'], [], ['Tributi'], ['Finalità', 'y']];
    expect(cardTitles(titled, [2, 5]).map((t) => t?.name)).toEqual(['Protocollo', 'Tributi']);
    const lone = [['REGISTRO DEI TRATTAMENTI'], ['Finalità', 'x'], ['Base giuridica', 'y'], [], ['Finalità', 'z']];
    expect(cardTitles(lone, [1, 4])).toEqual([undefined, undefined]);
    expect(cardTitles([['Aggiornato al 3 marzo 2025'], ['Finalità', 'x']], [1])).toEqual([undefined]);
    // A note after each table is no title of the next card.
    const notes = [['Revisione: 2024'], ['Finalità', 'x'], [], ['Nota: vedi allegato'], ['Finalità', 'y']];
    expect(cardTitles(notes, [1, 4])).toEqual([undefined, undefined]);
  });
});

describe('a date inside the title of the register', () => {
  it('is its update date after a dash or in brackets, and only when it reads as a date', () => {
    expect(readTitleBlock([['Registro dei trattamenti - aggiornato al 30/06/2025']]).aggiornato).toBe('2025-06-30');
    expect(readTitleBlock([['Registro dei trattamenti (ultimo aggiornamento: marzo 2024)']]).aggiornato).toBe('2024-03-01');
    expect(readTitleBlock([['Aggiornato al 3 marzo 2025']]).aggiornato).toBe('2025-03-03');
    expect(readTitleBlock([['Registro dei trattamenti - aggiornato al nuovo regolamento']])).toEqual({ unread: [] });
  });
});
