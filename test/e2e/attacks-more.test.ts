import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, MINIMAL, ROOT, registerWith, remove } from '../helpers.js';

/**
 * More of what a hostile or careless input does, each case asserting what the user sees: the
 * words, the exit code, and that nothing was written or changed.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', REGISTRO_TODAY: '2026-12-03', GITHUB_STEP_SUMMARY: '', REGISTRO_DEBUG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function register(files: Record<string, string> = {}): string {
  const dir = registerWith(files);
  dirs.push(join(dir, '..'));
  return dir;
}

const HOSTILE_NAME = 'Comune di Prova<style>body{display:none}</style><a href=https://phish.example>accedi</a>';
const withModels = (yaml: string) => yaml.replace('Comune di Prova', HOSTILE_NAME) + 'opzioni:\n  informativa:\n    modelli: modelli\n';

describe("a register's own template cannot print a value as markup", () => {
  const builtIn = readFileSync(join(ROOT, 'templates/informativa/it/informativa.hbs'), 'utf8');

  it('{{{titolare.denominazione}}}: a positioned error in validate, no notice written', () => {
    const dir = register({
      'registro.yaml': withModels(readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')),
      'modelli/informativa.hbs': builtIn.replace('{{titolare.denominazione}}', '{{{titolare.denominazione}}}'),
    });
    const line = builtIn.split('\n').findIndex((l) => l.includes('{{titolare.denominazione}}')) + 1;
    const v = run(['validate', dir]);
    expect(v.stdout).toContain(`registro.yaml:16:14  errore  i modelli dell'informativa non si possono usare: il modello "${join(dir, 'modelli/informativa.hbs')}" (riga ${line}, colonna 17) stampa un valore senza escape ({{{...}}} o {{&...}}): un valore del registro diventerebbe HTML dell'informativa pubblicata; scrivi {{...}}`);
    expect(v.status).toBe(1);
    const out = join(dir, '..', 'out');
    const r = run(['informativa', dir, '--tutti', '-f', 'html', '-o', out, '--bozza']);
    expect(r.status).not.toBe(0);
    expect(existsSync(out) ? readFileSync(join(out, 'mensa.html'), 'utf8') : '').not.toContain('<style>body{display:none}');
  });

  it('{{& email}} in a partial of --template: a usage error in either language, nothing written', () => {
    const dir = register({ 'registro.yaml': readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8').replace('Comune di Prova', HOSTILE_NAME) });
    const templates = join(dir, '..', 'modelli');
    mkdirSync(join(templates, 'partials'), { recursive: true });
    writeFileSync(join(templates, 'partials/contatti.hbs'), '<p>\n  {{~& email}}</p>\n');
    const out = join(dir, '..', 'out');
    const italian = run(['informativa', dir, '--tutti', '-f', 'html', '-o', out, '--template', templates]);
    expect(italian.stderr).toBe(`registro: il modello "${join(templates, 'partials/contatti.hbs')}" (riga 2, colonna 3) stampa un valore senza escape ({{{...}}} o {{&...}}): un valore del registro diventerebbe HTML dell'informativa pubblicata; scrivi {{...}}\n`);
    expect(italian.status).toBe(2);
    const en = run(['informativa', dir, '--tutti', '-f', 'html', '-o', out, '--template', templates, '--lang', 'en']);
    expect(en.stderr).toMatch(/^registro: the template ".*contatti\.hbs" \(line 2, column 3\) prints a value unescaped/);
    expect(existsSync(out)).toBe(false);
  });

  it('{{{css}}}, the folder\'s own style sheet, stays allowed', () => {
    const dir = register({
      'registro.yaml': readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8') + 'opzioni:\n  informativa:\n    modelli: modelli\n',
      'modelli/informativa.hbs': builtIn,
      'modelli/style.css': 'body { color: #111; }',
    });
    const out = join(dir, '..', 'out');
    expect(run(['informativa', dir, '--tutti', '-f', 'html', '-o', out]).status).toBe(0);
    expect(readFileSync(join(out, 'mensa.html'), 'utf8')).toContain('<style>body { color: #111; }</style>');
  });
});

describe('machine outputs keep a line break of a folder or file name out of the CI log', () => {
  it('junit: the names of the register and its files are escaped, so no line starts a workflow command', () => {
    const parent = join(register(), '..');
    const dir = join(parent, 'r\n::error file=a::FALSO');
    cpSync(MINIMAL, dir, { recursive: true });
    writeFileSync(join(dir, 'trattamenti/mensa.yaml'), readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8').replace('Refezione scolastica', 'TODO'));
    const r = run(['validate', 'r\n::error file=a::FALSO', '-f', 'junit'], parent);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    expect(r.stdout).toContain('<testsuite name="r\\n::error file=a::FALSO" tests="4" failures="1" errors="0">');
    expect(r.stdout).toContain('<testcase classname="r\\n::error file=a::FALSO/trattamenti/mensa.yaml" name="placeholder 1:16">');
  });
});

describe('the logo of the website is published as it is: nothing in it may act', () => {
  const withLogo = (logo: string, files: Record<string, string> = {}) =>
    register({ 'registro.yaml': readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8') + `opzioni:\n  sito:\n    logo: ${logo}\n`, ...files });
  const site = (dir: string, ...more: string[]) => run(['sito', dir, '-o', join(dir, '..', 'sito'), ...more], ROOT);
  const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${body}</svg>`;

  it.each([
    ['<script>', '<svg:script>alert(document.cookie)</svg:script>'],
    ['on...=', '<rect width="10" height="10" onclick="alert(1)"/>'],
    ['href', '<a xlink:href="https://phish.example/"><rect width="10" height="10"/></a>'],
    ['url(...)', '<rect width="10" height="10" style="fill: url(https://tracker.example/p.svg#g)"/>'],
    ['<animate> href', '<a><animate attributeName="href" values="javascript:alert(1)"/><rect width="10" height="10"/></a>'],
    ['<!DOCTYPE', ''],
  ])('an SVG holding %s: a warning in validate, and no site', (what, body) => {
    const text = what === '<!DOCTYPE' ? `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY e SYSTEM "file:///etc/passwd">]>${svg('<text>&e;</text>')}` : svg(body);
    const dir = withLogo('stemma.svg', { 'stemma.svg': text });
    const v = run(['validate', dir]);
    expect(v.stdout).toContain(`registro.yaml:16:11  avviso  il logo "stemma.svg" contiene ${what}: pubblicato sul sito dell'ente, aperto al suo indirizzo eseguirebbe script o caricherebbe risorse esterne; usa un SVG senza script, gestori di eventi né collegamenti esterni, oppure un PNG  site-theme`);
    const r = site(dir, '--lang', 'en');
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, '..', 'sito'))).toBe(false);
  });

  it('an SVG that references only itself is published', () => {
    const dir = withLogo('stemma.svg', { 'stemma.svg': svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use xlink:href="#g"/>') });
    const r = site(dir);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, '..', 'sito/assets/logo.svg'), 'utf8')).toContain('<use xlink:href="#g"/>');
  });

  it('a 3 GB logo is refused by its size, without reading it: a usage error, not an internal one', () => {
    const dir = withLogo('stemma.png');
    const fd = openSync(join(dir, 'stemma.png'), 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const r = site(dir);
    expect(r.stderr).toBe('registro: il file "stemma.png" è troppo grande: 3072 MB, oltre il limite di 50 MB; non è stato letto\n');
    expect(r.status).toBe(2);
  });
});

describe('file names Windows keeps for its devices', () => {
  it('import never names a record con.yaml or nul.yaml', () => {
    const parent = join(register(), '..');
    writeFileSync(join(parent, 'registro.csv'), 'Denominazione;Finalità;Base giuridica;Interessati\nCON;Gestione;6.1.e;cittadini\nNul;Altro;6.1.e;cittadini\nLPT1;Stampa;6.1.e;cittadini\n');
    const r = run(['import', 'registro.csv', '-o', 'importato'], parent);
    expect(r.status).toBe(0);
    expect(readdirSync(join(parent, 'importato/trattamenti')).sort()).toEqual(['con-1.yaml', 'lpt1-1.yaml', 'nul-1.yaml']);
  });

  it('validate warns of trattamenti/nul.yaml and servizi/con.yaml, with the name to use', () => {
    const record = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
    const dir = register({ 'trattamenti/nul.yaml': record, 'servizi/con.yaml': readFileSync(join(MINIMAL, 'servizi/mensa.yaml'), 'utf8') });
    const r = run(['validate', dir, '--lang', 'en']);
    expect(r.stdout).toContain('servizi/con.yaml:1:1  warning  the file name "con.yaml" is kept by Windows for a device (CON, PRN, AUX, NUL, COM1-9, LPT1-9): on Windows the file cannot be created or checked out with git; rename it to "con-1.yaml"  layout');
    expect(r.stdout).toContain('trattamenti/nul.yaml:1:1  warning  the file name "nul.yaml" is kept by Windows');
  });
});

describe('-o never names a register file as Windows reads the name', () => {
  it.each(['trattamenti/mensa.yaml.', 'trattamenti/mensa.yml . .', 'trattamenti/mensa.yaml::$DATA', 'registro.YAML:rapporto'])('%s is refused, and nothing is written', (name) => {
    const dir = register();
    const before = readdirSync(join(dir, 'trattamenti'));
    for (const args of [['validate', '.', '-f', 'json'], ['export', '.', '-f', 'csv']]) {
      const r = run([...args, '-o', name], dir);
      expect(r.stderr).toBe(`registro: "${name.replace(/\/$/, '')}" è un file YAML: registro non scrive mai rapporti o esportazioni sui file del registro\n`);
      expect(r.status).toBe(2);
    }
    expect(readdirSync(join(dir, 'trattamenti'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['registro.yaml', 'servizi', 'soggetti.yaml', 'trattamenti']);
  });
});

describe('a service that lists one record again and again', () => {
  it('300,000 times: one positioned warning, in bounded time, and the notice of a single listing', () => {
    const service = readFileSync(join(MINIMAL, 'servizi/mensa.yaml'), 'utf8');
    const dir = register({ 'servizi/mensa.yaml': service.replace('trattamenti: [mensa]', `trattamenti: [${Array(300_000).fill('mensa').join(', ')}]`) });
    const started = Date.now();
    const v = run(['validate', '.'], dir);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(v.stdout.split('\n').filter((l) => l.includes('  activity-declared'))).toEqual([
      `servizi/mensa.yaml:2:22  avviso  la scheda di trattamento "mensa" è nell'elenco 300000 volte (la prima alla riga 2): lasciane una, l'informativa la considera una volta sola  activity-declared`,
    ]);
    const once = register();
    for (const [d, out] of [[dir, 'ripetuto'], [once, 'una']] as const) expect(run(['informativa', d, '--tutti', '-f', 'html', '-o', join(dir, '..', out)]).status).toBe(0);
    const notice = (out: string) => readFileSync(join(dir, '..', out, 'mensa.html'), 'utf8');
    expect(notice('ripetuto')).toBe(notice('una'));
  });
});

describe('a term written twice in one list', () => {
  it('a warning at the repeat, once per term, with the count', () => {
    const record = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
    const dir = register({ 'trattamenti/mensa.yaml': record.replace('dati: [identificativi, contatto]', 'dati: [contatto, identificativi, contatto, contatto]') });
    const v = run(['validate', '.', '--lang', 'en'], dir);
    expect(v.stdout.split('\n').filter((l) => l.includes('  vocabulary-term'))).toEqual([
      'trattamenti/mensa.yaml:8:34  warning  the term "contatto" is in the dati list 3 times (first on line 8): keep it once, or the register and the notice repeat it  vocabulary-term',
    ]);
    expect(v.status).toBe(0);
  });
});

describe("a register's template calling a helper without its value", () => {
  it.each([
    ['{{#frase}}x{{/frase}}', 'frase takes one value: {{frase campo}}'],
    ['<p>{{frase}}</p>', 'frase takes one value: {{frase campo}}'],
    ['{{#if (eq titolare.tipo)}}x{{/if}}', 'eq takes two values: {{#if (eq a b)}}'],
  ])('%s: a usage error, never "[object Object]" in a published notice', (template, detail) => {
    const dir = register();
    const templates = join(dir, '..', 'modelli');
    mkdirSync(templates);
    writeFileSync(join(templates, 'breve.hbs'), template);
    const out = join(dir, '..', 'out');
    const r = run(['informativa', dir, '--tutti', '-f', 'html', '-o', out, '--template', templates]);
    expect(r.stderr).toBe(`registro: errore nel modello dell'informativa (breve): ${detail}\n`);
    expect(r.status).toBe(2);
    expect(existsSync(join(out, 'mensa-breve.html'))).toBe(false);
  });
});

describe("the site's address never publishes a password", () => {
  it('--base-url with user:password@ is refused; in registro.yaml it is a positioned error, an @ in the path is fine', () => {
    const dir = register({ 'registro.yaml': readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8') + 'opzioni:\n  informativa:\n    url: https://prova:segreta@www.comune.prova.it/privacy/\n  sito:\n    url: https://www.comune.prova.it/@privacy/\n' });
    const clean = register();
    const out = join(clean, '..', 'sito');
    const r = run(['sito', clean, '-o', out, '--base-url', 'https://prova:segreta@www.comune.prova.it/']);
    expect(r.stderr).toBe("registro: l'indirizzo del sito (--base-url o opzioni.sito.url) contiene un nome utente o una password: sarebbero pubblicati in ogni pagina e nella sitemap; toglili (utente:password@)\n");
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    const v = run(['validate', '.'], dir);
    expect(v.stdout.split('\n').filter((l) => l.includes('  schema'))).toEqual(['registro.yaml:16:10  errore  valore "https://prova:segreta@www.comune.prova.it/privacy/" non nel formato atteso  schema']);
  });
});
