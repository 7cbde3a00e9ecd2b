import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, registro, remove, tempDir } from '../helpers.js';
import { makeOfficeWorkbooks } from '../fixtures/import-offices2/make-workbooks.js';

const work = tempDir('registro-import-habits-');
afterAll(() => remove(work));
let files: Awaited<ReturnType<typeof makeOfficeWorkbooks>>;
beforeAll(async () => {
  files = await makeOfficeWorkbooks(work);
});

const read = (dir: string, id: string) => parse(readFileSync(join(dir, 'trattamenti', `${id}.yaml`), 'utf8'));
const report = (dir: string) => readFileSync(join(dir, 'importazione.md'), 'utf8');
const register = (dir: string) => parse(readFileSync(join(dir, 'registro.yaml'), 'utf8'));
/** The report's lines of one activity, up to the next one. */
const section = (dir: string, id: string) => report(dir).split(`## ${id} `)[1]!.split('\n## ')[0]!;
function imported(file: string, name: string, ...more: string[]): string {
  const out = join(work, name);
  const run = registro(['import', file, '-o', out, ...more]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return out;
}
function validated(dir: string): string[] {
  const run = registro(['validate', dir]);
  expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  return run.stdout.split('\n');
}

function hasLibreOffice(): boolean {
  if (spawnSync('soffice', ['--version']).status === 0) return true;
  if (process.env.CI) throw new Error('LibreOffice is not installed: .ci/run installs it');
  return false;
}

describe("an English record of a multinational's Italian branch (ICO-style columns)", () => {
  let out: string;
  beforeAll(() => {
    out = imported(files.english, 'acme');
  });

  it('reads the TOMs column as the measures, and validate does not say they are missing', () => {
    expect(read(out, 'payroll').misure_descrizione).toBe('Access control; encryption at rest');
    expect(report(out)).toContain('TOMs -> misure');
    expect(validated(out).filter((l) => l.includes('measures-missing'))).toEqual([]);
  });

  it('reads "SCCs" and "BCRs" beside the country as the mechanism of the transfer', () => {
    expect(read(out, 'payroll').trasferimenti).toEqual([{ paese: 'US', meccanismo: '46.2.c' }]);
    expect(read(out, 'helpdesk').trasferimenti).toEqual([{ paese: 'US', meccanismo: '47' }]);
    expect(validated(out).filter((l) => l.includes('transfer-mechanism'))).toEqual([]);
  });

  it('names in the report the column no field took, whose values are only in the originals', () => {
    expect(report(out)).toContain('- Colonna non associata a nessun campo: "DPIA required?" (colonna M); i valori restano solo in importazione.originali');
    expect(read(out, 'payroll').importazione.originali['DPIA required?']).toBe('No');
    const en = imported(files.english, 'acme-en', '--lang', 'en');
    expect(report(en)).toContain('- A column matching no field: "DPIA required?" (column M); the values are only in importazione.originali');
  });

  it('reads the DPO written after the controller on the same line, and "Last reviewed" as the update date', () => {
    expect(register(out).rpd).toEqual({ nome: 'Jane Smith', contatti: { email: 'dpo@acme.example' } });
    expect(register(out).registro.aggiornato).toBe('2025-03-15');
  });
});

describe("a comune's workbook: cover sheet, one sheet per area, activities numbered 1.1 and 1.2 under their group", () => {
  let out: string;
  beforeAll(() => {
    out = imported(files.comune, 'san-martino');
  });

  it('makes no empty activity of the group row, and names each sub-activity with its group', () => {
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual([
      'contributi-economici.yaml',
      'gestione-del-personale.yaml',
      'protocollo-informatico-registrazione-posta-in-arrivo.yaml',
      'protocollo-informatico-registrazione-posta-in-partenza.yaml',
    ]);
    const partenza = read(out, 'protocollo-informatico-registrazione-posta-in-partenza');
    expect(partenza.denominazione).toBe('Protocollo informatico - Registrazione posta in partenza');
    // "come sopra" is the row above's, the sub-activity 1.1, not the group row.
    expect(partenza.finalita).toEqual([{ descrizione: 'Registrazione e smistamento della corrispondenza in entrata', basi_giuridiche: [{ base: '6.1.c', norma: 'DPR 445/2000' }] }]);
    expect(partenza.importazione.originali['Attività di trattamento']).toBe('Registrazione posta in partenza');
    expect(report(out)).toContain('Riga 3 non importata (titolo del gruppo di attività numerate sotto di esso, scritto prima del nome di ciascuna): 1 | Protocollo informatico');
    expect(section(out, 'protocollo-informatico-registrazione-posta-in-arrivo')).toContain('- denominazione: dedotto (da verificare): preceduto dal titolo del gruppo 1 "Protocollo informatico" (riga 3)');
    // "2 | Gestione del personale" is an activity of its own, not in group 1.
    expect(read(out, 'gestione-del-personale').denominazione).toBe('Gestione del personale');
  });

  it('makes a recipient marked "(resp. esterno)" or "- responsabile ex art. 28" a party, not a category named after the mark', () => {
    expect(read(out, 'contributi-economici').destinatari).toEqual([
      { categoria: 'tesoreria-comunale' },
      { categoria: 'inps' },
      { soggetto: 'cooperativa-sociale-il-girasole' },
      { soggetto: 'maggioli-s-p-a' },
    ]);
    const parties = parse(readFileSync(join(out, 'soggetti.yaml'), 'utf8')).soggetti;
    expect(parties.map((p: { id: string; denominazione: string }) => [p.id, p.denominazione])).toEqual([
      ['cooperativa-sociale-il-girasole', 'Cooperativa sociale Il Girasole'],
      ['maggioli-s-p-a', 'Maggioli S.p.A.'],
    ]);
    expect(section(out, 'contributi-economici')).toContain('- destinatari: dedotto (da verificare): Cooperativa sociale Il Girasole (resp. esterno) -> responsabile (art. 28): soggetto cooperativa-sociale-il-girasole');
    expect(read(out, 'contributi-economici').importazione.originali.Destinatari).toContain('Maggioli S.p.A. - responsabile ex art. 28');
    expect(readFileSync(join(out, 'vocabolario.yaml'), 'utf8')).not.toMatch(/resp|art-28/);
  });

  it('reads the controller and the DPO from the cover sheet', () => {
    const reg = register(out);
    expect(reg.titolare.denominazione).toBe('Comune di San Martino al Piano');
    expect(reg.rpd).toEqual({ nome: 'Avv. Mario Bianchi', contatti: { email: 'rpd@comune.sanmartino.cn.it' } });
    expect(reg.registro.aggiornato).toBe('2024-04-12');
    expect(validated(out).filter((l) => l.includes('registro.yaml') && l.includes('rpd'))).toEqual([]);
  });

  it('says in the report the basis read with the norm it cites, and no norm as text left unread', () => {
    expect(section(out, 'protocollo-informatico-registrazione-posta-in-arrivo')).toContain('- basi_giuridiche: dedotto (da verificare): art. 6 c. 1 lett. c GDPR - DPR 445/2000 -> 6.1.c, norma: DPR 445/2000');
    const contributi = section(out, 'contributi-economici');
    expect(contributi).toContain('- basi_giuridiche: dedotto (da verificare): art. 6, comma 1, lettera e) del GDPR; L. 328/2000 -> 6.1.e, norma: L. 328/2000');
    expect(contributi).not.toContain('conservato come testo: L. 328/2000');
    expect(read(out, 'contributi-economici').finalita[0].basi_giuridiche).toEqual([{ base: '6.1.e', norma: 'L. 328/2000' }]);
  });
});

describe('a school register written as paragraphs, "Finalità: ..." under the title of each activity', () => {
  const check = (out: string) => {
    expect(readdirSync(join(out, 'trattamenti')).sort()).toEqual(['gestione-alunni.yaml', 'gestione-del-personale.yaml']);
    const alunni = read(out, 'gestione-alunni');
    expect(alunni).toMatchObject({
      denominazione: 'Gestione alunni',
      finalita: [{ descrizione: 'iscrizione, frequenza e valutazione degli alunni', basi_giuridiche: [{ base: '6.1.e', norma: 'D.P.R. 275/1999' }] }],
      interessati: ['alunni', 'genitori'],
      trasferimenti: [],
      conservazione: [{ durata: '5 anni', decorrenza: 'dalla conclusione del ciclo di studi' }],
      misure_descrizione: 'registro elettronico con credenziali personali; armadi chiusi',
    });
    // "Misure: vedi sopra." is the measures of the activity above, not a measure called "vedi sopra.".
    const personale = read(out, 'gestione-del-personale');
    expect(personale.misure_descrizione).toBe('registro elettronico con credenziali personali; armadi chiusi');
    expect(personale.finalita[0].basi_giuridiche).toEqual([{ base: '6.1.c' }]);
    expect(section(out, 'gestione-del-personale')).toContain('- misure: dedotto (da verificare): "vedi sopra": come la riga');
    expect(register(out).registro.aggiornato).toBe('2025-09-10');
    expect(register(out).titolare.denominazione).toBe('Istituto Comprensivo "G. Verdi" di Montelupo');
  };

  it.skipIf(!hasLibreOffice())('reads the Word document', () => {
    check(imported(join(ROOT, 'test/fixtures/import-offices2/istituto-paragrafi.docx'), 'istituto-docx'));
  });

  it('reads the same page in HTML, and in Markdown with the labels in bold', () => {
    check(imported(join(ROOT, 'test/fixtures/import-offices2/istituto-paragrafi.html'), 'istituto-html'));
    const html = readFileSync(join(ROOT, 'test/fixtures/import-offices2/istituto-paragrafi.html'), 'utf8');
    const markdown = html
      .split('\n')
      .map((line) => line.replace(/^<h1>(.*)<\/h1>$/, '# $1').replace(/^<h2>(.*)<\/h2>$/, '## $1').replace(/^<p>([^:<]+):(.*)<\/p>$/, '**$1**:$2').replace(/^<p>(.*)<\/p>$/, '$1'))
      .filter((line) => !line.startsWith('<'))
      .join('\n\n');
    const md = join(work, 'istituto.md');
    writeFileSync(md, markdown);
    check(imported(md, 'istituto-md'));
  });

  it('reads "Data ultimo aggiornamento: ..." and "RPD: ..." above the first title as the title block, not as a card', () => {
    const html = readFileSync(join(ROOT, 'test/fixtures/import-offices2/istituto-paragrafi.html'), 'utf8').replace(
      '<p>Registro delle attività di trattamento (art. 30 GDPR) - aggiornato al 10 settembre 2025</p>',
      '<p>Registro delle attività di trattamento (art. 30 GDPR)</p>\n<p>RPD: Dott. Paolo Neri, rpd@icverdi.edu.it</p>\n<p>Data ultimo aggiornamento: 10/09/2025</p>',
    );
    const file = join(work, 'istituto-blocco.html');
    writeFileSync(file, html);
    const out = imported(file, 'istituto-blocco');
    check(out);
    expect(register(out).rpd).toEqual({ nome: 'Dott. Paolo Neri', contatti: { email: 'rpd@icverdi.edu.it' } });
    expect(read(out, 'gestione-alunni').aggiornato).toBeUndefined();
  });

  it('leaves a single "Nota: ..." paragraph of a table register a note', () => {
    const md = join(work, 'nota.md');
    writeFileSync(md, '# Registro\n\nNota: conservazione secondo il piano di conservazione dell\'ente\n\n| Trattamento | Finalità | Base giuridica |\n| --- | --- | --- |\n| Protocollo | Registrazione della corrispondenza | obbligo di legge |\n');
    const out = imported(md, 'nota');
    expect(readdirSync(join(out, 'trattamenti'))).toEqual(['protocollo.yaml']);
    expect(read(out, 'protocollo').conservazione).toBeUndefined();
  });
});

describe('an ASL sheet with comments on its cells, a merged structure and a hidden column', () => {
  const check = (out: string) => {
    const vaccini = read(out, 'vaccinazioni-obbligatorie');
    expect(vaccini.importazione.originali['Base giuridica (commento)']).toBe('Verificare con ufficio legale la norma regionale');
    expect(read(out, 'screening-oncologici').importazione.originali['Finalità (commento)']).toBe('Inserire anche lo screening HPV');
    expect(section(out, 'vaccinazioni-obbligatorie')).toContain('- commento: conservato come testo: cella D4 (Base giuridica): Verificare con ufficio legale la norma regionale');
    // The comment on the title is no activity's: the report names it, with its cell.
    expect(report(out)).toContain('Commento a una cella fuori dalle righe dei trattamenti: A2 "Versione approvata dal Direttore Generale".');
    expect(report(out)).toContain('Colonna nascosta nel foglio, letta come le altre: G.');
    expect(read(out, 'medicina-legale').area).toBe('Dipartimento di Prevenzione');
    // validate reads the comments' keys in the originals as text, with no finding of shape.
    expect(validated(out).filter((l) => l.includes('schema'))).toEqual([]);
  };

  it('keeps every comment of the xlsx', () => {
    check(imported(files.commented, 'asl-xlsx'));
  });

  it.skipIf(!hasLibreOffice())('keeps every comment of the same sheet saved as .ods by LibreOffice Calc', () => {
    const profile = tempDir('registro-lo-profile-');
    try {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'ods', '--outdir', work, files.commented], { stdio: 'ignore' });
    } finally {
      remove(profile);
    }
    check(imported(join(work, 'asl-commenti.ods'), 'asl-ods'));
  });
});

describe("an IT supplier's register as processor, one row per client", () => {
  let out: string;
  beforeAll(() => {
    out = imported(files.supplier, 'infoservizi');
  });
  const entry = (id: string) => parse(readFileSync(join(out, 'attivita-responsabile', `${id}.yaml`), 'utf8'));

  it('gives "idem" and "come sopra" the measures of the row above, not the words', () => {
    expect(entry('istituto-comprensivo-di-botticino').misure_descrizione).toBe('ISO 27001; cifratura dei backup');
    expect(entry('comune-di-mazzano').misure_descrizione).toBe('ISO 27001; cifratura dei backup');
    expect(entry('comune-di-mazzano').importazione.originali['Misure tecniche e organizzative']).toBe('come sopra');
    expect(report(out)).toContain('- misure: dedotto (da verificare): "come sopra": come la riga 4');
  });

  it('reads the date of appointment kept by Excel as a serial number', () => {
    expect(entry('comune-di-rezzato').atto).toEqual({ riferimento: '2024-01-01', data: '2024-01-01' });
    expect(report(out)).toContain('- atto: dedotto (da verificare): 45292 -> 2024-01-01');
    expect(entry('istituto-comprensivo-di-botticino').atto).toEqual({ riferimento: '2024-02-15', data: '2024-02-15' });
    // An act written in words keeps its words, with its date.
    expect(entry('comune-di-mazzano').atto).toEqual({ riferimento: 'Nomina prot. 1234 del 01/03/2024', data: '2024-03-01' });
  });
});
