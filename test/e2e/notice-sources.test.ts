import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, registerWith, registro, remove, tempDir } from '../helpers.js';

// Art. 14, par. 1, lett. d) and par. 2, lett. f): a service with one activity whose data come
// from the data subject (art. 13) and one whose data come from a third party (art. 14). The
// notice must say which categories come from the source: "Alcuni dati li fornisci tu. Gli altri
// arrivano da: ..." left the reader guessing which ones (the list mixed both activities).
const AZIENDA = join(ROOT, 'test/fixtures/law/azienda');
const CONCORSO = `denominazione: Concorso di cucina
finalita:
  - descrizione: Gestione delle iscrizioni al concorso e selezione dei vincitori
    basi_giuridiche:
      - base: 6.1.b
interessati: [clienti]
dati: [identificativi, immagini]
raccolta: presso-terzi
fonte:
  descrizione: Elenchi degli iscritti inviati dalle scuole di cucina partner
  pubblica: false
destinatari: nessuno
trasferimenti: []
conservazione:
  - durata: 2 anni
    decorrenza: dalla fine del concorso
    fonte: "D.P.R. 430/2001, art. 10"
misure: [credenziali-individuali, cifratura]
conferimento:
  natura: requisito-necessario
  conseguenze: Senza i dati non si può partecipare al concorso.
creato: 2025-05-01
aggiornato: 2026-06-01
`;
const SERVIZIO = `denominazione: Concorso di cucina
trattamenti: [concorso, newsletter]
ufficio:
  nome: Ufficio Marketing
  contatti:
    email: marketing@casadelgusto.it
`;
const text = (file: string) => readFileSync(file, 'utf8').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');

describe('a notice says which data come from each source (art. 14)', () => {
  const out = tempDir();
  let dir = '';
  beforeAll(() => {
    dir = registerWith({ 'trattamenti/concorso.yaml': CONCORSO, 'servizi/concorso.yaml': SERVIZIO }, AZIENDA);
    expect(registro(['validate', dir]).status).toBe(0);
    expect(registro(['informativa', dir, '--servizio', 'concorso', '-f', 'html', '-o', join(out, 'it')]).status).toBe(0);
    expect(registro(['informativa', dir, '--servizio', 'concorso', '-f', 'html', '--lang', 'en', '-o', join(out, 'en')]).status).toBe(0);
  }, 60_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it('in Italian, the source with its categories of data', () => {
    expect(text(join(out, 'it/concorso.html'))).toContain(
      'Elenchi degli iscritti inviati dalle scuole di cucina partner. Non è una fonte pubblica. Da questa fonte arrivano: dati anagrafici e identificativi, immagini e video.',
    );
  });

  it('in English, the same facts', () => {
    expect(text(join(out, 'en/concorso.html'))).toContain('It is not a public source. From this source come: identification data, images and video.');
  });
});
