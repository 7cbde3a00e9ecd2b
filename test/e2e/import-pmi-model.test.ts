import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { registro, remove, tempDir } from '../helpers.js';
import { convert } from './soffice.js';

/**
 * The Garante's simplified register for small businesses, as a bakery fills it in: the
 * controller's card above the table (one label a row: name, address, telephone, e-mail, PEC,
 * then the DPO, "non designato"), the date of last update, then the table, then a closing
 * sentence. Saved as xlsx and, by LibreOffice, as ods: both read the same.
 */
const work = tempDir('registro-import-pmi-');
afterAll(() => remove(work));

async function pmiWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Registro Titolare');
  ws.addRow(['MODELLO DI REGISTRO DELLE ATTIVITÀ DI TRATTAMENTO (semplificato per PMI)']);
  ws.addRow([]);
  ws.addRow(['Dati del Titolare del trattamento']);
  ws.addRow(['Denominazione / Ragione sociale', 'Panificio Bianchi di Mario Bianchi & C. s.n.c.']);
  ws.addRow(['Indirizzo', 'Via Garibaldi 12, 40100 Bologna']);
  ws.addRow(['Telefono', '051 123456']);
  ws.addRow(['E-mail', 'info@panificiobianchi.it']);
  ws.addRow(['PEC', 'panificiobianchi@pec.it']);
  ws.addRow(['Partita IVA', '01234567890']);
  ws.addRow(['Dati del Responsabile della protezione dei dati (se designato)']);
  ws.addRow(['Nominativo', 'Non designato']);
  ws.addRow(['E-mail', '-']);
  ws.addRow(['Data di ultimo aggiornamento', '10/02/2025']);
  ws.addRow([]);
  ws.addRow(['Finalità del trattamento', 'Base giuridica e norma di riferimento', 'Categorie di interessati', 'Categorie di dati personali', 'Categorie di destinatari', 'Trasferimenti verso Paesi terzi o organizzazioni internazionali', 'Modalità di raccolta e conservazione', 'Termini ultimi di cancellazione', 'Misure di sicurezza tecniche e organizzative']);
  ws.addRow(['Gestione del personale dipendente', 'Obbligo di legge (D.Lgs. 81/2008)', 'Dipendenti', 'Dati anagrafici, coordinate bancarie, dati relativi alla salute', 'Consulente del lavoro, INPS', 'Nessuno', 'Presso l’interessato; archivio cartaceo chiuso a chiave', '10 anni dalla cessazione del rapporto', 'Armadio chiuso a chiave; PC con password']);
  ws.addRow(['Vendita al dettaglio e fatturazione', 'Contratto; obbligo legale', 'Clienti', 'Dati anagrafici', 'Commercialista', 'No', 'Presso l’interessato', '10 anni', 'Backup settimanale']);
  ws.addRow(['Videosorveglianza del negozio', 'Legittimo interesse alla tutela del patrimonio', 'Clienti, dipendenti', 'Immagini', 'Forze dell’ordine su richiesta', 'No', 'Telecamere con registrazione locale', '72 ore', 'Accesso alle registrazioni riservato al titolare']);
  ws.addRow([]);
  ws.addRow(['Il presente registro è tenuto ai sensi dell’art. 30 del Regolamento (UE) 2016/679.']);
  await wb.xlsx.writeFile(file);
}

const outs: Record<'xlsx' | 'ods', string> = { xlsx: '', ods: '' };
beforeAll(async () => {
  const xlsx = join(work, 'registro-pmi.xlsx');
  await pmiWorkbook(xlsx);
  await convert(xlsx, 'ods', work);
  for (const ext of ['xlsx', 'ods'] as const) {
    outs[ext] = join(work, `out-${ext}`);
    const run = registro(['import', join(work, `registro-pmi.${ext}`), '-o', outs[ext]]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }
}, 180_000);

const yamlOf = (out: string, rel: string) => parse(readFileSync(join(out, rel), 'utf8'));

describe.each(['xlsx', 'ods'] as const)("the Garante's simplified model for small businesses, as %s", (ext) => {
  it("reads the controller's card into registro.yaml, and the DPO not designated as no name", () => {
    const stub = yamlOf(outs[ext], 'registro.yaml');
    expect(stub.titolare).toMatchObject({
      denominazione: 'Panificio Bianchi di Mario Bianchi & C. s.n.c.',
      ente_pubblico: false,
      partita_iva: '01234567890',
      contatti: { indirizzo: 'Via Garibaldi 12, 40100 Bologna', telefono: '051 123456', email: 'info@panificiobianchi.it', pec: 'panificiobianchi@pec.it' },
    });
    expect(stub.rpd).toEqual({ nome: 'DA COMPLETARE', contatti: { email: 'DA COMPLETARE' } });
    // Updated on 10/02/2025: the register existed by then, and validate finds no date out of order.
    expect(stub.registro).toEqual({ creato: '2025-02-10', aggiornato: '2025-02-10' });
    const report = readFileSync(join(outs[ext], 'importazione.md'), 'utf8');
    expect(report).toContain("Dati del titolare letti sopra l'intestazione, in registro.yaml: denominazione (riga 4), indirizzo (riga 5), telefono (riga 6), email (riga 7), pec (riga 8), partita_iva (riga 9).");
    expect(report).toContain('registro.creato è la data di ultimo aggiornamento, 2025-02-10');
  });

  it('imports every activity, the terms of erasure as the retention, how the data are kept as their collection', () => {
    const staff = yamlOf(outs[ext], 'trattamenti/gestione-del-personale-dipendente.yaml');
    // "Base giuridica e norma di riferimento": the norm is what the cell cites, not the whole cell.
    expect(staff.finalita).toEqual([{ descrizione: 'Gestione del personale dipendente', basi_giuridiche: [{ base: '6.1.c', norma: 'D.Lgs. 81/2008' }] }]);
    const sales = yamlOf(outs[ext], 'trattamenti/vendita-al-dettaglio-e-fatturazione.yaml');
    expect(sales.finalita[0].basi_giuridiche).toEqual([{ base: '6.1.b' }, { base: '6.1.c' }]);
    expect(staff.conservazione).toEqual([{ durata: '10 anni', decorrenza: 'dalla cessazione del rapporto' }]);
    expect(staff.raccolta).toBe('presso-interessato');
    expect(staff.trasferimenti).toEqual([]);
    expect(staff.misure_descrizione).toBe('Armadio chiuso a chiave; PC con password');
    const cctv = yamlOf(outs[ext], 'trattamenti/videosorveglianza-del-negozio.yaml');
    expect(cctv.conservazione).toEqual([{ durata: '72 ore' }]);
    expect(cctv.finalita[0].basi_giuridiche).toEqual([{ base: '6.1.f' }]);
    expect(cctv.importazione.originali['Modalità di raccolta e conservazione']).toBe('Telecamere con registrazione locale');
    const report = readFileSync(join(outs[ext], 'importazione.md'), 'utf8');
    expect(report).toContain('3 trattamenti importati.');
    expect(report).toContain('Riga 20 non importata (una sola cella): Il presente registro è tenuto');
  });

  it('leaves validate the findings a DPO expects: the missing DPO and art. 9 condition, not the controller nor the dates of the register', () => {
    const run = registro(['validate', outs[ext]]);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('denominazione del titolare');
    expect(run.stdout).not.toContain('precede quella di creazione');
    expect(run.stdout).toMatch(/registro\.yaml:\d+:\d+\s+errore\s+valore da completare: «DA COMPLETARE»/);
    expect(run.stdout).toMatch(/gestione-del-personale-dipendente\.yaml:\d+:\d+\s+errore\s+la categoria particolare "salute" non ha la condizione/);
    // "obbligo legale" with no norm cited: validate asks for it.
    expect(run.stdout).toMatch(/vendita-al-dettaglio-e-fatturazione\.yaml:\d+:\d+\s+errore\s+la base 6\.1\.c richiede la norma/);
    expect(run.stdout).not.toMatch(/gestione-del-personale-dipendente\.yaml:\d+:\d+\s+errore\s+la base 6\.1\.c richiede la norma/);
  });
});
