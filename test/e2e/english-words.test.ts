import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { EXAMPLE, MINIMAL, ROOT, registro, remove, tempDir } from '../helpers.js';
import { GitRepo } from '../git-repo.js';
import { codeWords, decodeEntities, htmlText, italianWords, registerTexts } from '../italian-words.js';
import { CSV_EVERY_SHEET, HAS_SOFFICE, convert, csvRows } from './soffice.js';
import { wrongEnglishCitations } from '../citation.js';

/**
 * With --lang en every output is English: what registro writes itself never carries an Italian
 * word. The registers' own texts (names, norms, untranslated sentences) and the names to type
 * (keys, closed values, commands, options) are taken out first; what is left is registro's.
 */
const DEFECTS = join(ROOT, 'registers/comune-con-difetti');
// The authority's own name, which an English notice gives as it is, beside its English description.
const PROPER_NAMES = ['Garante per la protezione dei dati personali'];
const OWN = [...registerTexts(EXAMPLE), ...registerTexts(DEFECTS), ...registerTexts(MINIMAL), ...PROPER_NAMES];
const CODE = codeWords();
// Italian words, and English citations out of the messages' style ("Arts." or "Art. 37 and 13").
const leaks = (output: string) => [...italianWords(output, OWN, CODE), ...wrongEnglishCitations(output)];
const en = (args: string[], cwd?: string) => registro([...args, '--lang', 'en'], { cwd });

describe('the check itself', () => {
  it('finds registro\'s Italian, not the register\'s own texts, quoted values or names to type', () => {
    // "documento" is also a key (trasferimenti[].documento), so a name to type: "convertito" is caught.
    expect(leaks('Read with LibreOffice (documento convertito in HTML).').map((w) => w.split(':')[0])).toEqual(['convertito']);
    expect(leaks('Retention (art. 30, par. 1, lett. f)) of «x»').map((w) => w.split(':')[0])).toEqual(['art', 'lett', '«', '»']);
    expect(leaks('Art. 30(1)(f): "la fine del servizio" in trattamenti/mensa.yaml, --servizio mensa, Refezione scolastica e diete speciali')).toEqual([]);
    expect(leaks('Transfer (Art. 45-49): Art. 37 and 13; Arts. 13 and 14').length).toBe(3);
    expect(leaks('Transfer (Arts 45-49): Arts 37 and 13; Art. 30(1)(d) and (e); Art. 5(2) and Art. 30')).toEqual([]);
  });
});

describe('validate in English, in every format', () => {
  it('the screen, GitHub annotations and JUnit', () => {
    const screen = en(['validate', '.'], DEFECTS);
    expect(screen.stdout).toContain('error');
    expect(leaks(screen.stdout + screen.stderr)).toEqual([]);
    expect(leaks(en(['validate', '.', '-f', 'github'], DEFECTS).stdout)).toEqual([]);
    // Each attribute and each element's text on its own: a message quotes with the same " as XML.
    const junit = en(['validate', '.', '-f', 'junit'], DEFECTS).stdout.split(/"|<[^>]*>/).map(decodeEntities);
    expect(junit.flatMap(leaks)).toEqual([]);
  });

  it('JSON, SARIF and GitLab code quality: every message and rule text they carry', () => {
    const run = (format: string) => JSON.parse(en(['validate', '.', '-f', format], DEFECTS).stdout);
    const json = run('json').diagnostics.map((d: { message: string }) => d.message);
    const sarif = run('sarif').runs[0];
    const sarifTexts = [
      ...sarif.results.map((r: { message: { text: string } }) => r.message.text),
      ...sarif.tool.driver.rules.flatMap((r: { shortDescription: { text: string }; fullDescription: { text: string }; properties: { reference: string } }) => [r.shortDescription.text, r.fullDescription.text, r.properties.reference]),
    ];
    const codequality = run('codequality').map((i: { description: string }) => i.description);
    expect(sarifTexts).toContain('Controller contacts (Art. 30(1)(a))');
    for (const [format, texts] of Object.entries({ json, sarif: sarifTexts, codequality })) expect(texts.flatMap(leaks), format).toEqual([]);
  });

  it('the rules and their legal references', () => {
    const rules = en(['rules']).stdout;
    expect(rules).toContain('Controller contacts (Art. 30(1)(a))');
    expect(leaks(rules)).toEqual([]);
  });
});

describe('help and usage errors in English', () => {
  it('the help of every command', () => {
    const commands = ['build', 'export', 'informativa', 'sito', 'validate', 'lsp', 'rules', 'leggibilita', 'import', 'init', 'schema', 'diff', 'storia'];
    const help = [registro(['--help'], { env: { REGISTRO_LANG: 'en' } }).stdout, ...commands.map((c) => registro([c, '--help'], { env: { REGISTRO_LANG: 'en' } }).stdout)];
    expect(help.flatMap(leaks)).toEqual([]);
  });

  it('the register that init writes: its comments and what it prints', () => {
    const dir = tempDir('registro-init-en-');
    try {
      const run = en(['init', join(dir, 'nuovo')]);
      expect(run.status).toBe(0);
      const files = readdirSync(join(dir, 'nuovo'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml'));
      const comments = files.flatMap((e) => readFileSync(join(e.parentPath, e.name), 'utf8').split('\n').filter((l) => l.startsWith('#') && !l.includes('yaml-language-server')));
      expect(comments).toContain('# One record per processing activity: the name of the file is its id.');
      expect([...comments, run.stdout].flatMap(leaks)).toEqual([]);
    } finally {
      remove(dir);
    }
  });

  it('a missing folder, an unknown format, an unknown command', () => {
    const errors = [en(['validate', 'nessuna-cartella']), en(['validate', '.', '-f', 'xml'], EXAMPLE), en(['frobnica'])].map((r) => r.stderr);
    expect(errors.every((e) => e.length > 0)).toBe(true);
    expect(errors.flatMap(leaks)).toEqual([]);
    // A --lang that is no language is answered in the language REGISTRO_LANG asks for.
    expect(registro(['validate', '--lang', 'xx'], { env: { REGISTRO_LANG: 'en' } }).stderr).toBe('registro: language "xx" is not available; languages: it, en\n');
  });
});

describe('the workbook and the notices in English, read as their readers read them', () => {
  let out: string;
  beforeAll(() => {
    out = tempDir('registro-english-');
  });
  afterAll(() => remove(out));

  it('every sheet of the workbook, read by LibreOffice', async () => {
    if (!HAS_SOFFICE) throw new Error('LibreOffice is not installed: .ci/run installs it');
    const run = en(['export', '.', '-o', join(out, 'register.xlsx')], EXAMPLE);
    expect(run.status).toBe(0);
    await convert(join(out, 'register.xlsx'), CSV_EVERY_SHEET, out);
    // The hidden data sheet is for registro import, not for people: its codes are the YAML's.
    const sheets = readdirSync(out).filter((f) => f.endsWith('.csv') && !f.includes('registro import'));
    expect(sheets.length).toBeGreaterThan(4);
    const sheet = (name: string) => csvRows(readFileSync(join(out, sheets.find((f) => f.includes(name))!), 'utf8'));
    const cells = sheets.flatMap((f) => csvRows(readFileSync(join(out, f), 'utf8')).flat());
    expect(cells.flatMap(leaks)).toEqual([]);
    // The register's own texts as vocabolario.yaml translates them, as in the English notices.
    expect(sheet('Services').find((row) => row[0] === 'accesso-atti')?.[1]).toBe('Access to documents and civic access');
    const meals = sheet('Controller register').find((row) => row[0] === 'mensa-scolastica')!;
    expect(meals).toContain('Enrolment in school meals, recording of meals taken and collection of fees\nPreparing special diets for allergies, intolerances or religious reasons');
    expect(leaks(run.stdout + run.stderr)).toEqual([]);
  }, 180_000);

  it('the notices, as PDF text and as HTML', () => {
    const dir = join(out, 'notices');
    const run = en(['informativa', '.', '--tutti', '-o', dir], EXAMPLE);
    expect(run.status).toBe(0);
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBe(8);
    const pdfText = pdfs.map((f) => spawnSync('pdftotext', [join(dir, f), '-'], { encoding: 'utf8' }).stdout);
    expect(pdfText.join('')).toContain('Article 6(1)(e) GDPR');
    const html = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => htmlText(readFileSync(join(dir, f), 'utf8')));
    expect([...pdfText, ...html, run.stdout, run.stderr].flatMap(leaks)).toEqual([]);
  });

  it('the English pages of the site', () => {
    const dir = join(out, 'site');
    const run = en(['sito', '.', '-o', dir], EXAMPLE);
    expect(run.status).toBe(0);
    const pages = readdirSync(join(dir, 'en')).filter((f) => f.endsWith('.html')).map((f) => htmlText(readFileSync(join(dir, 'en', f), 'utf8')));
    expect(pages.length).toBeGreaterThan(4);
    expect(pages.flatMap(leaks)).toEqual([]);
  });

  it('a register without translations', () => {
    const run = en(['informativa', '.', '--tutti', '-f', 'html', '-o', join(out, 'minimal')], MINIMAL);
    expect(run.status).toBe(0);
    const html = readdirSync(join(out, 'minimal')).map((f) => htmlText(readFileSync(join(out, 'minimal', f), 'utf8')));
    expect([...html, run.stdout, run.stderr].flatMap(leaks)).toEqual([]);
  });
});

describe('import in English: the report and the comments it writes', () => {
  const FIXTURES = join(ROOT, 'test/fixtures/import');
  // The cells of the sheet, which the report quotes as they are written.
  // The report names each column by the field it fed, as the YAML does (src/import/data/campi.json).
  const fields = (JSON.parse(readFileSync(join(ROOT, 'src/import/data/campi.json'), 'utf8')).campi as Array<{ campo: string }>).map((c) => c.campo);
  const IMPORT_CODE = new Set([...CODE, ...fields]);
  const cellsOf = (file: string) => readFileSync(join(FIXTURES, file), 'utf8').split(/\t|\r?\n|<[^>]*>/).map(decodeEntities).map((c) => c.trim()).filter(Boolean);

  it.each([
    ['registro-comune-vercelli.tsv', 'registro-comune-vercelli.tsv'],
    ['registro-word.docx', 'registro-word.html'],
  ])('%s', (file, cells) => {
    const dir = tempDir('registro-import-en-');
    try {
      const run = en(['import', join(FIXTURES, file), '-o', join(dir, 'out')]);
      expect(run.status).toBe(0);
      const report = readFileSync(join(dir, 'out/importazione.md'), 'utf8');
      const yaml = readdirSync(join(dir, 'out'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml'));
      const comments = yaml.flatMap((e) => readFileSync(join(e.parentPath, e.name), 'utf8').split('\n').filter((l) => /^\s*#/.test(l) && !l.includes('yaml-language-server')));
      // What the report says, without the values it quotes from the sheet (cut short there):
      // "- dati: mapped: dati identificativi -> identificativi", "- Row 9 not imported (a single cell): Note: …".
      const said = report.split('\n').map((line) => {
        const parts = line.split(': ');
        return parts.slice(0, IMPORT_CODE.has(parts[0]!.replace(/^- /, '')) ? 2 : 1).join(': ');
      });
      const own = [...OWN, ...cellsOf(cells)];
      expect([run.stdout, run.stderr, ...said, ...comments].flatMap((t) => italianWords(t, own, IMPORT_CODE))).toEqual([]);
    } finally {
      remove(dir);
    }
  });
});

describe('the history in English', () => {
  const repo = new GitRepo();
  const before = registerTexts(repo.reg);
  afterAll(() => repo.cleanup());

  it('diff and storia name every change in English', () => {
    repo.commit('registro', '2025-01-01T10:00:00+01:00');
    repo.edit('trattamenti/mensa-scolastica.yaml', (d) => {
      d.conservazione[0].durata = '7 anni';
      d.referente = 'Ufficio Scuola';
    });
    repo.commit('conservazione', '2025-03-01T10:00:00+01:00');
    const own = [...before, ...registerTexts(repo.reg)];
    const outputs = [en(['diff', 'HEAD~1..HEAD'], repo.reg), en(['diff', 'HEAD~1..HEAD', '-f', 'markdown'], repo.reg), en(['storia'], repo.reg)].map((r) => r.stdout + r.stderr);
    expect(outputs[0]).toContain('Processing activity mensa-scolastica "Refezione scolastica e diete speciali": changed');
    // storia names the activity by the register's own translation, as the English notices do.
    expect(outputs[2]).toContain('mensa-scolastica "School meals and special diets"');
    expect(outputs.flatMap((o) => italianWords(o, [...own, ...OWN], CODE))).toEqual([]);
  });
});
