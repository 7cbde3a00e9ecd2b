import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, EXAMPLE, MINIMAL, registerWith, registro, remove, tempDir, locations, ROOT } from '../helpers.js';
// @ts-expect-error plain JS script shared with the benchmark
import { generateRegister } from '../../scripts/synthetic-register.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(remove));
const track = (dir: string) => (dirs.push(dir), dir);

describe('the example register', () => {
  // The tests' fixed today hides commits made after it. Seen on the day of the latest commit, as
  // a fresh clone sees it, no record of the example registers changed after its 'aggiornato'.
  it('keeps each record\'s update date up with its git history', () => {
    const head = spawnSync('git', ['log', '-1', '--format=%ad', '--date=short'], { cwd: ROOT, encoding: 'utf8' });
    expect(head.status).toBe(0);
    const today = head.stdout.trim();
    for (const register of ['registers/comune-di-vallechiara', 'registers/comune-con-difetti']) {
      const r = registro(['validate', register, '--format', 'json'], { env: { REGISTRO_TODAY: today } });
      const report = JSON.parse(r.stdout) as { diagnostics: Array<{ ruleId: string; file: string; line: number }> };
      const lagging = report.diagnostics.filter((d) => d.ruleId === 'changed-after-update').map((d) => `${d.file}:${d.line}`);
      const expected = register.endsWith('difetti') ? readFileSync(join(ROOT, register, 'attesi.txt'), 'utf8').split('\n').filter((l) => l.includes('changed-after-update')).length : 0;
      expect(lagging, register).toHaveLength(expected);
    }
  });

  it('validates clean', () => {
    const r = registro(['validate', 'registers/comune-di-vallechiara']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✔ nessun problema in 26 file di 1 registro/);
  });

  it('has at least 15 activities, 3 services and its processors', () => {
    expect(readdirSync(join(EXAMPLE, 'trattamenti')).length).toBeGreaterThanOrEqual(15);
    expect(readdirSync(join(EXAMPLE, 'servizi')).length).toBeGreaterThanOrEqual(3);
    expect(readFileSync(join(EXAMPLE, 'soggetti.yaml'), 'utf8')).toMatch(/ruolo: responsabile/);
  });
});

describe('exit codes', () => {
  it('0 clean, 1 findings, 2 usage', () => {
    expect(registro(['validate', MINIMAL]).status).toBe(0);
    const bad = track(registerWith({ 'servizi/mensa.yaml': 'denominazione: M\ntrattamenti: [nessuna]\n' }));
    expect(registro(['validate', bad]).status).toBe(1);
    const unknownFormat = registro(['validate', MINIMAL, '--format', 'xml']);
    expect(unknownFormat.status).toBe(2);
    expect(unknownFormat.stderr).toContain('formato "xml" sconosciuto; formati: stylish, json, sarif, github, junit, codequality');
    const missing = registro(['validate', 'non-esiste']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('registro: il percorso "non-esiste" non esiste\n');
    const option = registro(['validate', '--nope']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('opzione sconosciuta');
    expect(option.stderr).not.toMatch(/at .*\.js:\d+/); // never a stack trace
    expect(registro(['validate', MINIMAL, '--max-warnings', 'molti']).status).toBe(2);
  });

  it('a report is never written over a YAML file, such as one of the register', () => {
    const dir = track(registerWith());
    const before = readFileSync(join(dir, 'registro.yaml'), 'utf8');
    for (const [output, format] of [['registro.yaml', 'sarif'], ['trattamenti/nuovo.YML', 'stylish']] as const) {
      const r = registro(['validate', dir, '-f', format, '-o', join(dir, output)], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`registro: "${output}" è un file YAML: registro non scrive mai rapporti o esportazioni sui file del registro\n`);
    }
    expect(readFileSync(join(dir, 'registro.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'trattamenti/nuovo.YML'))).toBe(false);
    expect(registro(['validate', dir, '-o', join(dir, 'rapporto.txt')]).status).toBe(0);
  });

  it('a folder with no register is a usage error that says how to start', () => {
    const empty = track(tempDir());
    const r = registro(['validate', empty]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('manca registro.yaml (crealo con: registro init');
  });

  it('says when the legal checks could not read a file, so that mending its schema errors is not taken for the end', () => {
    // A comune relying on legitimate interest (a legal finding) in a record with an unknown key (a schema error).
    const record = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8').replace('base: 6.1.e', 'base: 6.1.f\n        interesse: Efficienza del servizio');
    const dir = track(registerWith({ 'trattamenti/mensa.yaml': `${record}colore: rosso\n` }));
    const first = registro(['validate', dir]);
    expect(first.stdout).toContain('chiave "colore" non prevista');
    expect(first.stdout).not.toContain('public-legit-interest');
    expect(first.stdout).toMatch(/\nle verifiche di legge non hanno letto un file con errori di formato o di schema: correggili e rilancia la validazione, che potrà segnalare altro\n$/);
    expect(JSON.parse(registro(['validate', dir, '-f', 'json']).stdout).summary.uncheckedFiles).toBe(1);
    expect(registro(['validate', dir, '--lang', 'en']).stdout).toContain('the legal checks did not read one file with format or schema errors');
    // Once the schema error is mended, the legal finding comes, and the note goes.
    writeFileSync(join(dir, 'trattamenti/mensa.yaml'), record);
    const second = registro(['validate', dir]);
    expect(second.stdout).toContain('public-legit-interest');
    expect(second.stdout).not.toContain('le verifiche di legge non hanno letto');
  });

  it('validating one record keeps in view a registro.yaml the checks could not read', () => {
    const dir = track(registerWith({ 'registro.yaml': `${readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')}colore: rosso\n` }));
    const r = registro(['validate', join(dir, 'trattamenti/mensa.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/registro\.yaml:\d+:1 {2}errore {2}chiave "colore" non prevista/);
    expect(r.stdout).toContain('le verifiche di legge non hanno letto un file con errori di formato o di schema');
    expect(r.stdout).not.toContain('nessun problema');
  });

  it('--max-warnings turns warnings into a failure', () => {
    const dir = track(registerWith({ 'appunti.yaml': 'a: 1\n' }));
    expect(registro(['validate', dir]).status).toBe(0);
    expect(registro(['validate', dir, '--max-warnings', '0']).status).toBe(1);
    expect(registro(['validate', dir, '--max-warnings', '1']).status).toBe(0);
  });

  it('--quiet shows the errors only, and says how many warnings it left out', () => {
    const dir = track(registerWith({ 'appunti.yaml': 'a: 1\n' }));
    const quiet = registro(['validate', dir, '-q']);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toMatch(/^✔ nessun errore in \d+ file di 1 registro\n1 avviso non mostrato \(--quiet\)\n$/);
    expect(registro(['validate', dir, '-q', '--lang', 'en']).stdout).toMatch(/^✔ no errors in \d+ files of 1 register\n1 warning not shown \(--quiet\)\n$/);
    expect(registro(['validate', MINIMAL, '-q']).stdout).toMatch(/^✔ nessun problema in \d+ file di 1 registro\n$/);
    const json = JSON.parse(registro(['validate', dir, '-q', '-f', 'json']).stdout);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, suppressed: 0, hiddenWarnings: 1 });
    const summaryFile = join(dir, '..', 'riepilogo.md');
    registro(['validate', dir, '-q', '-f', 'github'], { env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(readFileSync(summaryFile, 'utf8')).toMatch(/^## Validazione del registro dei trattamenti\n\n✔ nessun errore in \d+ file di 1 registro\n\n1 avviso non mostrato \(--quiet\)\n$/);
    const both = track(registerWith({ 'appunti.yaml': 'a: 1\n', 'servizi/mensa.yaml': 'denominazione: M\ntrattamenti: [nessuna]\n' }));
    const withErrors = registro(['validate', both, '-q']);
    expect(withErrors.status).toBe(1);
    expect(withErrors.stdout).toMatch(/\n✖ 1 errore in \d+ file di 1 registro\n\d+ avvisi non mostrati \(--quiet\)\n$/);
  });

  it('a record folder named on the command line is that folder of its register, whatever its records are called', () => {
    const dir = track(registerWith());
    cpSync(join(dir, 'trattamenti/mensa.yaml'), join(dir, 'trattamenti/registro.yaml'));
    const whole = registro(['validate', '.', '-f', 'json'], { cwd: dir });
    for (const [args, cwd] of [[['trattamenti'], dir], [[], join(dir, 'trattamenti')]] as const) {
      const r = registro(['validate', ...args, '-f', 'json'], { cwd });
      expect(r.status, r.stderr).toBe(whole.status);
      const report = JSON.parse(r.stdout);
      expect(report.registers).toEqual([{ root: cwd === dir ? '.' : '..', files: 2 }]);
      const inFolder = JSON.parse(whole.stdout).diagnostics.filter((d: { file: string }) => d.file.startsWith('trattamenti/'));
      expect(report.diagnostics.map((d: { ruleId: string; line: number }) => `${d.ruleId}:${d.line}`)).toEqual(inFolder.map((d: { ruleId: string; line: number }) => `${d.ruleId}:${d.line}`));
    }
  });

  it('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(registro(['--version']).stdout.trim()).toBe(pkg.version);
    const help = registro(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('valida uno o più registri');
  });
});

describe('a reader that stops early (| head)', () => {
  it('is no error: no stack trace, and the exit code still says what was found', () => {
    const dir = track(tempDir());
    generateRegister(dir, 300, 7, { findings: true });
    // A real shell pipe: head reads 10 bytes of the 190 KB report and closes it.
    const run = spawnSync('bash', ['-c', 'node "$0" validate "$1" -f json --max-warnings 0 | head -c 10 > /dev/null; exit "${PIPESTATUS[0]}"', BIN, dir], { encoding: 'utf8', env: { ...process.env, REGISTRO_TODAY: '2026-12-03' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });
});

describe('several registers in one call', () => {
  it('validates every register below a folder (a consultant with one per client)', () => {
    const clients = track(tempDir());
    cpSync(MINIMAL, join(clients, 'comune-a'), { recursive: true });
    cpSync(MINIMAL, join(clients, 'scuola-b'), { recursive: true });
    writeFileSync(join(clients, 'scuola-b/servizi/mensa.yaml'), 'denominazione: M\ntrattamenti: [mensa, pulmino]\n');
    const r = registro(['validate', '.'], { cwd: clients });
    expect(r.status).toBe(1);
    expect(locations(r.stdout, 'activity-declared')).toEqual(['scuola-b/servizi/mensa.yaml:2:22 activity-declared']);
    expect(r.stdout).toContain('in 8 file di 2 registri');
  });

  it('validates single files (as lint-staged passes them) in the context of their register', () => {
    const dir = track(registerWith({ 'servizi/mensa.yaml': 'denominazione: M\ntrattamenti: [pulmino]\n', 'trattamenti/x.yaml': 'denominazione: [\n' }));
    const r = registro(['validate', 'servizi/mensa.yaml'], { cwd: dir });
    expect(locations(r.stdout, 'activity-declared', 'schema')).toEqual(['servizi/mensa.yaml:2:15 activity-declared']);
  });
});

describe('layout', () => {
  it('reports files out of place, with what was probably meant', () => {
    const dir = track(
      registerWith({
        'soggeti.yaml': 'soggetti: []\n',
        'tratamenti/mensa.yaml': 'denominazione: M\n',
        'trattamenti/vecchi/a.yaml': 'denominazione: M\n',
        'trattamenti/Mensa Scolastica.yaml': 'denominazione: M\ncreato: 2020-01-01\naggiornato: 2020-01-01\n',
        'trattamenti/.bozza-mensa.yaml': 'denominazione: M\n',
        'trattamenti/._anagrafe.yaml': '\0\u0005\u0016\u0007',
        'trattamenti/.#anagrafe.yaml': 'utente@pc.1234:1700000000',
      }),
    );
    const r = registro(['validate', '.'], { cwd: dir });
    expect(r.stdout).toContain('soggeti.yaml:1:1  avviso  file "soggeti.yaml" fuori posto: forse intendevi "soggetti.yaml"?');
    expect(r.stdout).toContain('tratamenti/mensa.yaml:1:1  avviso  la cartella "tratamenti/" non fa parte del registro e i suoi file YAML non sono letti: forse intendevi "trattamenti/"?');
    expect(r.stdout).toContain('trattamenti/vecchi/a.yaml:1:1  avviso  le sottocartelle di trattamenti/ non sono lette');
    expect(r.stdout).toContain('rinominalo in "mensa-scolastica.yaml"');
    // A hidden draft is named; macOS's and Emacs's own hidden files beside a record are not records.
    expect(r.stdout).toContain('trattamenti/.bozza-mensa.yaml:1:1  avviso  il file nascosto ".bozza-mensa.yaml" in trattamenti/ non è letto: se è una scheda, togli il punto iniziale dal nome');
    expect(r.stdout).not.toContain('anagrafe');
  });

  it('a hidden copy beside the record it copies is not told to lose its dot, which would overwrite the record', () => {
    const mensa = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
    const dir = track(registerWith({ 'trattamenti/.mensa.yaml': mensa, 'servizi/.mensa.yml': 'denominazione: M\n' }));
    const r = registro(['validate', '.'], { cwd: dir });
    expect(r.stdout).toContain('trattamenti/.mensa.yaml:1:1  avviso  il file nascosto ".mensa.yaml" in trattamenti/ non è letto: la scheda letta è "mensa.yaml"; se la copia nascosta è quella giusta, riportane il contenuto in "mensa.yaml" (togliere il punto dal nome la sovrascriverebbe)');
    // servizi/mensa.yaml is there too, under the other extension.
    expect(r.stdout).toContain('servizi/.mensa.yml:1:1  avviso  il file nascosto ".mensa.yml" in servizi/ non è letto: la scheda letta è "mensa.yaml"');
    expect(r.stdout).not.toContain('togli il punto iniziale');
  });

  it('reads one controller file, and says so when it is written twice or a folder stands for a record', () => {
    const dir = track(registerWith({ 'registro.yml': 'titolare: {}\n' }));
    mkdirSync(join(dir, 'trattamenti/gite.yaml'));
    const r = registro(['validate', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(locations(r.stdout)).toEqual(['registro.yml:1:1 layout', 'trattamenti/gite.yaml:1:1 layout']);
    expect(r.stdout).toContain('registro.yml:1:1  errore  "registro.yml" ripete "registro.yaml", che è il file letto: porta in "registro.yaml" ciò che serve di "registro.yml" ed elimina "registro.yml"');
    expect(r.stdout).toContain('trattamenti/gite.yaml:1:1  avviso  "gite.yaml" è una cartella, non una scheda');
  });

  it('never follows a symbolic link out of the register', () => {
    const outside = track(tempDir());
    writeFileSync(join(outside, 'segreto.yaml'), 'denominazione: segreto\n');
    const dir = track(registerWith());
    symlinkSync(join(outside, 'segreto.yaml'), join(dir, 'trattamenti/link.yaml'));
    const r = registro(['validate', '.'], { cwd: dir });
    expect(r.stdout).toContain('trattamenti/link.yaml:1:1  errore  collegamento simbolico che punta fuori dal registro');
    expect(r.stdout).not.toContain('segreto');
  });
});

describe('registro init', () => {
  it('scaffolds a register whose only findings are the values to complete, wired for VS Code', () => {
    const dir = join(track(tempDir()), 'nuovo');
    const r = registro(['init', dir]);
    expect(r.status).toBe(0);
    const v = registro(['validate', dir, '--format', 'json']);
    expect(v.status).toBe(1);
    expect(new Set(JSON.parse(v.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId))).toEqual(new Set(['placeholder']));
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8'));
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(dir, schema))).toBe(true);
    // Each modeline points to a schema file that exists, relative to the file.
    for (const rel of ['registro.yaml', 'soggetti.yaml', 'trattamenti/gestione-istanze.yaml', 'servizi/sportello-istanze.yaml']) {
      const first = readFileSync(join(dir, rel), 'utf8').split('\n')[0]!;
      const target = /\$schema=(\S+)/.exec(first)![1]!;
      expect(existsSync(join(dir, rel, '..', target))).toBe(true);
    }
    expect(readFileSync(join(dir, 'registro.yaml'), 'utf8')).toContain('creato: 2026-12-03');
  });

  it('never overwrites an existing register without --force', () => {
    const dir = track(registerWith());
    const before = readFileSync(join(dir, 'registro.yaml'), 'utf8');
    const r = registro(['init', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('esiste già: non lo sovrascrivo (usa --force per sovrascrivere)');
    expect(readFileSync(join(dir, 'registro.yaml'), 'utf8')).toBe(before);
    expect(registro(['init', dir, '--force']).status).toBe(0);
  });
});

describe('registro schema', () => {
  it('writes every schema, and prints one', () => {
    const out = join(track(tempDir()), 'schemi');
    expect(registro(['schema', '-o', out]).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(readdirSync(join(ROOT, 'schemas')).sort());
    const one = JSON.parse(registro(['schema', 'trattamento']).stdout);
    expect(one.$id).toBe('trattamento.schema.json');
    expect(registro(['schema', 'nessuno']).status).toBe(2);
  });
});

describe('registro rules', () => {
  it('lists every check with severity and legal reference', () => {
    const rules = JSON.parse(registro(['rules', '--json']).stdout) as Array<{ id: string; docs: string }>;
    expect(rules.map((r) => r.id)).toContain('party-declared');
    for (const r of rules) expect(existsSync(join(ROOT, r.docs)), r.docs).toBe(true);
  });
});

describe('severity settings in registro.yaml', () => {
  it('turns a rule off or down, and reports an unknown rule name', () => {
    const registroYaml = readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8');
    const dir = track(
      registerWith({
        'registro.yaml': registroYaml + 'opzioni:\n  regole:\n    activity-declared: warning\n    layout: "off"\n    date: error\n',
        'servizi/mensa.yaml': 'denominazione: M\ntrattamenti: [pulmino]\n',
        'appunti.yaml': 'x: 1\n',
      }),
    );
    mkdirSync(join(dir, 'x'), { recursive: true });
    const r = registro(['validate', '.'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('servizi/mensa.yaml:2:15  avviso');
    expect(r.stdout).not.toContain('appunti.yaml');
    expect(r.stdout).toContain('registro.yaml:18:5  avviso  "date" non è una regola di registro: forse intendevi "dates"?');
  });
});

describe('the command line speaks the user\'s language, commander\'s words included', () => {
  it('help in Italian: titles, usage words, defaults', () => {
    const help = registro(['validate', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Uso: registro validate\|valida \[opzioni\] \[percorsi\.\.\.\]\n/);
    expect(help.stdout).toContain('\nArgomenti:\n');
    expect(help.stdout).toContain('\nOpzioni:\n');
    expect(help.stdout).toContain('(predefinito: "stylish")');
    expect(help.stdout).toContain('-h, --help              mostra questo aiuto');
    expect(registro(['--help']).stdout).toContain('\nComandi:\n');
    expect(help.stdout).not.toMatch(/Usage|Options|Arguments|default:|display help/);
  });

  it('help in English with --lang en, descriptions and placeholders included', () => {
    const help = registro(['informativa', '--help', '--lang', 'en']);
    expect(help.stdout).toMatch(/^Usage: registro informativa \[options\] \[folder\]\n/);
    expect(help.stdout).toContain('-o, --output <folder>   where to write the notices (default: "informative")');
    expect(help.stdout).toContain('-f, --format <list>');
    expect(help.stdout).not.toMatch(/predefinit|cartella|servizi\b(?!\/)|lingua| dei | il | la /);
    const main = registro(['--help'], { env: { REGISTRO_LANG: 'en' } });
    expect(main.stdout).toContain('Commands:');
    expect(main.stdout).toContain('show the help of a command');
  });

  it("commander's errors in Italian, in English with --lang en, with a suggestion", () => {
    const expectUsage = (args: string[], text: string) => {
      const r = registro(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`registro: ${text}`);
      expect(r.stderr).not.toMatch(/error:|Did you mean|at .*\.js:\d+/);
    };
    expectUsage(['validate', '--formt', 'json'], 'opzione sconosciuta --formt: forse intendevi --format?');
    expectUsage(['valdate'], 'comando sconosciuto "valdate": forse intendevi validate?');
    expectUsage(['import', 'registro.xlsx'], "manca l'opzione obbligatoria -o, --output <cartella>");
    expectUsage(['leggibilita'], "manca l'argomento obbligatorio <file>");
    expectUsage(['validate', '--format'], "manca il valore dell'opzione -f, --format <formato>");
    expectUsage(['init', 'a', 'b'], 'troppi argomenti per init: ne accetta al massimo 1, ne sono stati dati 2');
    expectUsage(['import', 'x.xlsx', '--lang', 'en'], 'the required option -o, --output <folder> is missing');
    expectUsage(['rules', 'a', '--lang', 'en'], 'too many arguments for rules: it takes none, 1 given');
    expectUsage(['validate', '--nope', '--lang', 'en'], 'unknown option --nope');
  });

  it('-f, --format names the format in every command; --formato still works, unlisted', () => {
    for (const command of ['validate', 'export', 'informativa', 'build']) {
      const help = registro([command, '--help']).stdout;
      expect(help, command).toMatch(/-f, --format </);
      expect(help, command).not.toContain('--formato');
    }
    const out = track(tempDir());
    const r = registro(['informativa', MINIMAL, '--tutti', '-o', join(out, 'a'), '-f', 'html']);
    expect(r.status).toBe(0);
    expect(readdirSync(join(out, 'a')).sort()).toEqual(['mensa-breve.html', 'mensa.html']);
    expect(registro(['informativa', MINIMAL, '--tutti', '-o', join(out, 'b'), '--formato', 'html']).status).toBe(0);
    expect(readdirSync(join(out, 'b')).sort()).toEqual(['mensa-breve.html', 'mensa.html']);
    expect(registro(['informativa', MINIMAL, '--tutti', '-o', join(out, 'c'), '--format', 'docx']).stderr).toContain('formato "docx" sconosciuto; formati: pdf, html');
  });
});
