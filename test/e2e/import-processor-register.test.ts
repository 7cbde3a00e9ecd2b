import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { EXAMPLE, registro, remove, tempDir } from '../helpers.js';

/**
 * An entity that processes on behalf of other controllers keeps a second register (art. 30,
 * par. 2): per controller, the categories of processing, the transfers, the measures. The
 * Garante's model workbook gives it its own sheet; a processor alone may keep only that table.
 * Its rows are entries of attivita-responsabile/, not processing activities of the controller.
 */
const work = tempDir('registro-import-processor-');
afterAll(() => remove(work));

const yamlOf = (dir: string, rel: string) => parse(readFileSync(join(dir, rel), 'utf8'));
const parties = (dir: string) => yamlOf(dir, 'soggetti.yaml').soggetti as Array<{ id: string; denominazione: string; ruolo: string; contatti?: Record<string, string> }>;
/** Rules about the shape of the files: none may fire on an imported register. */
const SHAPE_RULES = ['schema', 'yaml-syntax', 'encoding', 'layout', 'vocabulary-term', 'party-declared'];
function shapeFindings(dir: string): string[] {
  const result = JSON.parse(registro(['validate', dir, '--format', 'json']).stdout) as { diagnostics: Array<{ ruleId: string; file: string; message: string }> };
  return result.diagnostics.filter((d) => SHAPE_RULES.includes(d.ruleId)).map((d) => `${d.file}: ${d.ruleId}: ${d.message}`);
}

/** The Garante's model: the controller's sheet, then the processor's, each under its title. */
async function garanteWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const controller = wb.addWorksheet('Registro Titolare');
  controller.addRow(['Registro delle attività di trattamento del Titolare']);
  controller.addRow(['Titolare del trattamento: Comune di Montefiore']);
  controller.addRow(['Denominazione del trattamento', 'Finalità e basi legali del trattamento', 'Categorie di interessati', 'Categorie di dati personali', 'Categorie di destinatari', 'Trasferimenti di dati verso paesi terzi', 'Termini ultimi di cancellazione', 'Misure di sicurezza tecniche e organizzative']);
  controller.addRow(['Protocollo informatico', 'Registrazione della corrispondenza in entrata e in uscita - art. 6.1.c', 'Cittadini', 'Dati anagrafici', 'Altre pubbliche amministrazioni', 'No', '10 anni', 'Credenziali individuali; backup']);
  controller.addRow(['Servizi cimiteriali', 'Concessione dei loculi - art. 6.1.e', 'Cittadini', 'Dati anagrafici', 'Nessuno', 'No', 'Illimitato', 'Armadi chiusi a chiave']);
  const processor = wb.addWorksheet('Registro Responsabile');
  processor.addRow(['Registro delle attività di trattamento del Responsabile']);
  processor.addRow([
    'Titolare del trattamento per conto del quale si agisce / dati di contatto',
    'Referente',
    'Categorie dei trattamenti effettuati per conto del titolare',
    'Atto di nomina / designazione',
    'Trasferimenti di dati verso paesi terzi',
    'Misure di sicurezza tecniche e organizzative',
    'Ultimo aggiornamento',
  ]);
  processor.addRow(['Unione dei Comuni della Valle - Piazza Grande 1, Montefiore - pec: unione.valle@pec.it', 'Ufficio SUAP', 'Istruttoria delle pratiche SUAP\nComunicazione delle pratiche agli enti terzi', 'Convenzione rep. 12/2022 del 31/01/2022', 'No', 'Credenziali individuali; Backup', '15/03/2025']);
  processor.addRow(['Unione dei Comuni della Valle', 'Comando', 'Gestione associata delle sanzioni del codice della strada', 'Convenzione rep. 13/2022', 'Sì - USA (clausole contrattuali tipo)', 'Log degli accessi al gestionale', '']);
  processor.addRow(['ASL Viterbo - tel. 0761 123456', 'Ufficio personale', 'Sorveglianza sanitaria dei dipendenti comandati', 'Nomina a responsabile del 10/02/2023', 'No', 'Cifratura', '']);
  await wb.xlsx.writeFile(file);
}

describe("the Garante's two-sheet workbook: controller's and processor's register", () => {
  const file = join(work, 'garante.xlsx');
  const out = join(work, 'garante');
  let run: ReturnType<typeof registro>;
  beforeAll(async () => {
    await garanteWorkbook(file);
    run = registro(['import', file, '-o', out]);
  });

  it('imports both sheets, and says how many entries of each', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^2 trattamenti importati e 3 voci del registro del responsabile in /);
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['protocollo-informatico.yaml', 'servizi-cimiteriali.yaml']);
    expect(readdirSync(join(out, 'attivita-responsabile')).sort()).toEqual(['asl-viterbo.yaml', 'unione-dei-comuni-della-valle-2.yaml', 'unione-dei-comuni-della-valle.yaml']);
    const report = readFileSync(join(out, 'importazione.md'), 'utf8');
    expect(report).toContain('Foglio "Registro Responsabile": 3 voci del registro del responsabile.');
    expect(report).toContain('## attivita-responsabile/asl-viterbo (foglio Registro Responsabile, riga 5)');
  });

  it("writes each processor's entry with its controller, categories, act, transfers, measures and date", () => {
    const suap = yamlOf(out, 'attivita-responsabile/unione-dei-comuni-della-valle.yaml');
    expect(suap).toMatchObject({
      titolare: 'unione-dei-comuni-della-valle',
      categorie_trattamento: ['Istruttoria delle pratiche SUAP', 'Comunicazione delle pratiche agli enti terzi'],
      atto: { riferimento: 'Convenzione rep. 12/2022 del 31/01/2022', data: '2022-01-31' },
      trasferimenti: [],
      misure: ['credenziali-individuali', 'backup'],
      aggiornato: '2025-03-15',
    });
    expect(suap.importazione).toMatchObject({ file: 'garante.xlsx', foglio: 'Registro Responsabile', riga: 3 });
    expect(suap.importazione.originali.Referente).toBe('Ufficio SUAP');
    const fines = yamlOf(out, 'attivita-responsabile/unione-dei-comuni-della-valle-2.yaml');
    expect(fines.titolare).toBe('unione-dei-comuni-della-valle');
    expect(fines.trasferimenti).toEqual([{ paese: 'US', meccanismo: '46.2.c' }]);
    // A measure the vocabulary does not know stays as written.
    expect(fines.misure_descrizione).toBe('Log degli accessi al gestionale');
    expect(yamlOf(out, 'attivita-responsabile/asl-viterbo.yaml')).toMatchObject({ titolare: 'asl-viterbo', atto: { data: '2023-02-10' }, misure: ['cifratura'] });
  });

  it('makes each controller named in the rows one party with ruolo titolare, with the contacts the cell gave', () => {
    const controllers = parties(out).filter((p) => p.ruolo === 'titolare');
    expect(controllers.map((p) => p.id)).toEqual(['unione-dei-comuni-della-valle', 'asl-viterbo']);
    expect(controllers[0]).toMatchObject({ denominazione: 'Unione dei Comuni della Valle', contatti: { pec: 'unione.valle@pec.it', indirizzo: 'Piazza Grande 1, Montefiore' } });
    expect(controllers[1]).toMatchObject({ denominazione: 'ASL Viterbo', contatti: { telefono: '0761 123456' } });
  });

  it("keeps the controller's activities as they were, and the processor's rows out of them", () => {
    const protocollo = yamlOf(out, 'trattamenti/protocollo-informatico.yaml');
    expect(protocollo).toMatchObject({ denominazione: 'Protocollo informatico', interessati: ['cittadini'], finalita: [{ basi_giuridiche: [{ base: '6.1.c' }] }] });
    for (const f of readdirSync(join(out, 'trattamenti'))) expect(readFileSync(join(out, 'trattamenti', f), 'utf8')).not.toMatch(/SUAP|Sorveglianza sanitaria/);
    expect(yamlOf(out, 'registro.yaml').titolare).toMatchObject({ denominazione: 'Comune di Montefiore' });
  });

  it('gives a register that validate reads without shape errors', () => {
    expect(shapeFindings(out)).toEqual([]);
  });

  it('previews the entries of the processor before writing, in English with --lang en', () => {
    const preview = registro(['import', file, '-o', join(work, 'never'), '--anteprima', '--lang', 'en']);
    expect(preview.status).toBe(0);
    expect(preview.stdout).toContain("3 entries of the processor's register (Art. 30(2)) to import into attivita-responsabile/.");
    expect(existsSync(join(work, 'never'))).toBe(false);
  });
});

describe("a processor's register alone", () => {
  it('a csv in the processor layout: entries, controllers as parties, no activities, valid shape', () => {
    const file = join(work, 'responsabile.csv');
    writeFileSync(
      file,
      [
        'Titolare per conto del quale si agisce,RPD del titolare,Categorie di trattamenti,Atto di nomina,Trasferimenti,Misure di sicurezza,Creata il',
        'Istituto Comprensivo Dante Alighieri,rpd@icdante.edu.it,Gestione del registro elettronico,Contratto n. 45/2024,No,Cifratura,01/09/2024',
        'Comune di Poggio Alto,dpo@comune.poggioalto.it,"Conservazione dei documenti informatici; Gestione del protocollo",DPA del 15/01/2024,No,Backup,15/01/2024',
      ].join('\r\n') + '\r\n',
    );
    const out = join(work, 'csv');
    const run = registro(['import', file, '-o', out, '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^2 entries of the processor's register imported into /);
    expect(existsSync(join(out, 'trattamenti'))).toBe(false);
    expect(yamlOf(out, 'attivita-responsabile/comune-di-poggio-alto.yaml')).toMatchObject({
      titolare: 'comune-di-poggio-alto',
      categorie_trattamento: ['Conservazione dei documenti informatici', 'Gestione del protocollo'],
      atto: { riferimento: 'DPA del 15/01/2024', data: '2024-01-15' },
      trasferimenti: [],
      misure: ['backup'],
      creato: '2024-01-15',
    });
    expect(parties(out)).toEqual([
      { id: 'istituto-comprensivo-dante-alighieri', denominazione: 'Istituto Comprensivo Dante Alighieri', ruolo: 'titolare', rpd: { email: 'rpd@icdante.edu.it' } },
      { id: 'comune-di-poggio-alto', denominazione: 'Comune di Poggio Alto', ruolo: 'titolare', rpd: { email: 'dpo@comune.poggioalto.it' } },
    ]);
    expect(shapeFindings(out)).toEqual([]);
  });

  it('a body that is both our processor and a controller we act for gets one party per role', async () => {
    const wb = new ExcelJS.Workbook();
    const controller = wb.addWorksheet('Titolare');
    controller.addRow(['Denominazione', 'Finalità', 'Base giuridica', 'Categorie di interessati', 'Responsabili esterni']);
    controller.addRow(['Polizia locale', 'Accertamento delle violazioni', 'Art. 6.1.e', 'Cittadini', 'Unione dei Comuni']);
    const processor = wb.addWorksheet('Responsabile');
    processor.addRow(['Titolare per conto del quale si agisce', 'Categorie dei trattamenti effettuati per conto del titolare', 'Misure di sicurezza']);
    processor.addRow(['Unione dei Comuni', 'Gestione associata del SUAP', 'Backup']);
    const file = join(work, 'both.xlsx');
    await wb.xlsx.writeFile(file);
    const out = join(work, 'both');
    expect(registro(['import', file, '-o', out]).status).toBe(0);
    expect(parties(out).map((p) => [p.id, p.ruolo])).toEqual([
      ['unione-dei-comuni', 'responsabile'],
      ['unione-dei-comuni-titolare', 'titolare'],
    ]);
    expect(yamlOf(out, 'attivita-responsabile/unione-dei-comuni.yaml').titolare).toBe('unione-dei-comuni-titolare');
    expect(shapeFindings(out)).toEqual([]);
  });
});

describe("the processor's sheet of registro export, imported again", () => {
  it('gives back the example\'s entry: its id, controller with contacts and DPO, act in its parts, measures', async () => {
    const exported = join(work, 'export.xlsx');
    expect(registro(['export', EXAMPLE, '-o', exported]).status).toBe(0);
    // Without the hidden data sheet the workbook is read as any office's would be.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    for (const sheet of [...wb.worksheets]) if (sheet.state !== 'visible') wb.removeWorksheet(sheet.id);
    const plain = join(work, 'plain.xlsx');
    await wb.xlsx.writeFile(plain);
    const out = join(work, 'plain');
    const run = registro(['import', plain, '-o', out]);
    expect(run.stdout).toMatch(/^18 trattamenti importati e 1 voce del registro del responsabile in /);
    const original = yamlOf(EXAMPLE, 'attivita-responsabile/sue-unione.yaml');
    const imported = yamlOf(out, 'attivita-responsabile/sue-unione.yaml');
    for (const key of ['categorie_trattamento', 'atto', 'trasferimenti', 'misure', 'creato', 'aggiornato']) expect(imported[key]).toEqual(original[key]);
    // The document of the measures comes back as their description: the export wrote both in one cell.
    expect(imported.misure_descrizione).toBe(original.misure_documento);
    expect(parties(out).find((p) => p.id === imported.titolare)).toMatchObject({ denominazione: 'Unione dei Comuni dei Cimini', ruolo: 'titolare', contatti: { pec: 'unionecimini@pec.it' }, rpd: { email: 'rpd@unionecimini.it' } });
    expect(shapeFindings(out)).toEqual([]);
  });
});

describe('a document with both registers, one table under the other', () => {
  const controllerTable = [
    '| Denominazione del trattamento | Finalità | Base giuridica | Categorie di interessati | Categorie di dati personali |',
    '|---|---|---|---|---|',
    '| Protocollo informatico | Registrazione della corrispondenza in entrata e in uscita | Art. 6.1.c | Cittadini | Dati anagrafici |',
    '| Tributi | Accertamento e riscossione della tassa sui rifiuti | Art. 6.1.e | Contribuenti | Dati fiscali |',
  ];
  const processorTable = [
    '| Titolare del trattamento per conto del quale si agisce / dati di contatto | Categorie dei trattamenti effettuati per conto del titolare | Trasferimenti di dati verso paesi terzi | Misure di sicurezza tecniche e organizzative |',
    '|---|---|---|---|',
    '| Unione Montana Alta Valle - pec: unione@pec.it | Gestione associata del personale | No | Backup |',
    '| Consorzio Servizi Sociali | Istruttoria dei contributi economici | No | Cifratura |',
  ];

  function importDocument(name: string, tables: string[][]): string {
    const file = join(work, `${name}.md`);
    writeFileSync(file, ['# Registro delle attività di trattamento', '', 'Titolare del trattamento: Comune di Roccalta', '', ...tables.flatMap((t, i) => [`## ${i === 0 ? 'Primo' : 'Secondo'} registro`, '', ...t, '']), ''].join('\n'));
    const out = join(work, name);
    const run = registro(['import', file, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^2 trattamenti importati e 2 voci del registro del responsabile in /);
    return out;
  }

  for (const [name, tables] of [['titolare-poi-responsabile', [controllerTable, processorTable]], ['responsabile-poi-titolare', [processorTable, controllerTable]]] as const) {
    it(`${name}: the activities in trattamenti/, the processor's rows in attivita-responsabile/`, () => {
      const out = importDocument(name, [...tables]);
      expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['protocollo-informatico.yaml', 'tributi.yaml']);
      expect(readdirSync(join(out, 'attivita-responsabile')).sort()).toEqual(['consorzio-servizi-sociali.yaml', 'unione-montana-alta-valle.yaml']);
      expect(yamlOf(out, 'attivita-responsabile/unione-montana-alta-valle.yaml')).toMatchObject({ titolare: 'unione-montana-alta-valle', categorie_trattamento: ['Gestione associata del personale'], trasferimenti: [], misure: ['backup'] });
      expect(yamlOf(out, 'trattamenti/tributi.yaml')).toMatchObject({ denominazione: 'Tributi', interessati: ['contribuenti'] });
      expect(parties(out).map((p) => [p.id, p.ruolo])).toEqual([
        ['unione-montana-alta-valle', 'titolare'],
        ['consorzio-servizi-sociali', 'titolare'],
      ]);
      expect(shapeFindings(out)).toEqual([]);
    });
  }
});
