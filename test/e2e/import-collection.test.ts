import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { registro, remove, tempDir } from '../helpers.js';

/** A "Raccolta e fonte" / "Fonte dei dati" / "Modalità di raccolta" column fills raccolta (and fonte), the cell kept verbatim. */
const work = tempDir('registro-import-collection-');
afterAll(() => remove(work));

function importCsv(heading: string, rows: string[]) {
  const file = join(work, `${heading.length}.csv`);
  writeFileSync(file, [`Attività di trattamento;Finalità;Categorie di interessati;${heading}`, ...rows].join('\r\n') + '\r\n');
  const out = join(work, `out-${heading.length}`);
  const run = registro(['import', file, '-o', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return (id: string) => parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8'));
}

describe.each(['Raccolta e fonte', 'Fonte dei dati', 'Modalità di raccolta'])('column "%s"', (heading) => {
  const read = importCsv(heading, [
    "Anagrafe;Tenuta dell'anagrafe della popolazione;Residenti;Presso l'interessato",
    'Tributi;Accertamento dei tributi locali;Contribuenti;Banche dati pubbliche (ANPR)',
    'Servizi sociali;Assistenza alle famiglie;Famiglie;Misto',
    'Mensa;Servizio di refezione scolastica;Alunni;vedi regolamento',
  ]);
  it('maps the common wordings', () => {
    expect(read('anagrafe').raccolta).toBe('presso-interessato');
    expect(read('anagrafe').fonte).toBeUndefined();
    expect(read('tributi').raccolta).toBe('presso-terzi');
    expect(read('tributi').fonte).toEqual({ descrizione: 'Banche dati pubbliche (ANPR)', pubblica: true });
    expect(read('servizi-sociali').raccolta).toBe('entrambi');
  });
  it('keeps the verbatim text, and an unknown wording only as text', () => {
    expect(read('tributi').importazione.originali[heading]).toBe('Banche dati pubbliche (ANPR)');
    expect(read('mensa').raccolta).toBeUndefined();
    expect(read('mensa').importazione.originali[heading]).toBe('vedi regolamento');
  });
});
