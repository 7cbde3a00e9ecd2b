import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { registro, remove, tempDir } from '../helpers.js';

/**
 * A service company keeps the register of what it does for its clients (art. 30, par. 2) in its
 * own words: "Cliente", "Servizi resi", "Sicurezza". No heading says "per conto del titolare":
 * the user's column map (--mappa) names the processor's fields, and the rows become entries of
 * attivita-responsabile/, not processing activities of the controller.
 */
const work = tempDir('registro-import-processor-mapping-');
afterAll(() => remove(work));

const file = join(work, 'clienti.xlsx');
const mapping = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};
const MAP = 'colonne:\n  titolare: "Cliente"\n  categorie: "Servizi resi"\n  paesi_terzi: "Paesi extra UE"\n  misure: "Sicurezza"\n  atto: "Contratto firmato il"\n  rpd_titolare: "Referente DPO del cliente"\n';

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Clienti');
  ws.addRow(['STUDIO VERDI ELABORAZIONI SRL - elenco dei servizi ai clienti']);
  ws.addRow(['Cliente', 'Servizi resi', 'Paesi extra UE', 'Sicurezza', 'Contratto firmato il', 'Referente DPO del cliente']);
  ws.addRow(['Panificio Bianchi snc, via Garibaldi 12, 40100 Bologna, tel. 051 123456', 'Elaborazione paghe e contributi\nInvio delle denunce mensili', 'Nessuno', 'Cifratura dei dischi; accesso con credenziali', '12/03/2021', 'Avv. Neri, dpo@neri.it']);
  ws.addRow(['Comune di Vallechiara', 'Tenuta della contabilità', 'No', 'Backup giornaliero', '01/06/2022', '']);
  await wb.xlsx.writeFile(file);
});

describe("--mappa with the processor's columns (art. 30, par. 2)", () => {
  it('imports every row as an entry on behalf of its controller, with its categories and measures', () => {
    const out = join(work, 'out');
    const run = registro(['import', file, '-o', out, '--mappa', mapping('mappa.yaml', MAP)]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 voci del registro del responsabile importate');
    expect(existsSync(join(out, 'trattamenti'))).toBe(false);
    const entry = parse(readFileSync(join(out, 'attivita-responsabile', 'panificio-bianchi-snc.yaml'), 'utf8'));
    expect(entry.titolare).toBe('panificio-bianchi-snc');
    expect(entry.categorie_trattamento).toEqual(['Elaborazione paghe e contributi', 'Invio delle denunce mensili']);
    expect(entry.misure_descrizione).toBe('Cifratura dei dischi; accesso con credenziali');
    expect(entry.trasferimenti).toEqual([]);
    expect(entry.atto).toMatchObject({ data: '2021-03-12' });
    const parties = parse(readFileSync(join(out, 'soggetti.yaml'), 'utf8')).soggetti;
    expect(parties).toContainEqual(expect.objectContaining({ id: 'comune-di-vallechiara', denominazione: 'Comune di Vallechiara', ruolo: 'titolare' }));
    // The name ends where the address starts; the address and the telephone are the party's contacts.
    expect(parties.find((p: { id: string }) => p.id === 'panificio-bianchi-snc')).toMatchObject({ denominazione: 'Panificio Bianchi snc', contatti: { indirizzo: 'via Garibaldi 12, 40100 Bologna', telefono: '051 123456' }, rpd: { email: 'dpo@neri.it' } });
    const report = readFileSync(join(out, 'importazione.md'), 'utf8');
    expect(report).toContain('Registro del responsabile (art. 30, par. 2), intestazione alla riga 2 (con la mappa mappa.yaml): Cliente -> titolare; Servizi resi -> categorie;');
    // What the import writes, validate reads: findings, never a crash or a usage error.
    expect(registro(['validate', out]).status).toBe(1);
  });

  it('refuses a map mixing the two registers, naming the fields of each', () => {
    const run = registro(['import', file, '-o', join(work, 'mix'), '--mappa', mapping('mix.yaml', 'colonne:\n  titolare: Cliente\n  finalita: Servizi resi\n')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('titolare (registro del responsabile, art. 30, par. 2) e finalita (registro del titolare, art. 30, par. 1) non stanno nella stessa mappa');
    expect(run.stderr).not.toMatch(/at .+\.js:\d+/);
  });

  it('asks for the controller on whose behalf one acts when the map names only the categories', () => {
    const run = registro(['import', file, '-o', join(work, 'solo'), '--mappa', mapping('solo.yaml', 'colonne:\n  categorie: Servizi resi\n')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('aggiungi "titolare"');
  });

  it('names the heading not found on the row holding the others', () => {
    const run = registro(['import', file, '-o', join(work, 'typo'), '--mappa', mapping('typo.yaml', 'colonne:\n  titolare: Cliente\n  categorie: Servizi\n')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('colonna "Servizi" non trovata alla riga 2');
  });

  it('refuses a heading row or columns that are not written as the map asks, saying how to write them', () => {
    const row = registro(['import', file, '-o', join(work, 'riga'), '--mappa', mapping('riga.yaml', 'riga_intestazione: due\ncolonne:\n  titolare: Cliente\n')]);
    expect(row.status).toBe(2);
    expect(row.stderr).toContain('riga_intestazione "due" non è un numero di riga');
    const list = registro(['import', file, '-o', join(work, 'lista'), '--mappa', mapping('lista.yaml', 'colonne:\n  - Cliente\n  - Servizi resi\n')]);
    expect(list.status).toBe(2);
    expect(list.stderr).toContain('colonne va scritto campo: "Intestazione"');
  });
});
