import { describe, expect, it } from 'vitest';
import { readTransfers } from '../../src/import/transfers.js';
import { processorNames } from '../../src/import/processor-marks.js';
import { splitList } from '../../src/import/normalize.js';
import { splitTerms } from '../../src/import/split-terms.js';
import { readTitleBlock } from '../../src/import/title-block.js';
import { shiftedNote } from '../../src/import/plan-notes.js';

/** A transfers cell as offices write it: the country, and the mechanism by its words or by its article. */
describe('the mechanism of a transfer', () => {
  it.each([
    ['USA - art. 49 par. 1 lett. d)', 'US', '49.1.d'],
    ['Regno Unito, art. 46 par. 2 lett. c) GDPR', 'GB', '46.2.c'],
    ['Giappone, 46.2.c', 'JP', '46.2.c'],
    ['Svizzera - art. 45', 'CH', '45'],
    ['India - clausole contrattuali tipo', 'IN', '46.2.c'],
    ['Stati Uniti (DPF)', 'US', '45'],
  ])('%s', (cell, paese, meccanismo) => {
    expect(readTransfers(cell).trasferimenti).toEqual([{ paese, meccanismo }]);
  });

  it('reads no mechanism from an article that names none', () => {
    expect(readTransfers('USA - art. 46 par. 2 lett. z)').trasferimenti).toEqual([{ paese: 'US' }]);
  });
});

describe('the names in a column of processors', () => {
  it('drop the mark each may carry, however it is attached', () => {
    expect(processorNames('Axios Italia Service S.r.l. (responsabile ex art. 28); Spaggiari S.p.A. - responsabile ex art. 28')).toEqual(['Axios Italia Service S.r.l.', 'Spaggiari S.p.A.']);
    expect(processorNames('Aruba S.p.A., responsabile ex art. 28; INPS')).toEqual(['Aruba S.p.A.', 'INPS']);
    expect(processorNames('CADMO - SISCOM - CSI')).toEqual(['CADMO', 'SISCOM', 'CSI']);
  });
});

describe('an item of a list that goes on after its comma or its dash', () => {
  it('stays one item: "…, anche minorenni", a role beside a company, an office beside its body', () => {
    expect(splitList('Utenti dei consultori, anche minorenni, Familiari')).toEqual(['Utenti dei consultori, anche minorenni', 'Familiari']);
    const unknown = () => false;
    expect(splitTerms('Banca tesoriera - Intesa Sanpaolo S.p.A.; Comune di Torino – Servizi sociali', 'outside', unknown)).toEqual(['Banca tesoriera - Intesa Sanpaolo S.p.A.', 'Comune di Torino – Servizi sociali']);
    expect(splitTerms('Cittadini - Imprese', 'outside', unknown)).toEqual(['Cittadini', 'Imprese']);
  });
});

describe('the DPO in the title block', () => {
  it('is read with a word of its appointment before the colon, alone or after another fact', () => {
    expect(readTitleBlock([['RPD designato: Avv. Paolo Neri (dpo@privacyscuola.it)']]).rpd).toEqual({ nome: 'Avv. Paolo Neri', email: 'dpo@privacyscuola.it' });
    expect(readTitleBlock([['Istituto Comprensivo G. Rodari - DPO incaricato: Avv. Paolo Neri (dpo@privacyscuola.it)']]).rpd).toEqual({ nome: 'Avv. Paolo Neri', email: 'dpo@privacyscuola.it' });
  });
});

describe('the note on rows whose columns shifted', () => {
  it('says "Riga 7" of one row, "Righe 7-9" of several', () => {
    expect(shiftedNote(7, 7, [['base', 3]]).it).toBe("Riga 7: colonne spostate rispetto all'intestazione (base -> colonna 4).");
    expect(shiftedNote(7, 9, [['base', 3]]).en).toBe('Rows 7-9: columns shifted from the heading (base -> column 4).');
  });
});
