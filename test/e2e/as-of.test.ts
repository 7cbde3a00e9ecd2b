import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registro, remove, tempDir } from '../helpers.js';
import { GitRepo } from '../git-repo.js';

const repo = new GitRepo();
const out = tempDir();
let old = '';

/** Every worksheet of a workbook as rows of cell texts. */
async function sheets(path: string): Promise<Record<string, string[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const result: Record<string, string[][]> = {};
  book.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push(Array.from(row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null)))));
    result[sheet.name] = rows;
  });
  return result;
}

beforeAll(() => {
  old = repo.commit('Registro 2025', '2025-03-01T09:00:00+01:00');
  repo.edit('trattamenti/mensa-scolastica.yaml', (d) => {
    d.denominazione = 'Refezione scolastica';
    d.destinatari.push({ categoria: 'altre-pa', descrizione: 'ASL per le diete' });
  });
  repo.remove('trattamenti/whistleblowing.yaml');
  repo.commit('Registro 2026', '2026-02-01T09:00:00+01:00');
  // Uncommitted work in progress: --al must not read it.
  repo.edit('servizi/mensa-scolastica.yaml', (d) => (d.denominazione = 'Mensa (bozza non salvata)'));
  // The old register as a plain folder, to compare with.
  mkdirSync(join(out, 'vecchio'));
  execFileSync('sh', ['-c', `git -C "${repo.top}" archive ${old} registro | tar -x -C "${join(out, 'vecchio')}"`]);
});

afterAll(() => {
  repo.cleanup();
  remove(out);
});

describe('the register as of a date, from git', () => {
  it('export --al reproduces the workbook of the older commit exactly, without touching the working tree', async () => {
    const status = repo.git(['status', '--porcelain']);
    const run = registro(['export', '--al', '2025-12-31', '-o', join(out, 'al.xlsx')], { cwd: repo.reg });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`registro: registro al 2025-12-31: letto da git, commit ${old.slice(0, 7)}`);
    expect(run.stdout).toContain('18 trattamenti');
    const plain = registro(['export', '-o', join(out, 'vecchio.xlsx')], { cwd: join(out, 'vecchio/registro'), env: { REGISTRO_TODAY: '2025-12-31' } });
    expect(plain.status).toBe(0);
    const [asOf, reference] = [await sheets(join(out, 'al.xlsx')), await sheets(join(out, 'vecchio.xlsx'))];
    // The change log comes from git, which the plain folder lacks; every other sheet is the same, cell by cell.
    const { Modifiche: log, ...register } = asOf;
    expect(register).toEqual(reference);
    expect(log!.map((r) => r.slice(0, 3))).toContainEqual(['2025-03-01T00:00:00.000Z', '"Refezione scolastica e diete speciali (mensa-scolastica)"', '"aggiunto"']);
    // Nothing after the day asked for: the 2026 change is not in the log.
    expect(JSON.stringify(log)).not.toContain('2026-02-01');
    expect(JSON.stringify(asOf)).toContain('Refezione scolastica e diete speciali');
    expect(JSON.stringify(asOf)).not.toContain('ASL per le diete');
    expect(repo.git(['status', '--porcelain'])).toBe(status);
  });

  it('the workbook of a register in git has the change log of the last 12 months', async () => {
    expect(registro(['export', '-o', join(out, 'oggi.xlsx')], { cwd: repo.reg }).status).toBe(0);
    const log = (await sheets(join(out, 'oggi.xlsx'))).Modifiche!.map((r) => r.map((v) => (v.startsWith('"') ? JSON.parse(v) : v)));
    const header = log.findIndex((r) => r[0] === 'Data');
    expect(log[header]).toEqual(['Data', 'Scheda', 'Modifica', 'Campi modificati', 'Da fare', 'Commit', 'Autore']);
    // Services are named as the exported register (the working tree) names them.
    const last = repo.git(['log', '-1', '--format=%h']).trim();
    expect(log.slice(header + 1)).toEqual([
      ['2026-02-01T00:00:00.000Z', 'Refezione scolastica (mensa-scolastica)', 'modificato', 'Denominazione\nDestinatari', 'ripubblicare le informative dei servizi coinvolti: Mensa (bozza non salvata)', last, 'Maria Rossi'],
      ['2026-02-01T00:00:00.000Z', 'Gestione delle segnalazioni di illeciti (whistleblowing) (whistleblowing)', 'rimosso', 'null', 'null', last, 'Maria Rossi'],
    ].map((r) => r.map(String)));
  });

  it('export --al -f json gives the same document as the old folder', () => {
    registro(['export', '--al', '2025-12-31', '-f', 'json', '-o', join(out, 'al.json')], { cwd: repo.reg });
    registro(['export', '-f', 'json', '-o', join(out, 'vecchio.json')], { cwd: join(out, 'vecchio/registro'), env: { REGISTRO_TODAY: '2025-12-31' } });
    expect(readFileSync(join(out, 'al.json'), 'utf8')).toBe(readFileSync(join(out, 'vecchio.json'), 'utf8'));
  });

  it('informativa --al writes the notices of that day, not the working tree', () => {
    const run = registro(['informativa', '--al', '2025-12-31', '--tutti', '-f', 'html', '--bozza', '-o', join(out, 'al')], { cwd: repo.reg });
    expect(run.stderr).toContain('letto da git');
    registro(['informativa', '--tutti', '-f', 'html', '--bozza', '-o', join(out, 'vecchio-html')], { cwd: join(out, 'vecchio/registro'), env: { REGISTRO_TODAY: '2025-12-31' } });
    const files = readdirSync(join(out, 'al')).filter((f) => f.endsWith('.html')).sort();
    expect(files).toEqual(readdirSync(join(out, 'vecchio-html')).filter((f) => f.endsWith('.html')).sort());
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(join(out, 'al', f), 'utf8')).toBe(readFileSync(join(out, 'vecchio-html', f), 'utf8'));
    expect(readFileSync(join(out, 'al/mensa-scolastica.html'), 'utf8')).not.toContain('bozza non salvata');
  });

  it('refuses a date before the history and a date that is not one', () => {
    expect(registro(['export', '--al', '2024-06-30', '-o', join(out, 'x.xlsx')], { cwd: repo.reg })).toMatchObject({ status: 2, stderr: 'registro: al 2024-06-30 il registro non era ancora in git: il primo commit è successivo\n' });
    expect(registro(['export', '--al', '2025-02-30', '-o', join(out, 'x.xlsx')], { cwd: repo.reg })).toMatchObject({ status: 2, stderr: 'registro: --al "2025-02-30" non è una data: scrivila come AAAA-MM-GG, ad esempio 2025-12-31\n' });
  });
});
