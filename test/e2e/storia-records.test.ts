import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registro, remove, tempDir } from '../helpers.js';
import { GitRepo } from '../git-repo.js';
import { CSV_EVERY_SHEET, convert, csvRows } from './soffice.js';

// The history of what is not an activity: registro.yaml, the parties, the services, the terms.
// Accountability (art. 5, par. 2) asks when the DPO's contacts or a recipient changed, too.
const repo = new GitRepo();
const c: Record<string, string> = {};
const short = (name: string) => c[name]!.slice(0, 7);

beforeAll(() => {
  c.init = repo.commit('Registro iniziale', '2026-01-10T09:00:00+01:00');
  repo.write('registro.yaml', repo.read('registro.yaml').replace('rpd.vallechiara@pec.studioprivacytuscia.it', 'rpd@pec.vallechiara.it'));
  c.dpo = repo.commit('Nuova PEC del RPD', '2026-03-02T09:00:00+01:00', 'Luca Bianchi');
  repo.write('soggetti.yaml', repo.read('soggetti.yaml').replace('denominazione: Ristorazione Collettiva Tuscia Soc. Coop.', 'denominazione: Ristorazione Tuscia S.r.l.'));
  repo.write('servizi/mensa-scolastica.yaml', repo.read('servizi/mensa-scolastica.yaml').replace(/giovedì 15-17/, 'giovedì 15-18'));
  c.canteen = repo.commit('Mensa: gestore e orari', '2026-04-01T09:00:00+01:00');
  // Only the number of employees: a change that obliges nothing.
  repo.write('registro.yaml', repo.read('registro.yaml').replace('dipendenti: 86', 'dipendenti: 90'));
  c.staff = repo.commit('Dipendenti', '2026-05-01T09:00:00+01:00');
});

const out = tempDir();
afterAll(() => {
  repo.cleanup();
  remove(out);
});

describe('registro storia beyond the activities', () => {
  it('lists registro.yaml, the parties and the services after the activities, each change with what it obliges', () => {
    const run = registro(['storia'], { cwd: repo.reg });
    expect(run.status).toBe(0);
    const section = (title: string) => run.stdout.split('\n\n').find((s) => s.startsWith(`${title}\n`))?.split('\n');
    expect(section('Titolare e registro (registro.yaml)')).toEqual([
      'Titolare e registro (registro.yaml)',
      `  2026-01-10  ${short('init')}  Maria Rossi   creato`,
      `  2026-03-02  ${short('dpo')}  Luca Bianchi  modificato: Responsabile della protezione dei dati › Contatti › PEC`,
      expect.stringMatching(/^ +→ ripubblicare le informative dei servizi coinvolti: Accesso agli atti e accesso civico, Mensa scolastica, Contributi economici e assistenza domiciliare, Trasporto scolastico$/),
      `  2026-05-01  ${short('staff')}  Maria Rossi   modificato: Titolare del trattamento › Numero di dipendenti: 86 → 90`,
    ]);
    expect(section('Soggetto ristorazione-collettiva «Ristorazione Tuscia S.r.l.»')).toEqual([
      'Soggetto ristorazione-collettiva «Ristorazione Tuscia S.r.l.»',
      `  2026-01-10  ${short('init')}  Maria Rossi  creato`,
      `  2026-04-01  ${short('canteen')}  Maria Rossi  modificato: Denominazione`,
      // Too long to say both names on the line: the heading has the new one.
      expect.stringMatching(/^ +→ ripubblicare le informative dei servizi coinvolti: Mensa scolastica$/),
    ]);
    expect(section('Servizio mensa-scolastica «Mensa scolastica»')?.slice(2)).toEqual([
      `  2026-04-01  ${short('canteen')}  Maria Rossi  modificato: Ufficio › Orari di apertura`,
      expect.stringMatching(/^ +→ ripubblicare le informative dei servizi coinvolti: Mensa scolastica$/),
    ]);
    // The activities come first, as before.
    expect(run.stdout.indexOf('anagrafe «')).toBeLessThan(run.stdout.indexOf('Titolare e registro'));
  });

  it('takes the id of a party, a service or "registro", and gives the records in json', () => {
    const party = registro(['storia', 'ristorazione-collettiva', '--format', 'json'], { cwd: repo.reg });
    expect(party.status).toBe(0);
    const json = JSON.parse(party.stdout);
    expect(json.activities).toEqual([]);
    expect(json.records.map((r: { kind: string; id: string; name: string; events: unknown[] }) => [r.kind, r.id, r.name, r.events.length])).toEqual([['soggetto', 'ristorazione-collettiva', 'Ristorazione Tuscia S.r.l.', 2]]);
    // An activity and a service may share an id: both are told.
    const both = registro(['storia', 'mensa-scolastica'], { cwd: repo.reg }).stdout;
    expect(both).toContain('mensa-scolastica «Refezione scolastica e diete speciali»\n');
    expect(both).toContain('Servizio mensa-scolastica «Mensa scolastica»\n');
    const english = registro(['storia', 'registro', '--lang', 'en'], { cwd: repo.reg }).stdout;
    expect(english).toContain(`  2026-03-02  ${short('dpo')}  Luca Bianchi  changed: Data protection officer › Contacts › Certified email (PEC)`);
    // In English, the services are named by the register's own translations.
    expect(english).toMatch(/\n +→ republish the notices of the services involved: Access to documents and civic access, School meals, Financial support and home care, School transport\n/);
    expect(registro(['storia', 'mensa-scolastica', '--lang', 'en'], { cwd: repo.reg }).stdout).toContain('Service mensa-scolastica "School meals"\n');
  });

  it("puts those changes in the workbook's change log, as LibreOffice reads it", async () => {
    expect(registro(['export', '-o', join(out, 'r.xlsx')], { cwd: repo.reg, env: { REGISTRO_TODAY: '2026-06-01' } }).status).toBe(0);
    await convert(join(out, 'r.xlsx'), CSV_EVERY_SHEET, join(out, 'calc'));
    const rows = csvRows(readFileSync(join(out, 'calc/r-Modifiche.csv'), 'utf8'));
    expect(rows[0]![0]).toBe('Modifiche al registro negli ultimi 12 mesi (dalla storia git)');
    const header = rows.findIndex((r) => r[0] === 'Data');
    expect(rows[header]!.slice(0, 5)).toEqual(['Data', 'Scheda', 'Modifica', 'Campi modificati', 'Da fare']);
    // Newest first (the csv filter writes the date cells in its own order, not as shown: left out).
    expect(rows.slice(header + 1, header + 5).map((r) => r.slice(1, 4))).toEqual([
      ['Titolare e registro (registro.yaml)', 'modificato', 'Titolare del trattamento'],
      ['Soggetto ristorazione-collettiva «Ristorazione Tuscia S.r.l.»', 'modificato', 'Denominazione'],
      ['Servizio mensa-scolastica «Mensa scolastica»', 'modificato', 'Ufficio'],
      ['Titolare e registro (registro.yaml)', 'modificato', 'Responsabile della protezione dei dati'],
    ]);
    expect(rows[header + 4]![4]).toBe('ripubblicare le informative dei servizi coinvolti: Accesso agli atti e accesso civico, Mensa scolastica, Contributi economici e assistenza domiciliare, Trasporto scolastico');
  }, 180_000);
});
