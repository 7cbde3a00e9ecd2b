import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE, registro, remove, tempDir } from '../helpers.js';

/**
 * Beside the register, an office's workbook keeps other lists: its processors with their
 * contracts, a legend of the codes, the history of its changes. Those sheets are not processing
 * activities: they are left out, and the report says so, and their cells add no party.
 */
const work = tempDir('registro-import-sheets-');
afterAll(() => remove(work));

async function officeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const register = wb.addWorksheet('Registro');
  register.addRow(['Denominazione del trattamento', 'Finalità', 'Base giuridica', 'Categorie di interessati', 'Categorie di dati personali', 'Categorie di destinatari', 'Termini di cancellazione', 'Misure di sicurezza']);
  register.addRow(['Protocollo informatico', 'Registrazione della corrispondenza in entrata e in uscita', 'Art. 6.1.c', 'Cittadini', 'Dati anagrafici', 'Altre pubbliche amministrazioni', '10 anni', 'Credenziali individuali']);
  register.addRow(['Mensa scolastica', 'Iscrizione al servizio e riscossione delle tariffe', 'Art. 6.1.e', 'Genitori; Alunni', 'Dati anagrafici; Dati relativi alla salute', 'Ditta di ristorazione', '5 anni', 'Profili di autorizzazione']);
  const processors = wb.addWorksheet('Responsabili');
  processors.addRow(['ID', 'Denominazione', 'Responsabile del trattamento', 'Atto di nomina (art. 28)', 'Data']);
  processors.addRow(['1', 'Ristorazione Srl', 'Sì', 'Contratto di servizio n. 12/2024', '01/09/2024']);
  processors.addRow(['2', 'Software PA Spa', 'Sì', 'DPA allegato al contratto 2023', '15/01/2023']);
  const legend = wb.addWorksheet('Legenda');
  legend.addRow(['Base giuridica (art. 6)', '6.1.c obbligo legale']);
  legend.addRow(['Base giuridica (art. 6)', '6.1.e compito di interesse pubblico']);
  legend.addRow(['Interessati', 'Cittadini']);
  legend.addRow(['Destinatari', 'Altre pubbliche amministrazioni']);
  const changes = wb.addWorksheet('Storico modifiche');
  changes.addRow(['Data', 'Trattamento', 'Destinatari', 'Responsabili', 'Modifica']);
  changes.addRow(['12/03/2025', 'Mensa scolastica', 'Ditta di ristorazione', 'Ristorazione Srl', 'Nuovo contratto con la ditta']);
  await wb.xlsx.writeFile(file);
}

describe('a workbook with other lists beside the register', () => {
  it("an office's workbook: the register's two activities, the processors, legend and changes left out and named", async () => {
    const file = join(work, 'ufficio.xlsx');
    await officeWorkbook(file);
    const out = join(work, 'ufficio');
    const run = registro(['import', file, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^2 trattamenti importati/);
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['mensa-scolastica.yaml', 'protocollo-informatico.yaml']);
    const report = readFileSync(join(out, 'importazione.md'), 'utf8');
    for (const sheet of ['Responsabili', 'Legenda', 'Storico modifiche']) expect(report).toContain(`Foglio "${sheet}" non importato`);
    // The contracts of the processors' sheet are no parties of the register.
    const parties = join(out, 'soggetti.yaml');
    if (existsSync(parties)) expect(readFileSync(parties, 'utf8')).not.toMatch(/Contratto di servizio|DPA allegato|Ristorazione Srl/);
    for (const f of readdirSync(join(out, 'trattamenti'))) expect(readFileSync(join(out, 'trattamenti', f), 'utf8')).not.toMatch(/Contratto di servizio|DPA allegato/);
  });

  it('our own workbook without its hidden data sheet: the 18 activities, not its parties, services, legend and changes', async () => {
    const exported = join(work, 'export.xlsx');
    expect(registro(['export', EXAMPLE, '-o', exported]).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    for (const sheet of [...wb.worksheets]) if (sheet.state !== 'visible') wb.removeWorksheet(sheet.id);
    const plain = join(work, 'plain.xlsx');
    await wb.xlsx.writeFile(plain);
    const out = join(work, 'plain');
    const run = registro(['import', plain, '-o', out]);
    expect(run.stderr).toBe('');
    // The art. 30(2) sheet is the processor's register: its entry goes to attivita-responsabile/, not among the activities.
    expect(run.stdout).toMatch(/^18 trattamenti importati e 1 voce del registro del responsabile/);
    const report = readFileSync(join(out, 'importazione.md'), 'utf8');
    for (const sheet of ['Soggetti', 'Servizi', 'Legenda', 'Modifiche']) expect(report).toContain(`Foglio "${sheet}" non importato`);
  });
});
