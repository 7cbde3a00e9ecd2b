import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locations, registro, remove, tempDir } from '../helpers.js';
import { GitRepo } from '../git-repo.js';

/**
 * The history commands on repositories shaped the way offices and CI make them: no commit yet,
 * shallow clones, merges with a conflict resolved by hand, a version that is no YAML, folders
 * whose names git would quote, records not committed yet, commits from another time zone.
 */
const MENSA = 'trattamenti/mensa-scolastica.yaml';
const STATO = 'trattamenti/stato-civile.yaml';
const PERSONALE = 'trattamenti/personale.yaml';
const internal = /errore interno|internal error|\n\s+at /;
const repos: GitRepo[] = [];
const dirs: string[] = [];
const fresh = () => {
  const repo = new GitRepo();
  repos.push(repo);
  return repo;
};
afterAll(() => {
  repos.forEach((r) => r.cleanup());
  dirs.forEach(remove);
});

describe('a repository with no commit yet', () => {
  it('says so, with exit 2, for storia, diff and --al, and validate still validates', () => {
    const repo = fresh();
    repo.git(['add', '-A']); // staged, never committed
    const storia = registro(['storia'], { cwd: repo.reg });
    expect(storia).toMatchObject({ status: 2, stdout: '' });
    expect(storia.stderr).toBe('registro: il repository del registro "." non ha ancora commit: la storia si legge dai commit, quindi registro storia funziona dal primo commit (git add e git commit)\n');
    const diff = registro(['diff'], { cwd: repo.reg });
    expect(diff).toMatchObject({ status: 2, stderr: 'registro: il repository non ha ancora commit, quindi "HEAD" non indica nulla: fai il primo commit del registro (git add e git commit) e riprova\n' });
    const asOf = registro(['export', '--al', '2025-12-31', '-f', 'json', '-o', join(repo.top, 'x.json')], { cwd: repo.reg });
    expect(asOf.status).toBe(2);
    expect(asOf.stderr).toContain('non ha ancora commit');
    const validate = registro(['validate'], { cwd: repo.reg });
    expect(validate.stderr).not.toMatch(internal);
    expect(validate.status).toBe(0);
    const en = registro(['storia', '--lang', 'en'], { cwd: repo.reg });
    expect(en.stderr).toBe('registro: the repository of the register "." has no commit yet: the history is read from the commits, so registro storia works from the first commit (git add and git commit)\n');
  });
});

describe('a shallow clone, as CI checks out', () => {
  const origin = fresh();
  const first = origin.commit('Registro iniziale', '2025-01-10T09:00:00+01:00');
  origin.edit(MENSA, (d) => d.destinatari.push({ categoria: 'altre-pa', descrizione: 'ASL per le diete' }));
  const second = origin.commit('Mensa: ASL', '2025-03-01T09:00:00+01:00', 'Luca Bianchi');
  origin.edit(STATO, (d) => (d.denominazione = 'Registri di stato civile'));
  const third = origin.commit('Stato civile: nome', '2025-04-01T09:00:00+01:00');
  const clone = (depth: number) => {
    const dir = tempDir('registro-shallow-');
    dirs.push(dir);
    execFileSync('git', ['clone', '-q', `--depth=${depth}`, `file://${origin.top}`, dir], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    return join(dir, 'registro');
  };

  it('storia does not call "created" what was there before the cut, and says the history is cut', () => {
    const reg = clone(2);
    const run = registro(['storia', 'mensa-scolastica'], { cwd: reg });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'mensa-scolastica «Refezione scolastica e diete speciali»\n' +
        `  2025-03-01  ${second.slice(0, 7)}  Luca Bianchi  già presente all'inizio della storia scaricata (clone superficiale)\n` +
        '\n' +
        // The service of the same id, present at the cut as well.
        'Servizio mensa-scolastica «Mensa scolastica»\n' +
        `  2025-03-01  ${second.slice(0, 7)}  Luca Bianchi  già presente all'inizio della storia scaricata (clone superficiale)\n`,
    );
    expect(run.stderr).toBe(
      `registro: il repository è un clone superficiale: la storia comincia dal commit ${second.slice(0, 7)} del 2025-03-01 e ciò che esisteva già allora risulta «presente», non creato; per la storia intera git fetch --unshallow (in GitHub Actions: fetch-depth: 0)\n`,
    );
    const json = JSON.parse(registro(['storia', 'stato-civile', '-f', 'json'], { cwd: reg }).stdout);
    expect(json.activities[0].events.map((e: { change: string; boundary?: boolean; commit: string }) => [e.change, e.boundary ?? false, e.commit])).toEqual([
      ['aggiunto', true, second],
      ['modificato', false, third],
    ]);
    expect(registro(['storia', '--lang', 'en'], { cwd: reg }).stdout).toContain('already present at the start of the fetched history (shallow clone)');
  });

  it('diff names the shallow clone, not a wrong revision, for a commit it did not fetch', () => {
    const reg = clone(1);
    const run = registro(['diff', 'HEAD~1..HEAD'], { cwd: reg });
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toBe(
      'registro: "HEAD~1" non è in questo repository, che è un clone superficiale (git clone --depth, come il checkout predefinito della CI) senza quella parte della storia: scaricala con git fetch --unshallow (in GitHub Actions: fetch-depth: 0)\n',
    );
    expect(registro(['diff', first], { cwd: reg }).stderr).toContain('clone superficiale');
    expect(registro(['diff', 'HEAD~1', '--lang', 'en'], { cwd: reg }).stderr).toContain('is not in this repository, a shallow clone');
    const asOf = registro(['export', '--al', '2025-01-31', '-f', 'json', '-o', join(reg, '..', 'x.json')], { cwd: reg });
    expect(asOf.status).toBe(2);
    expect(asOf.stderr).toContain('la storia scaricata non arriva: il repository è un clone superficiale');
    // A nonsense revision in a full repository keeps the plain message.
    expect(registro(['diff', 'HEAD~9'], { cwd: origin.reg }).stderr).toBe('registro: "HEAD~9" non è una revisione git di questo repository (un ramo, un tag, un commit o ad esempio HEAD~1)\n');
  });

  it('validate in a shallow clone judges no creation as a change', () => {
    const reg = clone(1);
    const run = registro(['validate'], { cwd: reg });
    expect(run.stderr).toBe('');
    expect(locations(run.stdout, 'changed-after-update', 'notice-stale')).toEqual([]);
  });
});

describe('a merge with a conflict resolved by hand', () => {
  it('is a change in storia and in validate, by the merge commit', () => {
    const repo = fresh();
    repo.commit('init', '2026-01-10T09:00:00+01:00');
    repo.git(['checkout', '-q', '-b', 'ramo']);
    repo.edit(STATO, (d) => (d.denominazione = 'Stato civile (ramo)'));
    repo.commit('ramo', '2026-11-01T09:00:00+01:00', 'Zoë Ferrari');
    repo.git(['checkout', '-q', 'main']);
    repo.edit(STATO, (d) => (d.denominazione = 'Stato civile (main)'));
    repo.commit('main', '2026-11-02T09:00:00+01:00');
    try {
      repo.git(['merge', '-q', 'ramo', '-m', 'merge'], '2026-11-03T09:00:00+01:00');
    } catch {
      // The conflict: resolved by hand with a third name, committed as the merge.
    }
    repo.git(['checkout', '--ours', `registro/${STATO}`]);
    repo.edit(STATO, (d) => (d.denominazione = 'Registri dello stato civile'));
    const merge = repo.commit('Merge ramo, conflitto risolto', '2026-11-03T09:00:00+01:00', 'Niccolò Àlvarez');
    expect(repo.git(['rev-list', '--parents', '-1', 'HEAD']).trim().split(' ')).toHaveLength(3);

    const run = registro(['storia', 'stato-civile'], { cwd: repo.reg });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').at(-2)).toBe(`  2026-11-03  ${merge.slice(0, 7)}  Niccolò Àlvarez  modificato: Denominazione: Stato civile (main) → Registri dello stato civile`);
    const validate = registro(['validate'], { cwd: repo.reg });
    expect(locations(validate.stdout, 'changed-after-update')).toEqual([expect.stringMatching(/^trattamenti\/stato-civile\.yaml:\d+:13 changed-after-update$/)]);
    expect(validate.stdout).toContain(`la scheda è stata modificata il 2026-11-03 (commit ${merge.slice(0, 7)})`);
  });
});

describe('a version in history that is not YAML', () => {
  it('is an unreadable version, not every field removed and added back with their obligations', () => {
    const repo = fresh();
    repo.commit('init', '2026-01-10T09:00:00+01:00');
    const good = repo.read(PERSONALE);
    repo.write(PERSONALE, 'denominazione: [rotto\n  : : :\n');
    const broken = repo.commit('rotto per sbaglio', '2026-11-20T09:00:00+01:00');
    repo.write(PERSONALE, good);
    repo.commit('riparato', '2026-11-21T09:00:00+01:00');
    repo.write('trattamenti/binario.yaml', Buffer.from([0, 1, 2, 255, 254, 0, 10]).toString('latin1'));
    repo.commit('binario', '2026-11-22T09:00:00+01:00');

    const run = registro(['storia', 'personale'], { cwd: repo.reg });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').slice(1)).toEqual([
      expect.stringMatching(/^ {2}2026-01-10 {2}\w{7} {2}Maria Rossi {2}creato$/),
      `  2026-11-20  ${broken.slice(0, 7)}  Maria Rossi  modificato: file non leggibile (non è YAML valido): il contenuto di questa versione non si conosce`,
      '',
    ]);
    expect(run.stdout).not.toContain('→ ');
    expect(registro(['storia', 'binario', '--lang', 'en'], { cwd: repo.reg }).stdout).toContain('created: file cannot be read (not valid YAML)');
    // The repair restored the record: validate sees no change after its dates.
    const validate = registro(['validate'], { cwd: repo.reg });
    expect(locations(validate.stdout, 'changed-after-update', 'notice-stale')).toEqual([]);
  });
});

describe('names git would quote', () => {
  it('reads the history of a register in a folder with quotes, spaces and accents', () => {
    const repo = fresh();
    repo.commit('init', '2026-01-10T09:00:00+01:00');
    const folder = 'Ufficio Privacy/Registro "città" 2026';
    mkdirSync(join(repo.top, 'Ufficio Privacy'));
    repo.git(['mv', 'registro', folder]);
    repo.commit('spostato', '2026-02-10T09:00:00+01:00');
    const reg = join(repo.top, folder);
    repo.git(['config', 'core.quotepath', 'true']);
    const anagrafe = join(reg, 'trattamenti/anagrafe.yaml');
    writeFileSync(anagrafe, readFileSync(anagrafe, 'utf8').replace('interessati: [', 'interessati: [imprese, '));
    const change = repo.commit('Anagrafe: imprese', '2026-11-20T09:00:00+01:00', 'Luca Bianchi');

    const run = registro(['storia', 'anagrafe'], { cwd: reg });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`  2026-11-20  ${change.slice(0, 7)}  Luca Bianchi  modificato: Categorie di interessati (+1)`);
    expect(locations(registro(['validate'], { cwd: reg }).stdout, 'changed-after-update')).toEqual(['trattamenti/anagrafe.yaml:40:13 changed-after-update']);
  });
});

describe('records not committed yet', () => {
  it('storia of a record only on disk says it has no commit yet, with exit 0', () => {
    const repo = fresh();
    repo.commit('init', '2026-01-10T09:00:00+01:00');
    repo.write('trattamenti/nuovo.yaml', repo.read('trattamenti/anagrafe.yaml'));
    const run = registro(['storia', 'nuovo'], { cwd: repo.reg });
    expect(run).toMatchObject({ status: 0, stderr: '', stdout: '"nuovo" è nel registro ma in nessun commit: la sua storia comincia quando lo committi.\n' });
    repo.git(['add', 'registro/trattamenti/nuovo.yaml']);
    expect(registro(['storia', 'nuovo', '--lang', 'en'], { cwd: repo.reg }).stdout).toBe('"nuovo" is in the register but in no commit: its history starts when you commit it.\n');
    expect(JSON.parse(registro(['storia', 'nuovo', '-f', 'json'], { cwd: repo.reg }).stdout).activities).toEqual([
      { id: 'nuovo', name: "Tenuta dell'anagrafe della popolazione residente", events: [] },
    ]);
  });
});

describe('records not committed yet, of every kind', () => {
  it('storia of a term of the vocabulary only on disk says it has no commit yet, with exit 0', () => {
    const repo = fresh();
    repo.commit('init', '2026-01-10T09:00:00+01:00');
    repo.write('vocabolario.yaml', 'dati:\n  - id: allergie\n    it: Allergie e intolleranze alimentari\n    classe: particolare\n    gruppo: salute\n');
    const run = registro(['storia', 'dati/allergie'], { cwd: repo.reg });
    expect(run).toMatchObject({ status: 0, stderr: '', stdout: '"dati/allergie" è nel registro ma in nessun commit: la sua storia comincia quando lo committi.\n' });
    expect(JSON.parse(registro(['storia', 'dati/allergie', '-f', 'json'], { cwd: repo.reg }).stdout).records).toEqual([
      { kind: 'termine', id: 'dati/allergie', name: 'Allergie e intolleranze alimentari', events: [] },
    ]);
    expect(registro(['storia', 'dati/nessuno'], { cwd: repo.reg }).status).toBe(2);
  });
});

describe('--al and the time zone of a commit', () => {
  it('takes a commit on the day its author made it, as storia dates it, whatever the machine time zone', () => {
    const repo = fresh();
    repo.commit('init', '2025-01-10T09:00:00+01:00');
    repo.edit(STATO, (d) => (d.denominazione = 'Stato civile di sera'));
    const evening = repo.commit('late', '2025-06-30T23:30:00-05:00');
    const storia = registro(['storia', 'stato-civile'], { cwd: repo.reg });
    expect(storia.stdout).toContain(`  2025-06-30  ${evening.slice(0, 7)}  Maria Rossi  modificato`);
    for (const TZ of ['UTC', 'Europe/Rome', 'Asia/Tokyo', 'America/Los_Angeles']) {
      const run = registro(['export', '--al', '2025-06-30', '-f', 'json', '-o', '-'], { cwd: repo.reg, env: { TZ } });
      expect(run.stderr, TZ).toContain(`letto da git, commit ${evening.slice(0, 7)}`);
      const before = registro(['export', '--al', '2025-06-29', '-f', 'json', '-o', '-'], { cwd: repo.reg, env: { TZ } });
      expect(before.stderr, TZ).not.toContain(evening.slice(0, 7));
    }
  });
});

describe('--al after a rebase', () => {
  it('never shows as done by a day what was committed later: a rebased commit keeps its older author day but follows newer ones', () => {
    const repo = fresh();
    const first = repo.commit('init', '2026-01-01T09:00:00+01:00');
    repo.edit(STATO, (d) => (d.denominazione = 'Stato civile del 20 gennaio'));
    repo.commit('main', '2026-01-20T09:00:00+01:00');
    // A branch commit written on the 10th, rebased onto main on the 21st.
    repo.edit(STATO, (d) => (d.finalita[0].descrizione = 'Tenuta dei registri, dal ramo'));
    repo.git(['add', '-A'], '2026-01-21T09:00:00+01:00');
    repo.git(['commit', '-q', '-m', 'rebased', '--date', '2026-01-10T09:00:00+01:00'], '2026-01-21T09:00:00+01:00');
    const run = registro(['export', '--al', '2026-01-12', '-f', 'json', '-o', '-'], { cwd: repo.reg });
    expect(run.stderr).toContain(`letto da git, commit ${first.slice(0, 7)}`);
    expect(run.stdout).not.toContain('Stato civile del 20 gennaio');
    expect(run.stdout).not.toContain('dal ramo');
  });
});

describe('an id changed with git mv and an edit in one commit', () => {
  it('is a rename with its changes in diff and storia, not a new activity with new obligations', () => {
    const repo = fresh();
    repo.commit('init', '2026-01-10T09:00:00+01:00');
    repo.git(['mv', 'registro/trattamenti/tributi.yaml', 'registro/trattamenti/tributi-comunali.yaml']);
    repo.write('trattamenti/tributi-comunali.yaml', repo.read('trattamenti/tributi-comunali.yaml').replace(/^denominazione: .*$/m, 'denominazione: Tributi comunali'));
    // In the same commit, an activity removed and a different one added stay what they are.
    repo.remove('trattamenti/videosorveglianza.yaml');
    repo.write('trattamenti/sportello.yaml', repo.read('trattamenti/anagrafe.yaml').replace(/^denominazione: .*$/m, 'denominazione: Sportello unico'));
    const commit = repo.commit('Tributi: nuovo id', '2026-11-20T09:00:00+01:00', 'Luca Bianchi');

    const diff = registro(['diff', 'HEAD~1..HEAD'], { cwd: repo.reg });
    expect(diff.stderr).toBe('');
    expect(diff.stdout).toContain('Trattamento tributi → tributi-comunali «Tributi comunali»: rinominato\n  Denominazione: Gestione dei tributi comunali (IMU, TARI) → Tributi comunali\n\n');
    expect(diff.stdout).toContain('Trattamento sportello «Sportello unico»: aggiunto');
    expect(diff.stdout).toContain('Trattamento videosorveglianza «Videosorveglianza urbana per la sicurezza»: rimosso');
    const json = JSON.parse(registro(['diff', 'HEAD~1..HEAD', '-f', 'json', '--lang', 'en'], { cwd: repo.reg }).stdout);
    expect(JSON.stringify(json)).not.toMatch(/"id":"tributi-comunali"[^}]*"change":"(aggiunto|added)"/);

    const storia = registro(['storia', 'tributi-comunali'], { cwd: repo.reg });
    expect(storia.stdout.split('\n').slice(1)).toEqual([
      expect.stringMatching(/^ {2}2026-01-10 {2}\w{7} {2}Maria Rossi {3}creato$/),
      `  2026-11-20  ${commit.slice(0, 7)}  Luca Bianchi  rinominato (prima tributi): Denominazione: Gestione dei tributi comunali (IMU, TARI) → Tributi comunali`,
      '',
    ]);
    expect(registro(['storia', 'sportello'], { cwd: repo.reg }).stdout).toContain('Luca Bianchi  creato');
  });
});
