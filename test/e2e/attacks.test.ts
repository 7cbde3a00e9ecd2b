import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { BIN, EXAMPLE, ROOT, registerWith, remove, tempDir } from '../helpers.js';
import { column, row, workbook, zip } from '../fixtures/attacks/xlsx.js';

/**
 * A replayable corpus of attacks and careless days: each case asserts the exact words, the exit
 * code, that nothing was written, and a time bound. Usage errors and internal errors both exit 2;
 * only an internal error says "errore interno", and no case here may produce one.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

interface Attack {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function attack(args: string[], env: Record<string, string> = {}, timeout = 30_000): Attack {
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', REGISTRO_TODAY: '2026-12-03', GITHUB_STEP_SUMMARY: '', REGISTRO_DEBUG: '', ...env },
    timeout,
    maxBuffer: 1 << 26,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

const FAIL_FS = join(ROOT, 'test/fixtures/attacks/fail-fs.mjs');
const withFailingFs = (spec: string) => ({ NODE_OPTIONS: `--import ${FAIL_FS}`, REGISTRO_TEST_FAIL: spec });

/** A usage error: exit 2, one clear line, no stack, no "internal error". */
function usageError(r: Attack, words: RegExp, ms = 10_000): void {
  expect(r.stderr).toMatch(words);
  expect(r.stderr).not.toMatch(/errore interno|internal error|\n\s+at /);
  expect(r.status).toBe(2);
  expect(r.ms).toBeLessThan(ms);
}

function copyOfExample(files: Record<string, string> = {}): string {
  const dir = registerWith(files, EXAMPLE);
  dirs.push(join(dir, '..'));
  return dir;
}

describe('internal errors are told apart from usage errors', () => {
  it('an unexpected exception says "errore interno", how to report it, and no stack', () => {
    const r = attack(['validate', EXAMPLE], withFailingFs('readdir:comune-di-vallechiara:TypeError'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^registro: errore interno: simulated defect\. È un difetto di registro/);
    expect(r.stderr).toContain('con --debug (o REGISTRO_DEBUG=1)');
    expect(r.stderr).toContain(`(registro validate ${EXAMPLE})`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--debug, anywhere on the line, and REGISTRO_DEBUG=1 print the stack', () => {
    for (const [args, env] of [
      [['validate', EXAMPLE, '--debug'], {}],
      [['--debug', 'validate', EXAMPLE], {}],
      [['validate', EXAMPLE], { REGISTRO_DEBUG: '1' }],
    ] as const) {
      const r = attack([...args], { ...withFailingFs('readdir:comune-di-vallechiara:TypeError'), ...env });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/errore interno: simulated defect/);
      expect(r.stderr).toMatch(/TypeError: simulated defect\n\s+at /);
    }
  });

  it('in English with --lang en', () => {
    const r = attack(['validate', EXAMPLE, '--lang', 'en'], withFailingFs('readdir:comune-di-vallechiara:TypeError'));
    expect(r.stderr).toMatch(/^registro: internal error: simulated defect\. This is a defect of registro/);
  });
});

describe('nothing the loader cannot read is skipped silently', () => {
  it('a broken symbolic link in trattamenti/ is a positioned error, exit 1', () => {
    const dir = copyOfExample();
    symlinkSync('non-esiste.yaml', join(dir, 'trattamenti/rotto.yaml'));
    const r = attack(['validate', dir]);
    expect(r.stdout).toMatch(/trattamenti\/rotto\.yaml:1:1 {2}errore {2}collegamento simbolico che non porta a nessun file \(ENOENT\): la scheda non viene letta/);
    expect(r.status).toBe(1);
  });

  it('a FIFO named like a record is refused, without blocking', () => {
    const dir = copyOfExample();
    spawnSync('mkfifo', [join(dir, 'trattamenti/tubo.yaml')]);
    const r = attack(['validate', dir], {}, 10_000);
    expect(r.stdout).toMatch(/trattamenti\/tubo\.yaml:1:1 {2}errore {2}non è un file normale \(FIFO, socket o dispositivo\)/);
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
  });

  it('an unreadable trattamenti/ is an error: validate exits 1, export writes nothing', () => {
    const dir = copyOfExample();
    const fail = withFailingFs('readdir:/trattamenti:EACCES');
    const v = attack(['validate', dir], fail);
    expect(v.stdout).toMatch(/trattamenti:1:1 {2}errore {2}impossibile leggere la cartella \(EACCES\): le sue schede non vengono lette/);
    expect(v.status).toBe(1);
    const out = join(dir, '..', 'registro.xlsx');
    const e = attack(['export', dir, '-o', out], fail);
    expect(e.stdout + e.stderr).not.toMatch(/0 trattamenti/);
    expect(e.status).not.toBe(0);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a batch of files, as lint-staged passes them', () => {
  it('a file outside any register is skipped with a warning; the others are validated', () => {
    const dir = copyOfExample({ 'trattamenti/mensa-scolastica.yaml': 'denominazione: [\n' });
    const stray = join(dir, '..', 'config.yaml');
    writeFileSync(stray, 'a: 1\n');
    const r = attack(['validate', stray, join(dir, 'trattamenti/mensa-scolastica.yaml')]);
    expect(r.stderr).toContain(`registro: avviso: "${stray}" non fa parte di un registro (nessun registro.yaml nelle cartelle sopra): saltato, gli altri file sono validati`);
    expect(r.stdout).toMatch(/mensa-scolastica\.yaml:1:16 {2}errore {2}la parentesi \[ aperta qui non è mai chiusa/);
    expect(r.status).toBe(1);
  });

  it('only files outside any register: a usage error', () => {
    const dir = tempDir();
    dirs.push(dir);
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
    usageError(attack(['validate', join(dir, 'a.yaml')]), /non si trova in un registro/);
  });

  it('/dev/zero as the file to validate: refused at once', () => {
    usageError(attack(['validate', '/dev/zero'], {}, 10_000), /il file "\/dev\/zero" non si trova in un registro/);
  });
});

describe('templates from outside the register are refused', () => {
  const outside = tempDir();
  dirs.push(outside);
  writeFileSync(join(outside, 'style.css'), 'body { color: red }');
  for (const [name, modelli, link] of [
    ['a path climbing out', '../../..', false],
    ['an absolute path', outside, false],
    ['a link inside the register, with a trailing slash', 'modelli/', true],
  ] as const) {
    it(name, () => {
      const dir = copyOfExample();
      if (link) symlinkSync(outside, join(dir, 'modelli'));
      writeFileSync(join(dir, 'registro.yaml'), `${readFileSync(join(dir, 'registro.yaml'), 'utf8')}opzioni:\n  informativa:\n    modelli: ${JSON.stringify(modelli)}\n`);
      const line = readFileSync(join(dir, 'registro.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('modelli:')) + 1;
      const v = attack(['validate', dir]);
      expect(v.stdout).toContain(`registro.yaml:${line}:14  errore  i modelli dell'informativa non si possono usare: la cartella dei modelli ${JSON.stringify(modelli)} (opzioni.informativa.modelli) è fuori dal registro`);
      expect(v.status).toBe(1);
      const out = join(dir, '..', 'out');
      usageError(attack(['informativa', dir, '--tutti', '-f', 'html', '--force', '-o', out]), /^registro: la cartella dei modelli .* è fuori dal registro: indica una cartella dentro il registro, oppure usa --template/m);
      expect(existsSync(out)).toBe(false);
    });
  }
});

describe('import: every bound is checked before the work', () => {
  const work = tempDir();
  dirs.push(work);
  const importing = (name: string, content: Buffer | string, extra: string[] = []) => {
    const file = join(work, name);
    writeFileSync(file, content);
    const out = join(work, `out-${name}`);
    const r = attack(['import', file, '-o', out, ...extra], {}, 60_000);
    expect(existsSync(out), 'nothing written').toBe(false);
    return r;
  };
  const heading = ['Denominazione', 'Finalità', 'Base giuridica', 'Categorie di interessati', 'Categorie di dati'];

  it('a 50,000-column CSV', () => {
    usageError(importing('larga.csv', `${heading.join(',')}${',x'.repeat(50_000)}\n`), /^registro: "larga\.csv" ha 50005 colonne, oltre il limite di 1000: un registro non ne ha tante/, 10_000);
  });

  it('a 200,000-row CSV', () => {
    usageError(importing('lunga.csv', `${heading.join(',')}\n${'a,b,c,d,e\n'.repeat(200_000)}`), /^registro: "lunga\.csv" ha 200001 righe, oltre il limite di 100000/, 10_000);
  });

  it('a workbook with cells A1 and XFD1048576 only', () => {
    const sheet = `${row(1, ['Denominazione'])}<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>`;
    usageError(importing('angoli.xlsx', workbook(sheet)), /^registro: "angoli\.xlsx" ha 1048576 righe, oltre il limite di 100000/, 10_000);
  });

  it('a zip bomb: 1 MB that would unpack to 300 MB', () => {
    const chunk = Buffer.alloc(10 * 1024 * 1024, 0x20);
    const deflated = { bytes: deflateRawSync(chunk, { level: 9 }), size: chunk.length, crc: crc32(chunk) };
    const bomb = zip(Array.from({ length: 30 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.alloc(0), deflated })));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    usageError(importing('bomba.xlsx', bomb), /^registro: "bomba\.xlsx" una volta decompresso supererebbe 256 MB: non è un registro/, 10_000);
  });

  it('one 1 MB shared string in 700 cells', () => {
    const cells = Array.from({ length: 700 }, (_, i) => `<c r="${column((i % 5) + 1)}${Math.floor(i / 5) + 2}" t="s"><v>0</v></c>`);
    const rows = Array.from({ length: 140 }, (_, r) => `<row r="${r + 2}">${cells.slice(r * 5, r * 5 + 5).join('')}</row>`).join('');
    const r = importing('condivisa.xlsx', workbook(row(1, heading) + rows, `<si><t>${'x'.repeat(1024 * 1024)}</t></si>`));
    usageError(r, /^registro: "condivisa\.xlsx", riga 2, colonna 1: la cella ha 1048576 caratteri, oltre il limite di Excel \(32767\); nessun file è stato scritto/, 15_000);
  });

  it('a truncated workbook, and a text file named .xlsx', () => {
    const whole = workbook(row(1, heading));
    usageError(importing('troncato.xlsx', whole.subarray(0, whole.length - 40)), /^registro: "troncato\.xlsx" non è una cartella di lavoro xlsx leggibile/);
    usageError(importing('testo.xlsx', 'Denominazione;Finalità\n'), /^registro: "testo\.xlsx" non è una cartella di lavoro xlsx leggibile/);
  });

  it('a legal basis with a long run of spaces, in bounded time', () => {
    const r = importing('spazi.csv', `${heading.join(',')}\nMensa,Servizio mensa,"art 6${' '.repeat(20_000)}x",genitori,identificativi\n`, ['--anteprima']);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stderr).not.toMatch(/errore interno|\n\s+at /);
  });

  it('/dev/zero and a FIFO as the file to import or as the mapping', () => {
    usageError(attack(['import', '/dev/zero', '-o', join(work, 'x')]), /^registro: "\/dev\/zero" non è un file normale \(è una cartella, una FIFO o un dispositivo\)/, 5_000);
    const fifo = join(work, 'tubo.csv');
    spawnSync('mkfifo', [fifo]);
    usageError(attack(['import', fifo, '-o', join(work, 'x')]), /non è un file normale/, 5_000);
    const csv = join(work, 'piccolo.csv');
    writeFileSync(csv, `${heading.join(',')}\nMensa,Servizio mensa,6.1.e,genitori,identificativi\n`);
    usageError(attack(['import', csv, '--mappa', '/dev/zero', '-o', join(work, 'x')]), /^registro: "\/dev\/zero" non è un file normale/, 5_000);
    expect(existsSync(join(work, 'x'))).toBe(false);
  });
});

describe('validate: bounded on hostile records, and its output stays machine-readable', () => {
  const validateWith = (files: Record<string, string>, extra: string[] = []) => {
    const dir = copyOfExample(files);
    return attack(['validate', dir, ...extra], {}, 60_000);
  };

  it('100,000 keys with a duplicate on the full parser path: the duplicate, in bounded time', () => {
    const lines = ['&a x: 1', ...Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}`), 'k5: 1'];
    const r = validateWith({ 'trattamenti/chiavi.yaml': `${lines.join('\n')}\n` });
    expect(r.stdout).toMatch(/trattamenti\/chiavi\.yaml:100002:1 {2}errore {2}la chiave "k5" è ripetuta nella stessa mappa/);
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(15_000);
  });

  it('a collection as a key is a positioned error, and nothing reaches stderr', () => {
    const r = validateWith({ 'trattamenti/chiavi.yaml': 'denominazione: Prova\n[a, b]: 1\n' });
    expect(r.stdout).toMatch(/trattamenti\/chiavi\.yaml:2:1 {2}errore {2}una lista o una mappa non può fare da chiave/);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });

  it('200,000 schema errors in one file: the first 50 and a count', () => {
    const r = validateWith({ 'trattamenti/lista.yaml': `denominazione: Prova\ninteressati:\n${'  - 1\n'.repeat(200_000)}` });
    expect(r.stdout).toMatch(/trattamenti\/lista\.yaml:1:1 {2}errore {2}il file ha \d{6} errori di forma: qui sopra i primi 50/);
    expect(r.stderr).not.toMatch(/errore interno|\n\s+at /);
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(20_000);
  });

  it('a sparse 1.5 GB record is refused by its size, without reading it', () => {
    const dir = copyOfExample();
    spawnSync('truncate', ['-s', '1500M', join(dir, 'trattamenti/enorme.yaml')]);
    const r = attack(['validate', dir], {}, 20_000);
    expect(r.stdout).toMatch(/trattamenti\/enorme\.yaml:1:1 {2}errore {2}il file è troppo grande \(1572864000 byte/);
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(5_000);
  });

  it("a template's {{log}} never reaches stdout: --format json stays JSON", () => {
    const dir = copyOfExample({ 'modelli/informativa.hbs': '<!doctype html><html lang="it"><head><title>x</title></head><body>{{log "::error file=x::forged"}}<p>{{servizio.denominazione}}</p></body></html>' });
    writeFileSync(join(dir, 'registro.yaml'), `${readFileSync(join(dir, 'registro.yaml'), 'utf8')}opzioni:\n  informativa:\n    modelli: modelli\n`);
    const r = attack(['validate', dir, '--format', 'json']);
    expect(r.stdout).not.toContain('forged');
    const report = JSON.parse(r.stdout) as { diagnostics: Array<{ ruleId: string; message: string }> };
    expect(report.diagnostics.find((d) => d.ruleId === 'notice-rights')?.message).toMatch(/^i modelli dell'informativa non si possono usare: il modello usa \{\{log\}\}, che scriverebbe sullo schermo in mezzo ai risultati: toglilo$/);
    expect(r.stderr).toBe('');
  });
});

describe('notice templates: bounded, whatever they hold', () => {
  it('partials calling each other twice: a clear error at once, nothing written', () => {
    const templates = tempDir();
    dirs.push(templates);
    mkdirSync(join(templates, 'partials'));
    writeFileSync(join(templates, 'partials/uno.hbs'), '{{> due}}{{> due}}');
    writeFileSync(join(templates, 'partials/due.hbs'), '{{> uno}}{{> uno}}');
    writeFileSync(join(templates, 'informativa.hbs'), '<!doctype html><html lang="it"><head><title>x</title></head><body>{{> uno}}</body></html>');
    const out = join(templates, 'out');
    const r = attack(['informativa', EXAMPLE, '--tutti', '-f', 'html', '--template', templates, '-o', out]);
    usageError(r, /^registro: i modelli parziali \(partials\/\) si richiamano senza fine: più di 16 livelli o 20000 chiamate per informativa/, 10_000);
    expect(existsSync(out)).toBe(false);
  });
});

describe('machine output: no script link, no forged file name', () => {
  it('a service named javascript:alert(1), with the layout rule off: refused, nothing written', () => {
    const dir = copyOfExample({ 'servizi/javascript:alert(1).yaml': readFileSync(join(EXAMPLE, 'servizi/mensa-scolastica.yaml'), 'utf8') });
    writeFileSync(join(dir, 'registro.yaml'), `${readFileSync(join(dir, 'registro.yaml'), 'utf8')}opzioni:\n  regole:\n    layout: off\n`);
    const out = join(dir, '..', 'out');
    usageError(attack(['informativa', dir, '--tutti', '-f', 'html', '-o', out]), /^registro: il servizio "javascript:alert\(1\)" ha un nome di file non valido/m);
    expect(existsSync(out)).toBe(false);
  });
});

describe('export: what one Excel cell cannot hold is written over rows, and said', () => {
  it('a value over 32,767 characters in a visible cell', async () => {
    const record = readFileSync(join(EXAMPLE, 'trattamenti/anagrafe.yaml'), 'utf8').replace(/^denominazione: .*$/m, `denominazione: ${'a'.repeat(40_000)}`);
    const dir = copyOfExample({ 'trattamenti/anagrafe.yaml': record });
    const out = join(dir, '..', 'registro.xlsx');
    const r = attack(['export', dir, '-o', out, '--force']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^registro: foglio "Registro del titolare", "anagrafe", colonna "Trattamento": 40000 caratteri, .* scritto intero su \d+ righe/m);
    // Every character is in the sheet, no cell over Excel's limit.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Registro del titolare')!;
    const cells: string[] = [];
    sheet.getColumn(2).eachCell((c) => void cells.push(String(c.value ?? '')));
    expect(Math.max(...cells.map((c) => c.length))).toBeLessThan(32_767);
    expect(cells.join('').replace(/[^a]/g, '').length).toBeGreaterThanOrEqual(40_000);
  });
});

describe('ordinary mistakes on the command line are usage errors, with the path', () => {
  const work = tempDir();
  dirs.push(work);
  mkdirSync(join(work, 'cartella'));
  it('-o naming a folder where a file goes', () => {
    usageError(attack(['export', EXAMPLE, '-o', join(work, 'cartella')]), new RegExp(`^registro: impossibile scrivere "${join(work, 'cartella')}": è una cartella, indica un file; nessun file è stato scritto\\n$`));
    usageError(attack(['validate', EXAMPLE, '--format', 'json', '-o', join(work, 'cartella')]), /è una cartella, indica un file/);
  });

  it('-o naming an existing file where a folder goes', () => {
    writeFileSync(join(work, 'file'), 'x');
    usageError(attack(['informativa', EXAMPLE, '--tutti', '-f', 'html', '-o', join(work, 'file')]), /impossibile scrivere ".*file\/[a-z-]+\.html": al suo posto, o in una cartella del percorso, c'è già un file/);
  });

  it('-o inside /proc, /sys or /dev: refused at once (Node 20 would loop forever creating it)', () => {
    usageError(attack(['export', EXAMPLE, '-f', 'csv', '-o', '/proc/registro-x/y.csv'], {}, 20_000), /^registro: impossibile scrivere "\/proc\/registro-x\/y\.csv": \/dev, \/proc e \/sys sono del sistema, non cartelle per i file; nessun file è stato scritto\n$/, 15_000);
    usageError(attack(['validate', EXAMPLE, '-o', '/dev/null']), /^registro: impossibile scrivere "\/dev\/null": \/dev, \/proc e \/sys sono del sistema/);
  });

  it('-o - and -o /dev/stdout write the report on the screen, as CI scripts ask', () => {
    for (const output of ['-', '/dev/stdout']) {
      const run = attack(['validate', EXAMPLE, '-f', 'json', '-o', output]);
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).diagnostics).toEqual([]);
    }
    expect(existsSync(join(ROOT, '-'))).toBe(false);
    // export: CSV and JSON to the screen for a pipe, the line about it on stderr; a workbook is a file.
    const json = attack(['export', EXAMPLE, '-f', 'json', '-o', '-']);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).titolare.denominazione).toBe('Comune di Vallechiara');
    expect(json.stderr).toContain("Registro esportato sull'output standard: 18 trattamenti.");
    const csv = attack(['export', EXAMPLE, '-f', 'csv', '-o', '-']);
    expect(csv.stdout.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^[^;]+;/);
    usageError(attack(['export', EXAMPLE, '-o', '-']), /^registro: un foglio xlsx non si scrive sullo schermo: indica il file con -o/);
    expect(existsSync(join(ROOT, '-'))).toBe(false);
  });

  it('-o - is no folder: the commands that write folders say so, and no folder named "-" appears', () => {
    const cases: Array<[string[], string]> = [
      [['informativa', EXAMPLE, '--tutti', '-o', '-'], 'informative'],
      [['build', EXAMPLE, '-o', '-'], 'out'],
      [['sito', EXAMPLE, '-o', '/dev/stdout'], 'sito'],
      [['schema', '-o', '-'], 'schemas'],
      [['import', join(EXAMPLE, 'registro.yaml'), '-o', '-'], 'registro'],
    ];
    for (const [args, example] of cases) {
      const output = args[args.length - 1]!;
      usageError(attack(args), new RegExp(`^registro: -o ${output} è lo schermo, ma qui si scrive una cartella di file: indica la cartella \\(ad esempio -o ${example}\\)`));
      expect(existsSync(join(ROOT, '-')), args.join(' ')).toBe(false);
    }
  });

  it('a name over 255 bytes, and a folder that cannot be created', () => {
    usageError(attack(['export', EXAMPLE, '-o', join(work, `${'a'.repeat(300)}.xlsx`)]), /impossibile scrivere ".*": il nome è troppo lungo; nessun file è stato scritto/);
    writeFileSync(join(work, 'un-file'), 'x');
    usageError(attack(['export', EXAMPLE, '-f', 'csv', '-o', join(work, 'un-file/sotto/x.csv')]), /^registro: impossibile scrivere ".*un-file\/sotto\/x\.csv": (una parte del percorso è un file|al suo posto, o in una cartella del percorso, c'è già un file)/);
    // A long name that fits is written: the temporary file beside it must not overflow the limit.
    const long = join(work, `${'b'.repeat(245)}.xlsx`);
    expect(attack(['export', EXAMPLE, '-o', long]).status).toBe(0);
    expect(existsSync(long)).toBe(true);
  });

  it('--insieme constructor and __proto__ are unknown names, not object properties', () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      usageError(attack(['export', EXAMPLE, '--insieme', name, '-o', join(work, 'x.xlsx')]), new RegExp(`^registro: insieme di colonne "${name}" sconosciuto; insiemi: completo, garante`));
    }
    expect(readdirSync(work).filter((f) => f.startsWith('x.'))).toEqual([]);
  });
});

describe('parser recovery points at the cause', () => {
  it('an unclosed [ at the end of the file is reported at the bracket, not past the end', () => {
    const dir = copyOfExample({ 'trattamenti/aperta.yaml': 'denominazione: Mensa\nfinalita: [a, b\n' });
    const r = attack(['validate', dir]);
    expect(r.stdout).toMatch(/trattamenti\/aperta\.yaml:2:11 {2}errore {2}la parentesi \[ aperta qui non è mai chiusa: manca \]/);
    expect(r.stdout).not.toMatch(/aperta\.yaml:3:1/);
  });
});
