import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, EXAMPLE, ROOT, registerWith, remove, tempDir } from '../helpers.js';

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
    env: { ...process.env, NO_COLOR: '1', REGISTRO_TODAY: '2026-11-23', GITHUB_STEP_SUMMARY: '', REGISTRO_DEBUG: '', ...env },
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
    expect(r.stdout).toMatch(/mensa-scolastica\.yaml:\d+:\d+ {2}errore {2}errore di sintassi YAML/);
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
