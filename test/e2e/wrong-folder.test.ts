import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, locations, registerWith, registro, remove } from '../helpers.js';
import { lspSessions } from '../lsp-harness.js';

const example = (rel: string) => readFileSync(join(EXAMPLE, rel), 'utf8');

/**
 * A record saved in the folder of another kind: a trattamento in servizi/ got twenty "chiave non
 * prevista", one a key, and never the one thing to do, move the file.
 */
describe('a record in the folder of another kind of record', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach(remove));

  it('validate says where it goes, once, at the top of the file', () => {
    const dir = registerWith(
      {
        'servizi/personale.yaml': example('trattamenti/personale.yaml'),
        'trattamenti/sportello-mensa.yaml': example('servizi/mensa-scolastica.yaml'),
        'trattamenti/suap-unione.yaml': example('attivita-responsabile/sue-unione.yaml'),
      },
      EXAMPLE,
    );
    dirs.push(dir);
    const run = registro(['validate', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(locations(run.stdout, 'schema')).toEqual(['servizi/personale.yaml:1:1 schema', 'trattamenti/sportello-mensa.yaml:1:1 schema', 'trattamenti/suap-unione.yaml:1:1 schema']);
    expect(run.stdout).toContain('servizi/personale.yaml:1:1  errore  la scheda è nella cartella servizi/ ma ha le chiavi delle schede di trattamenti/ (area, referente, finalita): spostala in trattamenti/, dove sarà verificata come le altre');
    expect(run.stdout).toContain('trattamenti/sportello-mensa.yaml:1:1  errore  la scheda è nella cartella trattamenti/ ma ha le chiavi delle schede di servizi/ (trattamenti): spostala in servizi/');
    expect(run.stdout).toContain('trattamenti/suap-unione.yaml:1:1  errore  la scheda è nella cartella trattamenti/ ma ha le chiavi delle schede di attivita-responsabile/ (titolare, categorie_trattamento, atto): spostala in attivita-responsabile/');
    const en = registro(['validate', '.', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('servizi/personale.yaml:1:1  error  the record is in the folder servizi/ but has the keys of the records of trattamenti/ (area, referente, finalita): move it to trattamenti/, where it will be checked like the others');
  });

  it('a record of its own folder with an unknown key keeps the message of that key', () => {
    const dir = registerWith({ 'servizi/mensa-scolastica.yaml': example('servizi/mensa-scolastica.yaml') + 'finalita: Refezione\n' }, EXAMPLE);
    dirs.push(dir);
    const run = registro(['validate', '.'], { cwd: dir });
    expect(run.stdout).toContain('chiave "finalita" non prevista');
    expect(run.stdout).not.toContain('spostala');
  });

  const lsp = lspSessions();
  it('registro lsp says it too, with or without --no-schema (yaml-language-server says only the keys)', async () => {
    for (const args of [[], ['--no-schema']]) {
      const dir = lsp.copy(EXAMPLE);
      const client = await lsp.start(dir, { args });
      const uri = await lsp.open(client, dir, 'servizi/personale.yaml', example('trattamenti/personale.yaml'));
      const found = await client.diagnosticsFor(uri, (d) => d.length > 0);
      expect(found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`), args.join(' ')).toEqual([
        '1:1 schema la scheda è nella cartella servizi/ ma ha le chiavi delle schede di trattamenti/ (area, referente, finalita): spostala in trattamenti/, dove sarà verificata come le altre',
      ]);
    }
  });
});
