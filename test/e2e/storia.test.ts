import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, locations, registro, remove, tempDir } from '../helpers.js';
import { GitRepo } from '../git-repo.js';

const MENSA = 'trattamenti/mensa-scolastica.yaml';
const ANAGRAFE = 'trattamenti/anagrafe.yaml';
const repo = new GitRepo();
const c: Record<string, string> = {};
const short = (name: string) => c[name]!.slice(0, 7);

beforeAll(() => {
  c.init = repo.commit('Registro iniziale', '2025-01-10T09:00:00+01:00');
  repo.write(MENSA, repo.read(MENSA).replace(/\n/g, '\n\n'));
  c.reformat = repo.commit('Righe vuote', '2025-02-01T09:00:00+01:00');
  repo.edit(MENSA, (d) => d.destinatari.push({ categoria: 'altre-pa', descrizione: 'ASL per le diete' }));
  c.recipient = repo.commit('Mensa: ASL tra i destinatari', '2025-03-01T09:00:00+01:00', 'Luca Bianchi');
  repo.write('trattamenti/protocollo-generale.yaml', repo.read('trattamenti/protocollo.yaml'));
  repo.remove('trattamenti/protocollo.yaml');
  c.rename = repo.commit('Protocollo rinominato', '2025-04-01T09:00:00+01:00');
});

afterAll(() => repo.cleanup());

describe('registro storia', () => {
  it('lists creation and each change of an activity with commit, date, author and summary', () => {
    const run = registro(['storia', 'mensa-scolastica'], { cwd: repo.reg });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('mensa-scolastica «Refezione scolastica e diete speciali»');
    expect(lines[1]).toBe(`  2025-01-10  ${short('init')}  Maria Rossi   creato`);
    // The reformatting commit leaves no event.
    expect(lines[2]).toBe(`  2025-03-01  ${short('recipient')}  Luca Bianchi  modificato: Destinatari (+1)`);
    expect(lines[3]).toMatch(/^ +→ ripubblicare le informative dei servizi coinvolti: Mensa scolastica$/);
    expect(run.stdout).not.toContain(short('reformat'));
  });

  it("takes a register's folder where an activity may be, as the other commands take it", () => {
    const here = registro(['storia'], { cwd: repo.reg });
    const run = registro(['storia', 'registro'], { cwd: repo.top });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(here.stdout);
    expect(run.stdout).toContain('mensa-scolastica «Refezione scolastica e diete speciali»');
  });

  it('reads the history of a register reached through a symbolic link, as git does', () => {
    const links = tempDir();
    const link = join(links, 'registro');
    symlinkSync(repo.reg, link);
    try {
      const run = registro(['storia', 'mensa-scolastica', '--cartella', link], { cwd: links });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(`${short('recipient')}  Luca Bianchi  modificato: Destinatari (+1)`);
    } finally {
      remove(links);
    }
  });

  it('follows a renamed activity to its new id', () => {
    const run = registro(['storia', 'protocollo-generale', '--format', 'json'], { cwd: repo.reg });
    const [history] = JSON.parse(run.stdout).activities;
    expect(history.id).toBe('protocollo-generale');
    expect(history.events.map((e: { change: string; id: string; commit: string }) => [e.change, e.id, e.commit])).toEqual([
      ['aggiunto', 'protocollo', c.init],
      ['rinominato', 'protocollo-generale', c.rename],
    ]);
    expect(history.events[1].summary).toBe('rinominato (prima protocollo)');
  });

  it('lists every activity without an argument, and speaks English with --lang en', () => {
    const run = registro(['storia', '--lang', 'en'], { cwd: repo.reg });
    // Named by the register's own translation.
    expect(run.stdout).toContain('anagrafe "Keeping the register of the resident population"');
    expect(run.stdout).toContain(`  2025-03-01  ${short('recipient')}  Luca Bianchi  changed: Recipients (+1)`);
    expect(run.stdout).not.toMatch(/^protocollo /m);
  });

  it('refuses an activity it never saw, and says it needs git outside a repository', () => {
    expect(registro(['storia', 'nessuna'], { cwd: repo.reg })).toMatchObject({ status: 2, stderr: 'registro: "nessuna" non è l\'id di un trattamento, di un servizio, di un soggetto o di un termine del registro, né compare nella sua storia git ("registro" per registro.yaml)\n' });
    const dir = tempDir();
    try {
      cpSync(EXAMPLE, join(dir, 'registro'), { recursive: true });
      const run = registro(['storia'], { cwd: join(dir, 'registro') });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^registro: il registro "\." non è in un repository git: la storia delle schede si legge dai commit, quindi registro storia funziona solo dentro git/);
    } finally {
      remove(dir);
    }
  });
});

describe('validate checks aggiornato against git', () => {
  it('reports a record changed after its aggiornato date, on the date', () => {
    const git = new GitRepo();
    try {
      git.commit('init', '2026-01-10T09:00:00+01:00');
      git.write(ANAGRAFE, git.read(ANAGRAFE).replace('interessati: [', 'interessati: [imprese, '));
      git.commit('Anagrafe: imprese', '2026-11-20T09:00:00+01:00', 'Luca Bianchi');
      const run = registro(['validate'], { cwd: git.reg });
      expect(locations(run.stdout, 'changed-after-update')).toEqual(['trattamenti/anagrafe.yaml:40:13 changed-after-update']);
      expect(run.stdout).toContain('la scheda è stata modificata il 2026-11-20 (commit');
      expect(run.stdout).toContain('senza aggiornare la data, ferma al 2026-05-20: aggiorna "aggiornato"');
      // Updating the date in a later commit settles it; a later reformatting does not reopen it.
      git.write(ANAGRAFE, git.read(ANAGRAFE).replace('aggiornato: 2026-05-20', 'aggiornato: 2026-11-21'));
      git.commit('Anagrafe: data', '2026-11-21T09:00:00+01:00');
      git.write(ANAGRAFE, git.read(ANAGRAFE) + '\n# rivisto\n');
      git.commit('commento', '2026-11-22T09:00:00+01:00');
      expect(locations(registro(['validate'], { cwd: git.reg }).stdout, 'changed-after-update')).toEqual([]);
    } finally {
      git.cleanup();
    }
  });

  it('reports a service changed after the date of its notice, once, where the date is to be written', () => {
    const git = new GitRepo();
    const MENSA = 'servizi/mensa-scolastica.yaml';
    try {
      git.commit('init', '2026-01-10T09:00:00+01:00');
      // New opening hours of the office: the notice changes, its "aggiornata al" (the activity's 2026-09-30) would not.
      git.write(MENSA, git.read(MENSA).replace(/giovedì 15-17/, 'giovedì 15-18'));
      git.commit('Mensa: orari', '2026-11-20T09:00:00+01:00');
      let run = registro(['validate'], { cwd: git.reg });
      expect(locations(run.stdout, 'notice-stale', 'changed-after-update')).toEqual([`${MENSA}:2:1 notice-stale`]);
      expect(run.stdout).toContain('il servizio è cambiato il 2026-11-20 (commit');
      expect(run.stdout).toContain('ma la sua informativa risulta aggiornata al 2026-09-30: scrivi "aggiornato: 2026-11-20" nel servizio e ripubblica l\'informativa');
      // The activity with the same id is another record, with a history of its own.
      expect(run.stdout).not.toContain('trattamenti/mensa-scolastica.yaml');
      // Dated as asked, it is settled; a later change that leaves its own date behind is told there.
      git.write(MENSA, git.read(MENSA) + 'aggiornato: 2026-11-20\n');
      git.commit('Mensa: data', '2026-11-20T10:00:00+01:00');
      expect(locations(registro(['validate'], { cwd: git.reg }).stdout, 'notice-stale', 'changed-after-update')).toEqual([]);
      git.write(MENSA, git.read(MENSA).replace(/giovedì 15-18/, 'giovedì 14-18'));
      git.commit('Mensa: orari di nuovo', '2026-11-25T09:00:00+01:00');
      run = registro(['validate'], { cwd: git.reg });
      expect(locations(run.stdout, 'notice-stale', 'changed-after-update')).toEqual([`${MENSA}:${lineOf(git.read(MENSA), 'aggiornato:')}:13 changed-after-update`]);
    } finally {
      git.cleanup();
    }
  });

  it('does not judge the creation of a record, however old its date', () => {
    const git = new GitRepo();
    try {
      git.commit('Registro importato', '2026-11-20T09:00:00+01:00');
      expect(registro(['validate'], { cwd: git.reg })).toMatchObject({ status: 0 });
    } finally {
      git.cleanup();
    }
  });

  it('reports a notice dated before a change of its activities that affects notices', () => {
    const git = new GitRepo();
    const SOSTEGNO = 'trattamenti/assistenza-domiciliare.yaml';
    try {
      git.commit('init', '2026-01-10T09:00:00+01:00');
      // A longer retention, committed without touching the dates.
      git.write(SOSTEGNO, git.read(SOSTEGNO).replace(/durata: 10 anni/, 'durata: 12 anni'));
      git.commit('Conservazione più lunga', '2026-11-20T09:00:00+01:00');
      const run = registro(['validate'], { cwd: git.reg });
      expect(locations(run.stdout, 'notice-stale', 'changed-after-update')).toEqual([
        'servizi/sostegno-economico.yaml:4:37 notice-stale',
        'trattamenti/assistenza-domiciliare.yaml:' + lineOf(git.read(SOSTEGNO), 'aggiornato:') + ':13 changed-after-update',
      ]);
      expect(run.stdout).toContain('il trattamento "assistenza-domiciliare" è cambiato il 2026-11-20 (commit');
      expect(run.stdout).toContain("ma l'informativa del servizio risulta aggiornata al 2026-06-30: aggiorna le date e ripubblica l'informativa");
      // A change that does not touch the notice (the internal contact) leaves it alone.
      git.git(['reset', '-q', '--hard', 'HEAD~1']);
      git.write(SOSTEGNO, git.read(SOSTEGNO).replace(/^referente: .*$/m, 'referente: Assistente sociale coordinatrice'));
      git.commit('Referente', '2026-11-20T09:00:00+01:00');
      expect(locations(registro(['validate'], { cwd: git.reg }).stdout, 'notice-stale')).toEqual([]);
    } finally {
      git.cleanup();
    }
  });
});

function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
}
