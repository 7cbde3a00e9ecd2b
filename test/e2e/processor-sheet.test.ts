import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, registerWith, registro, remove, tempDir } from '../helpers.js';
import { CSV_EVERY_SHEET, convert, csvRows, pdfPages } from './soffice.js';

// The processor's register (art. 30, par. 2) printed each entry without its name and its notes:
// the DPO looking for "Gestione dello sportello SUAP" found a row of categories and an id.
const entry = `titolare: unione-comuni-cimini
denominazione: "=SOMMA(A1) “Gestione” dell’archivio per l’Unione"
categorie_trattamento:
  - "01/02"
  - "1e5"
  - "+39 0761 555100"
  - "• Ricezione delle istanze via PEC suap@cert.unionecimini.it\\n\\t– con protocollazione"
atto:
  tipo: Convenzione
  riferimento: Convenzione rep. n. 7/2023
  data: 2023-03-01
trasferimenti: []
misure: [backup, distruzione-sicura]
note: "Prima riga delle note.\\n\\nUltima riga delle note, € 0,00 😀"
creato: 2023-03-02
`;

describe("the processor's register in LibreOffice", () => {
  const out = tempDir();
  const dir = registerWith({ 'attivita-responsabile/archivio.yaml': entry }, EXAMPLE);
  let rows: string[][] = [];
  let printed = '';
  beforeAll(async () => {
    expect(registro(['export', dir, '-o', join(out, 'r.xlsx')]).status).toBe(0);
    await convert(join(out, 'r.xlsx'), CSV_EVERY_SHEET, out);
    await convert(join(out, 'r.xlsx'), 'pdf', out);
    rows = csvRows(readFileSync(join(out, 'r-Registro del responsabile.csv'), 'utf8'));
    printed = pdfPages(join(out, 'r.pdf')).join('\n');
  }, 300_000);
  afterAll(() => {
    remove(out);
    remove(dir);
  });

  it("shows each entry's name and notes, as written, next to its categories", () => {
    const headers = rows.find((r) => r[0] === 'ID')!;
    const row = rows.find((r) => r[0] === 'archivio')!;
    const cell = (header: string) => row[headers.indexOf(header)];
    expect(cell('Attività')).toBe('=SOMMA(A1) “Gestione” dell’archivio per l’Unione');
    expect(cell('Categorie di trattamenti')).toBe('01/02\n1e5\n+39 0761 555100\n• Ricezione delle istanze via PEC suap@cert.unionecimini.it\n\t– con protocollazione');
    expect(cell('Note')).toBe('Prima riga delle note.\n\nUltima riga delle note, € 0,00 😀');
    expect(cell('Creata il')).toMatch(/^(03\/02|02\/03)\/2023$/);
  });

  it('has the terms of its measures in the legend, also those no activity of the controller uses', () => {
    const legend = csvRows(readFileSync(join(out, 'r-Legenda.csv'), 'utf8'));
    expect(legend).toContainEqual(['Misure di sicurezza', 'distruzione-sicura', 'Distruzione sicura di supporti e documenti']);
  });

  it('prints them', () => {
    expect(printed).toContain('“Gestione” dell’archivio');
    expect(printed).toContain('Ultima riga delle note, € 0,00');
    expect(printed).toContain('Gestione dello sportello unico');
  });
});
