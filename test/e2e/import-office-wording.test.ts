import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { locations, registro, remove, tempDir } from '../helpers.js';

/** Cells written as offices write them, where a literal reading put facts in the wrong field or lost them. */
const work = tempDir('registro-import-wording-');
afterAll(() => remove(work));

function imported(name: string, lines: string[]) {
  const file = join(work, `${name}.csv`);
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  const out = join(work, name);
  const run = registro(['import', file, '-o', out]);
  expect(run.status).toBe(0);
  return { out, record: (id: string) => parse(readFileSync(join(out, 'trattamenti', `${id}.yaml`), 'utf8')), vocabulary: () => parse(readFileSync(join(out, 'vocabolario.yaml'), 'utf8')) };
}

describe('import of office wording', () => {
  it('criminal-record data in the special-categories column are art. 10 data, not art. 9', () => {
    const { out, record, vocabulary } = imported('giudiziari', [
      'Denominazione del trattamento;Finalità del trattamento;Base giuridica;Categorie di interessati;Categorie di dati personali;Categorie particolari di dati',
      'Gare e contratti;Verifica dei requisiti dei fornitori;obbligo di legge (D.Lgs. 36/2023);Fornitori;Dati identificativi;"casellario giudiziale; condanne penali (certificato, art. 10 GDPR); provvedimenti dell\'autorità giudiziaria"',
      'Protocollo;Registrazione della corrispondenza;obbligo di legge (D.P.R. 445/2000);Cittadini;Dati identificativi;',
    ]);
    const gare = record('gare-e-contratti');
    expect(gare.dati_particolari).toBeUndefined();
    expect(gare.dati).toContain('giudiziari');
    // What no synonym names becomes a term of the register's own, of the art. 10 class.
    const own = (vocabulary().dati ?? []) as Array<{ id: string; classe: string }>;
    expect(own.map((t) => t.classe)).toEqual(own.map(() => 'giudiziario'));
    const found = locations(registro(['validate', out]).stdout, 'special-condition', 'special-norm');
    expect(found).toEqual([]);
  });

  it('legal bases with no purpose written stay, under a purpose still to write', () => {
    const { out, record } = imported('senza-finalita', [
      'Denominazione del trattamento;Finalità del trattamento;Base giuridica;Categorie di interessati',
      'Albo fornitori;;contratto, obbligo di legge (D.Lgs. 36/2023);Fornitori',
      'Protocollo;Registrazione della corrispondenza;obbligo di legge (D.P.R. 445/2000);Cittadini',
    ]);
    const albo = record('albo-fornitori');
    expect(albo.finalita).toEqual([
      {
        descrizione: 'DA COMPLETARE: finalità del trattamento',
        basi_giuridiche: [
          { base: '6.1.b', norma: 'D.Lgs. 36/2023' },
          { base: '6.1.c', norma: 'D.Lgs. 36/2023' },
        ],
      },
    ]);
    expect(registro(['validate', out]).stdout).toMatch(/albo-fornitori\.yaml:\d+:\d+ +errore +valore da completare: «DA COMPLETARE: finalità del trattamento»/);
  });
});
