import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { registro, remove, tempDir } from '../helpers.js';

/**
 * The title block of the Garante's model above the heading: the title names the role ("del
 * titolare"), the controller, the DPO and the register's dates follow as labels, the value in
 * the same cell or in the next one. registro.yaml says what they said, and asks for the rest
 * in the language of the import.
 */
const work = tempDir('registro-import-title-');
afterAll(() => remove(work));
const file = join(work, 'modello-garante.xlsx');

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Registro');
  ws.addRow(['REGISTRO DELLE ATTIVITÀ DI TRATTAMENTO DEL TITOLARE']);
  ws.addRow(['Titolare: Comune di Montevecchio (VC), piazza Municipio 1']);
  ws.addRow(['Responsabile della protezione dei dati: Avv. Mario Bianchi, rpd@comune.montevecchio.vc.it']);
  ws.addRow(['Data di creazione:', '24/05/2018', null, 'Ultimo aggiornamento: 15 gennaio 2024']);
  ws.addRow([]);
  ws.addRow(['Tipologia di trattamento', 'Finalità e basi legali del trattamento', 'Categorie di interessati', 'Categorie di dati personali', 'Categorie di destinatari', 'Trasferimento dati verso paesi terzi', 'Termini ultimi di cancellazione previsti', 'Misure di sicurezza tecniche e organizzative']);
  ws.addRow(['Anagrafe', "Tenuta dell'anagrafe della popolazione residente - art. 6, par. 1, lett. e) GDPR", 'Cittadini residenti', 'Dati anagrafici', 'Altre pubbliche amministrazioni', 'NO', 'Illimitato', 'Credenziali individuali']);
  await wb.xlsx.writeFile(file);
});

const stub = (out: string) => parse(readFileSync(join(out, 'registro.yaml'), 'utf8'));

describe("the title block of the Garante's model", () => {
  it('gives the controller, the DPO and the dates of the register, not the role named in the title', () => {
    const out = join(work, 'it');
    expect(registro(['import', file, '-o', out]).status).toBe(0);
    expect(stub(out)).toEqual({
      titolare: { denominazione: 'Comune di Montevecchio (VC)', ente_pubblico: true, contatti: { pec: 'DA COMPLETARE', indirizzo: 'DA COMPLETARE' } },
      rpd: { nome: 'Avv. Mario Bianchi', contatti: { email: 'rpd@comune.montevecchio.vc.it' } },
      registro: { creato: '2018-05-24', aggiornato: '2024-01-15' },
    });
  });

  it('with --lang en asks for the rest in English, and validate reads the English placeholder as one', () => {
    const out = join(work, 'en');
    expect(registro(['import', file, '-o', out, '--lang', 'en']).status).toBe(0);
    const text = readFileSync(join(out, 'registro.yaml'), 'utf8');
    expect(text).not.toMatch(/DA COMPLETARE|Completali|foglio/);
    expect(stub(out).titolare.contatti).toEqual({ pec: 'TO BE COMPLETED', indirizzo: 'TO BE COMPLETED' });
    const run = registro(['validate', out, '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/registro\.yaml:\d+:10 {2}error {2}value to complete: "TO BE COMPLETED".* placeholder/);
  });

  it('without a name anywhere, asks for it in the language of the import, and names a nameless row by its purpose', () => {
    const bare = join(work, 'bare.csv');
    writeFileSync(bare, 'Trattamento;Finalità;Interessati;Dati\nProtocollo;Registrazione della corrispondenza;Cittadini;Dati anagrafici\n;Riscossione dei tributi;Contribuenti;Dati anagrafici\n');
    const out = join(work, 'bare-en');
    expect(registro(['import', bare, '-o', out, '--lang', 'en']).status).toBe(0);
    expect(stub(out).titolare.denominazione).toBe("TO BE COMPLETED: controller's name");
    const nameless = parse(readFileSync(join(out, 'trattamenti', 'riscossione-dei-tributi.yaml'), 'utf8'));
    expect(nameless.denominazione).toBe('Riscossione dei tributi');
    expect(readFileSync(join(out, 'importazione.md'), 'utf8')).toMatch(/denominazione: (inferred|deduced)[^\n]*Riscossione dei tributi/);
  });
});
