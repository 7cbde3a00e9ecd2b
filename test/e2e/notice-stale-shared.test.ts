import { afterEach, describe, expect, it } from 'vitest';
import { locations, registro } from '../helpers.js';
import { GitRepo } from '../git-repo.js';

// What the notices repeat from registro.yaml, soggetti.yaml and vocabolario.yaml has no date of
// its own: validate dates its changes by git and compares them with each notice's date.
// The example register's notices are dated: accesso-atti 2026-12-02, mensa-scolastica and
// trasporto-scolastico 2026-09-30, sostegno-economico 2026-06-30.

let git: GitRepo;
afterEach(() => git.cleanup());

const stale = (cwd: string, lang: 'it' | 'en' = 'it') => {
  const run = registro(['validate', ...(lang === 'en' ? ['--lang', 'en'] : [])], { cwd });
  return { run, at: locations(run.stdout, 'notice-stale') };
};

describe('notice-stale and the root files', () => {
  it("reports every notice dated before a change of the DPO's contacts, on the service, until the service is dated", () => {
    git = new GitRepo();
    git.commit('init', '2026-01-10T09:00:00+01:00');
    git.write('registro.yaml', git.read('registro.yaml').replace('rpd.vallechiara@pec.studioprivacytuscia.it', 'rpd@pec.vallechiara.it'));
    const commit = git.commit('Nuova PEC del RPD', '2026-11-20T09:00:00+01:00').slice(0, 7);
    let { run, at } = stale(git.reg);
    // accesso-atti's notice (2026-12-02) is later than the change: it already says the new PEC.
    expect(at).toEqual(['servizi/mensa-scolastica.yaml:2:1 notice-stale', 'servizi/sostegno-economico.yaml:2:1 notice-stale', 'servizi/trasporto-scolastico.yaml:2:1 notice-stale']);
    expect(run.stdout).toContain(
      `registro.yaml è cambiato il 2026-11-20 (commit ${commit}) in ciò che l'informativa del servizio riporta (Responsabile della protezione dei dati › Contatti), ma l'informativa risulta aggiornata al 2026-06-30: ripubblica l'informativa e scrivi "aggiornato: 2026-11-20" nel servizio`,
    );
    expect(run.status).toBe(0);
    expect(stale(git.reg, 'en').run.stdout).toContain(
      `registro.yaml changed on 2026-11-20 (commit ${commit}) in what the service's notice states (Data protection officer › Contacts), but the notice is dated 2026-06-30: republish the notice and write "aggiornato: 2026-11-20" in the service`,
    );
    // Dated as asked, a service is settled; one already dated is pointed at its date.
    git.write('servizi/mensa-scolastica.yaml', git.read('servizi/mensa-scolastica.yaml') + 'aggiornato: 2026-11-20\n');
    git.write('servizi/sostegno-economico.yaml', git.read('servizi/sostegno-economico.yaml') + 'aggiornato: 2026-03-01\n');
    git.commit('Date delle informative', '2026-11-21T09:00:00+01:00');
    ({ at } = stale(git.reg));
    expect(at).toEqual([`servizi/sostegno-economico.yaml:${lineOf(git.read('servizi/sostegno-economico.yaml'), 'aggiornato:')}:13 notice-stale`, 'servizi/trasporto-scolastico.yaml:2:1 notice-stale']);
  });

  it('names one change when the service changed too: the later one, whose date settles both', () => {
    git = new GitRepo();
    const MENSA = 'servizi/mensa-scolastica.yaml';
    git.commit('init', '2026-01-10T09:00:00+01:00');
    git.write('registro.yaml', git.read('registro.yaml').replace('rpd.vallechiara@pec.studioprivacytuscia.it', 'rpd@pec.vallechiara.it'));
    git.commit('Nuova PEC del RPD', '2026-11-20T09:00:00+01:00');
    git.write(MENSA, git.read(MENSA).replace(/giovedì 15-17/, 'giovedì 15-18'));
    git.commit('Mensa: orari', '2026-11-25T09:00:00+01:00');
    const { run, at } = stale(git.reg);
    expect(at.filter((l) => l.startsWith(MENSA))).toEqual([`${MENSA}:2:1 notice-stale`]);
    expect(run.stdout).toContain('il servizio è cambiato il 2026-11-25 (commit');
  });

  it('leaves the notices alone for what they do not state, for changes before their date, and for a broken version', () => {
    git = new GitRepo();
    git.commit('init', '2026-01-10T09:00:00+01:00');
    // The number of employees and the DPO's kind of designation are not in any notice.
    git.write('registro.yaml', git.read('registro.yaml').replace('dipendenti: 86', 'dipendenti: 90').replace('tipo: esterno', 'tipo: interno'));
    git.commit('Dipendenti', '2026-11-20T09:00:00+01:00');
    // The controller's e-mail changed before every notice's date (2026-06-30 the oldest).
    git.git(['reset', '-q', '--hard', 'HEAD~1']);
    git.write('registro.yaml', git.read('registro.yaml').replace('urp@comune.vallechiara.vt.it', 'urp@vallechiara.it'));
    git.commit('Nuova e-mail', '2026-05-02T09:00:00+01:00');
    // Broken and mended: the content is as before.
    const text = git.read('registro.yaml');
    git.write('registro.yaml', `${text}titolare: [\n`);
    git.commit('Rotto', '2026-11-25T09:00:00+01:00');
    git.write('registro.yaml', text);
    git.commit('Riparato', '2026-11-26T09:00:00+01:00');
    expect(stale(git.reg).at).toEqual([]);
  });

  it('compares what the notice showed with what the file says now: through a broken version, a renamed file, a change undone', () => {
    git = new GitRepo();
    git.commit('init', '2026-01-10T09:00:00+01:00');
    const text = git.read('registro.yaml');
    const newPec = text.replace('rpd.vallechiara@pec.studioprivacytuscia.it', 'rpd@pec.vallechiara.it');
    const expected = ['servizi/mensa-scolastica.yaml:2:1 notice-stale', 'servizi/sostegno-economico.yaml:2:1 notice-stale', 'servizi/trasporto-scolastico.yaml:2:1 notice-stale'];
    // Broken, then mended with the new PEC: the change is the mending commit's.
    git.write('registro.yaml', `${text}titolare: [\n`);
    git.commit('Rotto', '2026-11-20T09:00:00+01:00');
    git.write('registro.yaml', newPec);
    const mended = git.commit('Riparato, con la nuova PEC', '2026-11-22T09:00:00+01:00').slice(0, 7);
    let { run, at } = stale(git.reg);
    expect(at).toEqual(expected);
    expect(run.stdout).toContain(`registro.yaml è cambiato il 2026-11-22 (commit ${mended})`);
    // Undone: the notices say what the file says again.
    git.write('registro.yaml', text);
    git.commit('PEC di prima', '2026-11-24T09:00:00+01:00');
    expect(stale(git.reg).at).toEqual([]);
    // Renamed registro.yml: no change; renamed back with the new PEC: the change.
    git.git(['mv', 'registro/registro.yaml', 'registro/registro.yml']);
    git.commit('registro.yml', '2026-11-25T09:00:00+01:00');
    expect(stale(git.reg).at).toEqual([]);
    git.git(['mv', 'registro/registro.yml', 'registro/registro.yaml']);
    git.write('registro.yaml', newPec);
    const renamed = git.commit('registro.yaml, nuova PEC', '2026-11-26T09:00:00+01:00').slice(0, 7);
    ({ run, at } = stale(git.reg));
    expect(at).toEqual(expected);
    expect(run.stdout).toContain(`registro.yaml è cambiato il 2026-11-26 (commit ${renamed})`);
  });

  it('reports a recipient changed in soggetti.yaml only on the services whose notices name it', () => {
    git = new GitRepo();
    git.commit('init', '2026-01-10T09:00:00+01:00');
    git.write('soggetti.yaml', git.read('soggetti.yaml').replace('denominazione: Ristorazione Collettiva Tuscia Soc. Coop.', 'denominazione: Ristorazione Tuscia S.r.l.'));
    const commit = git.commit('Mensa: nuova ragione sociale del gestore', '2026-11-20T09:00:00+01:00').slice(0, 7);
    const { run, at } = stale(git.reg);
    expect(at).toEqual(['servizi/mensa-scolastica.yaml:2:1 notice-stale']);
    expect(run.stdout).toContain(
      `il soggetto "ristorazione-collettiva" di soggetti.yaml, che l'informativa del servizio nomina, è cambiato il 2026-11-20 (commit ${commit}: Denominazione), ma l'informativa risulta aggiornata al 2026-09-30`,
    );
  });

  it("reports a term renamed or a translation changed in vocabolario.yaml on the services whose notices show it", () => {
    git = new GitRepo();
    const MENSA = 'trattamenti/mensa-scolastica.yaml';
    git.write('vocabolario.yaml', `${git.read('vocabolario.yaml')}dati:\n  - id: tessera-mensa\n    it: Numero della tessera mensa\n    en: School meal card number\n`);
    git.write(MENSA, git.read(MENSA).replace('dati: [identificativi, contatto, codice-fiscale, economici]', 'dati: [identificativi, contatto, codice-fiscale, economici, tessera-mensa]'));
    git.commit('init', '2026-01-10T09:00:00+01:00');
    git.write('vocabolario.yaml', git.read('vocabolario.yaml').replace('it: Numero della tessera mensa', 'it: Codice della tessera mensa'));
    const renamed = git.commit('Tessera mensa', '2026-11-20T09:00:00+01:00').slice(0, 7);
    let { run, at } = stale(git.reg);
    expect(at).toEqual(['servizi/mensa-scolastica.yaml:2:1 notice-stale']);
    expect(run.stdout).toContain(`il termine "dati/tessera-mensa" di vocabolario.yaml, che l'informativa del servizio mostra, ha cambiato nome il 2026-11-20 (commit ${renamed})`);
    git.git(['reset', '-q', '--hard', 'HEAD~1']);
    git.write('vocabolario.yaml', git.read('vocabolario.yaml').replace('en: School transport', 'en: School bus'));
    git.commit('Traduzione', '2026-11-20T09:00:00+01:00');
    ({ run, at } = stale(git.reg));
    expect(at).toEqual(['servizi/trasporto-scolastico.yaml:2:1 notice-stale']);
    expect(run.stdout).toContain('la traduzione inglese di "Trasporto scolastico" in vocabolario.yaml, che l\'informativa in inglese del servizio mostra, è cambiata il 2026-11-20');
  });
});

function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
}
