import { describe, expect, it } from 'vitest';
import { italianNameForms } from '../../src/text/article.js';
import { lowerFirst } from '../../src/informativa/model-purposes.js';

/** "Il titolare del trattamento è il Politecnico", "il registro della Bottega": names as Italian joins them to a sentence. */
describe('the article of an organisation', () => {
  it.each([
    ['Politecnico di Torino', 'il Politecnico di Torino', 'del Politecnico di Torino'],
    ['I.I.S. Galileo Galilei', "l'I.I.S. Galileo Galilei", "dell'I.I.S. Galileo Galilei"],
    ['Biblioteca comunale di Prova', 'la Biblioteca comunale di Prova', 'della Biblioteca comunale di Prova'],
    ['La Bottega di Anna S.n.c.', 'La Bottega di Anna S.n.c.', 'della Bottega di Anna S.n.c.'],
    ["L'Aquila Servizi S.r.l.", "L'Aquila Servizi S.r.l.", "dell'Aquila Servizi S.r.l."],
    ['Comune di Vallechiara', 'il Comune di Vallechiara', 'del Comune di Vallechiara'],
    ['Rossi S.r.l.', 'Rossi S.r.l.', 'di Rossi S.r.l.'],
  ])('%s', (name, soggetto, di) => {
    expect(italianNameForms(name)).toEqual({ soggetto, di });
  });

  it('lowers an elided article that opens a sentence continued after a colon, not a name', () => {
    expect(lowerFirst("L'associazione gestisce il centro estivo")).toBe("l'associazione gestisce il centro estivo");
    expect(lowerFirst("L'Istituto comprensivo iscrive gli alunni")).toBe("L'Istituto comprensivo iscrive gli alunni");
  });
});
