import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { registro } from '../helpers.js';
import { GitRepo } from '../git-repo.js';

/**
 * Every output says the state of the register it was made from, and it is the state validate
 * gives: also what only the git history shows, a record changed without its date and the
 * notice of its service older than the change.
 */
const repo = new GitRepo();
beforeAll(() => {
  repo.commit('Registro iniziale', '2026-10-01T09:00:00+02:00');
  repo.edit('trattamenti/mensa-scolastica.yaml', (d) => d.destinatari.push({ categoria: 'altre-pa', descrizione: 'ASL per i controlli igienico-sanitari' }));
  // The English notice says it in English too (else notice-translation would count among the warnings).
  repo.edit('vocabolario.yaml', (d) => d.traduzioni.en.push({ it: 'ASL per i controlli igienico-sanitari', en: 'The local health authority, for hygiene and health inspections' }));
  repo.commit('Mensa: ASL tra i destinatari', '2026-11-15T09:00:00+01:00');
});
afterAll(() => repo.cleanup());

describe('the state an output declares', () => {
  it('export and informativa count the warnings of the history, as validate does', () => {
    const validated = registro(['validate', '.', '--format', 'json'], { cwd: repo.reg });
    const rules = (JSON.parse(validated.stdout).diagnostics as Array<{ ruleId: string }>).map((d) => d.ruleId).sort();
    expect(rules).toEqual(['changed-after-update', 'notice-stale']);
    const line = 'registro: il registro non ha errori aperti, ma ha 2 avvisi (registro validate li elenca)\n';
    expect(registro(['export', '.', '-o', join(repo.top, 'registro.xlsx')], { cwd: repo.reg }).stderr).toBe(line);
    expect(registro(['informativa', '.', '-s', 'mensa-scolastica', '-f', 'html', '-o', join(repo.top, 'informative')], { cwd: repo.reg }).stderr).toContain(line);
  });
});
