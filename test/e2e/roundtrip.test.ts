import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { EXAMPLE, registro, remove, tempDir } from '../helpers.js';

/**
 * Export -> (edit in Excel) -> import: rows are matched to records by id, whatever language,
 * column set and area filter the export used; ids from a workbook never name a file outside -o.
 */
const work = tempDir('registro-roundtrip-');
afterAll(() => remove(work));

const exported = (name: string, ...flags: string[]) => {
  const file = join(work, `${name}.xlsx`);
  const r = registro(['export', EXAMPLE, '-o', file, ...flags]);
  expect(r.status).toBe(0);
  return file;
};
const readBook = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
};
/** The sheet row whose cell in `col` holds `id`. */
const rowOf = (sheet: ExcelJS.Worksheet, col: number, id: string) => {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, col).value === id) return r;
  throw new Error(`no row for ${id}`);
};
const record = (dir: string, id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8'));
const original = (id: string) => parse(readFileSync(join(EXAMPLE, 'trattamenti', `${id}.yaml`), 'utf8'));

describe('round trip by record id', () => {
  it('an --area export imported back unedited: every record restored, none edited', () => {
    const r = registro(['import', exported('area', '--area', 'servizi'), '-o', join(work, 'area')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^18 trattamenti ripristinati in .*; 0 con celle modificate in Excel: vedi /);
    for (const f of readdirSync(join(EXAMPLE, 'trattamenti'))) expect(record(join(work, 'area'), f.replace('.yaml', ''))).toEqual(original(f.replace('.yaml', '')));
  });

  it('a --lang en export: an edited cell is found, under its English heading', async () => {
    const file = exported('en', '--lang', 'en');
    const wb = await readBook(file);
    const sheet = wb.getWorksheet('Controller register')!;
    sheet.getCell(rowOf(sheet, 1, 'tributi'), 6).value = 'Assessment and collection of local taxes';
    await wb.xlsx.writeFile(file);
    const out = join(work, 'en');
    const r = registro(['import', file, '-o', out]);
    expect(r.stdout).toMatch(/; 1 con celle modificate in Excel: /);
    expect(record(out, 'tributi').importazione.originali).toEqual({ 'Purposes (modificato in Excel)': 'Assessment and collection of local taxes' });
    expect(record(out, 'tributi').finalita).toEqual(original('tributi').finalita);
    expect(readFileSync(join(out, 'importazione.md'), 'utf8')).toContain('- tributi: Purposes (modificato in Excel): Assessment and collection of local taxes');
  });

  it('a set without the id column, its rows sorted in Excel, one edited: the edit lands on its own record', async () => {
    const file = exported('garante', '--insieme', 'garante');
    const wb = await readBook(file);
    const sheet = wb.worksheets[0]!;
    // Sort the data rows backwards, as a user sorting by a column would, hidden id column included.
    const first = rowOf(sheet, 11, 'accesso-civico');
    const rows = Array.from({ length: 18 }, (_, i) => (sheet.getRow(first + i).values as unknown[]).slice(1));
    rows.reverse().forEach((values, i) => values.forEach((v, c) => (sheet.getCell(first + i, c + 1).value = v as ExcelJS.CellValue)));
    sheet.getCell(rowOf(sheet, 11, 'mensa-scolastica'), 3).value = 'Genitori\nAlunni\nPersonale docente';
    await wb.xlsx.writeFile(file);
    const out = join(work, 'garante');
    expect(registro(['import', file, '-o', out]).stdout).toMatch(/; 1 con celle modificate in Excel: /);
    expect(record(out, 'mensa-scolastica').importazione.originali).toEqual({ 'Categorie di interessati (modificato in Excel)': 'Genitori\nAlunni\nPersonale docente' });
    expect(record(out, 'anagrafe').importazione).toBeUndefined();
  });

  it('rows deleted or added in the sheet are reported as such', async () => {
    const file = exported('rows', '--colonne', 'id,denominazione,finalita');
    const wb = await readBook(file);
    const sheet = wb.worksheets[0]!;
    sheet.spliceRows(rowOf(sheet, 1, 'tributi'), 1);
    const last = sheet.rowCount + 1;
    sheet.getRow(last).values = ['cimiteri', 'Servizi cimiteriali', 'Concessione dei loculi'];
    sheet.getRow(last + 1).values = ['', 'Nota: registro approvato con delibera n. 12'];
    await wb.xlsx.writeFile(file);
    const out = join(work, 'rows');
    const r = registro(['import', file, '-o', out]);
    expect(r.stdout).toMatch(/; 0 con celle modificate in Excel; 2 righe aggiunte nel foglio; 1 riga eliminata nel foglio: vedi /);
    const report = readFileSync(join(out, 'importazione.md'), 'utf8');
    expect(report).toContain('Righe eliminate nel foglio');
    expect(report).toContain('- tributi\n');
    expect(report).toContain(`- riga ${last} (cimiteri): ID: cimiteri; Trattamento: Servizi cimiteriali; Finalità: Concessione dei loculi`);
    expect(report).toContain(`- riga ${last + 1} (senza ID): Trattamento: Nota: registro approvato con delibera n. 12`);
    // Deleting a row deletes no record: it is restored from the data sheet, and the report says so.
    expect(record(out, 'tributi')).toEqual(original('tributi'));
    expect(existsSync(join(out, 'trattamenti/cimiteri.yaml'))).toBe(false);
  });

  it('says so when the table is no longer in the sheet, instead of dropping edits silently', async () => {
    const file = exported('renamed', '--colonne', 'id,denominazione');
    const wb = await readBook(file);
    const sheet = wb.worksheets[0]!;
    sheet.getCell(rowOf(sheet, 1, 'ID'), 2).value = 'Nome del trattamento';
    await wb.xlsx.writeFile(file);
    const r = registro(['import', file, '-o', join(work, 'renamed')]);
    expect(r.stdout).toContain('tabella del registro non trovata nel foglio: celle non confrontate');
  });

  it('never overwrites a register without --force, and checks every file before writing any', () => {
    const out = join(work, 'area');
    const mine = readFileSync(join(out, 'trattamenti/tributi.yaml'), 'utf8') + '# una nota mia\n';
    writeFileSync(join(out, 'trattamenti/tributi.yaml'), mine);
    const again = registro(['import', join(work, 'area.xlsx'), '-o', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/registro\.yaml" esiste già: non lo sovrascrivo/);
    expect(readFileSync(join(out, 'trattamenti/tributi.yaml'), 'utf8')).toBe(mine);
    expect(registro(['import', join(work, 'area.xlsx'), '-o', out, '--force']).status).toBe(0);
    expect(readFileSync(join(out, 'trattamenti/tributi.yaml'), 'utf8')).not.toContain('# una nota mia');
  });

  it('the restored register names schemas that exist beside it', () => {
    const out = join(work, 'area');
    for (const rel of ['registro.yaml', 'soggetti.yaml', 'trattamenti/tributi.yaml', 'servizi/mensa-scolastica.yaml']) {
      const modeline = readFileSync(join(out, rel), 'utf8').split('\n')[0]!;
      const schema = /\$schema=(\S+)/.exec(modeline)![1]!;
      expect(existsSync(resolve(dirname(join(out, rel)), schema)), `${rel}: ${schema}`).toBe(true);
    }
    expect(registro(['validate', out]).status).toBe(0);
    // Written through temporary files renamed into place: none is left behind.
    expect(listAll(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

/** A workbook as registro writes it, with the data sheet's rows given: what an attacker can craft. */
async function crafted(file: string, dataRows: string[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Registro del titolare').addRows([['ID', 'Trattamento'], ['buono', 'Buono']]);
  const data = wb.addWorksheet('registro-dati', { state: 'veryHidden' });
  data.addRows([['tipo', 'id', 'json'], ['esportazione', '', '{"colonne":["id","denominazione"],"lingua":"it"}'], ...dataRows]);
  await wb.xlsx.writeFile(file);
}

/** Every file under a folder, relative to it. */
const listAll = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort() : [];

describe('ids from a workbook never name a file outside -o', () => {
  const good = ['trattamento', 'buono', '{"denominazione":"Buono"}'];
  for (const id of ['../../../x', '/abs/x', '.github/workflows/x', 'Maiuscolo', 'a'.repeat(81)]) {
    it(`refuses the id ${JSON.stringify(id.slice(0, 20))} with a positioned message, and writes nothing anywhere`, async () => {
      const base = join(work, `crafted-${readdirSync(work).length}`);
      const deep = join(base, 'a', 'b');
      mkdirSync(deep, { recursive: true });
      const file = join(deep, 'ostile.xlsx');
      await crafted(file, [good, ['trattamento', id, '{"denominazione":"X"}']]);
      const r = registro(['import', file, '-o', join(deep, 'out')], { cwd: deep });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`registro: ostile.xlsx, foglio "registro-dati", riga 4: l'identificativo "${id.length > 80 ? `${id.slice(0, 80)}…` : id}" non è valido (solo lettere minuscole, cifre e trattini, al massimo 80 caratteri, ad esempio gestione-personale): nessun file è stato scritto\n`);
      expect(listAll(base)).toEqual(['a/b/ostile.xlsx']);
      expect(existsSync('/abs/x.yaml')).toBe(false);
    });
  }

  it('says it in English with --lang en', async () => {
    const file = join(work, 'hostile-en.xlsx');
    await crafted(file, [['servizio', '../x', '{}']]);
    const r = registro(['import', file, '-o', join(work, 'hostile-en'), '--lang', 'en']);
    expect(r.stderr).toContain('hostile-en.xlsx, sheet "registro-dati", row 3: the id "../x" is not valid');
    expect(existsSync(join(work, 'hostile-en'))).toBe(false);
  });

  it('refuses a data sheet edited by hand (bad JSON, a repeated id) with its row', async () => {
    const file = join(work, 'json.xlsx');
    await crafted(file, [good, ['trattamento', 'rotto', '{"denominazione":']]);
    const bad = registro(['import', file, '-o', join(work, 'json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('json.xlsx, foglio "registro-dati", riga 4: la cella non contiene i dati di una scheda');
    await crafted(file, [good, good]);
    const twice = registro(['import', file, '-o', join(work, 'json')]);
    expect(twice.stderr).toContain('riga 4: "trattamenti/buono.yaml" compare già alla riga 3');
    expect(existsSync(join(work, 'json'))).toBe(false);
  });
});

describe('ids from cells, in a plain import', () => {
  it('are made valid and unique, and every file stays inside -o', () => {
    const base = join(work, 'celle');
    const deep = join(base, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    const csv = join(deep, 'nomi.csv');
    writeFileSync(
      csv,
      ['Trattamento;Finalità;Base giuridica;Categorie di interessati', '../../../x;Gestione;obbligo legale;Cittadini', 'Protocollo;Registrazione in arrivo;obbligo legale;Cittadini', 'Protocollo;Registrazione in partenza;obbligo legale;Imprese', 'Protocollo 2;Registrazione interna;obbligo legale;Dipendenti'].join('\n'),
    );
    const out = join(deep, 'out');
    expect(registro(['import', csv, '-o', out], { cwd: deep }).status).toBe(0);
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['protocollo-2-2.yaml', 'protocollo-2.yaml', 'protocollo.yaml', 'x.yaml']);
    expect(listAll(base).filter((f) => !f.startsWith('a/b/out/'))).toEqual(['a/b/nomi.csv']);
    // The modelines point at the schemas' copy written beside the register.
    const modeline = readFileSync(join(out, 'trattamenti/x.yaml'), 'utf8').split('\n')[0]!;
    expect(existsSync(resolve(out, 'trattamenti', /\$schema=(\S+)/.exec(modeline)![1]!))).toBe(true);
  });
});
