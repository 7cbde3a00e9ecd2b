import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { registro, remove, tempDir } from '../helpers.js';
import { makeOfficeRegisters } from '../fixtures/import/make-office-registers.js';

const work = tempDir('registro-import-offices-');
afterAll(() => remove(work));
let files: Awaited<ReturnType<typeof makeOfficeRegisters>>;
beforeAll(async () => {
  files = await makeOfficeRegisters(work);
});

const read = (dir: string, id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8'));
const report = (dir: string) => readFileSync(join(dir, 'importazione.md'), 'utf8');
function imported(file: string, name: string): string {
  const out = join(work, name);
  const run = registro(['import', file, '-o', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  // What the import writes, validate reads: findings, never a crash or a usage error.
  expect(registro(['validate', out]).status).toBe(1);
  return out;
}

describe("the Garante's simplified model: title block, headings merged across and down, notes below", () => {
  it('maps the columns merged down over both heading rows, and the sub-headings under a title', () => {
    const out = imported(files.garante, 'garante');
    const r = read(out, 'gestione-del-personale');
    expect(r.finalita).toEqual([{ descrizione: 'Gestione del personale', basi_giuridiche: [{ base: '6.1.b' }, { base: '6.1.c' }] }]);
    expect(r.interessati).toEqual(['dipendenti', 'collaboratori']);
    expect(r.dati).toEqual(['identificativi', 'contatto', 'bancari']);
    expect(r.dati_particolari).toEqual([{ categoria: 'salute' }]);
    expect(r.destinatari).toEqual([{ categoria: 'enti-previdenziali' }, { categoria: 'consulente-del-lavoro' }]);
    expect(r.trasferimenti).toEqual([]);
    expect(r.misure_descrizione).toContain('Backup giornaliero');
    expect(r.creato).toBe('2020-01-01');
    const second = read(out, 'gestione-clienti-e-fatturazione');
    expect(second.dati).toEqual(['identificativi', 'contatto', 'economici']);
    expect(second.destinatari).toEqual([{ categoria: 'commercialista' }, { categoria: 'banche' }]);
    expect(second.importazione.originali.Garanzie).toBe('Clausole contrattuali tipo');
    // The country under "Paese", the mechanism under "Garanzie": one transfer.
    expect(second.trasferimenti).toEqual([{ paese: 'US', meccanismo: '46.2.c' }]);
    expect(report(out)).toContain('Riga 10 non importata (una sola cella): Note: (1)');
    expect(parse(readFileSync(join(out, 'registro.yaml'), 'utf8')).titolare).toMatchObject({ denominazione: 'Ferramenta Rossi S.r.l.', ente_pubblico: false });
  });
});

describe('a school with one sheet per area', () => {
  it('imports every visible sheet, the sheet as the area, and names the sheets left out', () => {
    const out = imported(files.scuola, 'scuola');
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['assenze-per-malattia.yaml', 'certificati.yaml', 'iscrizioni.yaml', 'protocollo.yaml']);
    // A sheet's name in capitals reads as a name; a section title in it is the area of what follows, said once.
    expect(read(out, 'protocollo').area).toBe('Segreteria');
    expect(read(out, 'certificati').area).toBe('Ufficio alunni');
    const r = read(out, 'assenze-per-malattia');
    expect(r).toMatchObject({ area: 'Personale', interessati: ['dipendenti'], dati_particolari: [{ categoria: 'salute', condizione: '9.2.b' }], finalita: [{ basi_giuridiche: [{ base: '6.1.c' }] }] });
    expect(r.importazione).toMatchObject({ foglio: 'Personale', riga: 2 });
    expect(parse(readFileSync(join(out, 'registro.yaml'), 'utf8')).titolare).toMatchObject({ denominazione: 'Istituto Comprensivo "G. Mazzini"', ente_pubblico: true });
    expect(read(out, 'iscrizioni')).toMatchObject({ area: 'Didattica', importazione: { foglio: 'Didattica', riga: 3 } });
    const text = report(out);
    expect(text).toContain('## assenze-per-malattia (foglio Personale, riga 2)');
    const certificati = text.slice(text.indexOf('## certificati'), text.indexOf('\n## ', text.indexOf('## certificati') + 1));
    expect(certificati).toContain('- area: dedotto (da verificare): dal titolo di sezione "UFFICIO ALUNNI"');
    expect(certificati).not.toContain('dal nome del foglio');
    expect(text).toContain('Foglio "Legenda" non importato: nessuna intestazione di registro riconosciuta (per importarlo: --foglio "Legenda" --mappa FILE).');
    expect(text).toContain('Foglio "Vecchio registro" non importato: è nascosto (per importarlo: --foglio "Vecchio registro").');
  });

  it('--foglio still imports that one sheet', () => {
    const out = join(work, 'scuola-vecchio');
    expect(registro(['import', files.scuola, '--foglio', 'Vecchio registro', '-o', out]).status).toBe(0);
    expect(readdirSync(join(out, 'trattamenti'))).toEqual(['registro-elettronico.yaml']);
  });
});

describe("an ASL's register: legal bases in prose, art. 9 conditions, a totals row", () => {
  it('reads every basis and condition, and leaves the totals row out, reported', () => {
    const out = imported(files.asl, 'asl');
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['sorveglianza-sanitaria.yaml', 'vaccinazioni.yaml']);
    const v = read(out, 'vaccinazioni');
    expect(v.finalita[0].basi_giuridiche).toEqual([{ base: '6.1.e' }]);
    expect(v.dati_particolari).toEqual([{ categoria: 'salute', condizione: '9.2.h' }]);
    expect(v.aggiornato).toBe('2024-12-31');
    const s = read(out, 'sorveglianza-sanitaria');
    expect(s.finalita[0].basi_giuridiche).toEqual([{ base: '6.1.c' }, { base: '6.1.e' }]);
    // Two conditions for one category: left to the DPO, and said so.
    expect(s.dati_particolari).toEqual([{ categoria: 'salute' }]);
    expect(s.aggiornato).toBe('2023-03-01');
    const text = report(out);
    expect(text).toContain("condizioni dell'art. 9, par. 2: 9.2.b, 9.2.h (da assegnare a ciascuna categoria particolare)");
    expect(text).toContain('Riga 6 non importata (una riga di totali): Totale trattamenti | 2');
  });
});

describe('one activity per sheet, labels in column A', () => {
  it('reads each sheet as a vertical table', () => {
    const out = imported(files.schede, 'schede');
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['protocollo.yaml', 'tributi.yaml']);
    expect(read(out, 'tributi')).toMatchObject({ finalita: [{ descrizione: 'Riscossione IMU e TARI', basi_giuridiche: [{ base: '6.1.e' }] }], importazione: { foglio: 'Scheda Tributi' } });
    expect(read(out, 'tributi').area).toBeUndefined();
  });
});

describe('a section title row over each area', () => {
  it('imports the activities under each title, the title as their area', () => {
    const out = imported(files.sezioni, 'sezioni');
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['protocollo.yaml', 'rimborsi.yaml', 'tributi.yaml']);
    expect(read(out, 'protocollo').area).toBe('Area amministrativa');
    expect(read(out, 'rimborsi').area).toBe('Area tributi');
    const text = report(out);
    expect(text).toContain('Riga 5 non importata (titolo di sezione, usato come area dei trattamenti che seguono): AREA TRIBUTI');
    expect(text).toContain('Riga 9 non importata (una sola cella): Note: elenco aggiornato al 2024.');
    // Hidden lines are read like the others, and named.
    expect(read(out, 'rimborsi').conservazione).toBeDefined();
    expect(text).toContain('Riga nascosta nel foglio, importata come le altre: 7. Verifica che sia un trattamento ancora in corso.');
    expect(text).toContain('Colonna nascosta nel foglio, letta come le altre: G.');
  });
});

describe('placeholders for an answer not given', () => {
  it('makes no term of "-", "n.d.", "N/A", reads "Nessuno" as none, and reports them', () => {
    const out = imported(files.segnaposto, 'segnaposto');
    expect(existsSync(join(out, 'vocabolario.yaml'))).toBe(false);
    const p = read(out, 'protocollo');
    expect(p.destinatari).toBeUndefined();
    expect(p.dati_particolari).toBeUndefined();
    // "Sì, USA (clausole contrattuali tipo)" is a transfer, read as such and to be checked.
    expect(p.trasferimenti).toEqual([{ paese: 'US', meccanismo: '46.2.c' }]);
    const t = read(out, 'tributi');
    expect(t).toMatchObject({ destinatari: 'nessuno', trasferimenti: [] });
    expect(t.interessati).toBeUndefined();
    const text = report(out);
    expect(text).toContain('- destinatari: conservato come testo: N/A -> non indicato');
    expect(text).toContain('- interessati: conservato come testo: n.d. -> non indicato');
    expect(text).toContain('- paesi_terzi: dedotto (da verificare): Sì, USA (clausole contrattuali tipo) -> paese US; meccanismo 46.2.c');
  });
});
