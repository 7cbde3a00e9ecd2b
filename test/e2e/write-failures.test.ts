import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, EXAMPLE, ROOT, remove, tempDir } from '../helpers.js';

/**
 * A disk that fills up halfway through a batch of notices: what the message says is left must be
 * what the DPO finds in the folder. "No file was written" over a folder of new files would let
 * them publish a set of notices half from this run, half from the last one.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

const FAIL_FS = join(ROOT, 'test/fixtures/attacks/fail-fs.mjs');

/** Runs registro with every write of a file whose name holds `part` failing with ENOSPC. */
function diskFullAt(part: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', REGISTRO_TODAY: '2026-12-03', REGISTRO_DEBUG: '', NODE_OPTIONS: `--import ${FAIL_FS}`, REGISTRO_TEST_FAIL: `write:${part}:ENOSPC` },
    timeout: 60_000,
  });
  return { status: r.status, stderr: r.stderr };
}

function output(): string {
  const dir = tempDir('registro-full-');
  dirs.push(dir);
  return join(dir, 'informative');
}

describe('the disk fills up in the middle of a batch of notices', () => {
  it.each([
    ['it', (n: number) => `il disco è pieno; questo file non è stato scritto, gli altri ${n} file scritti restano: il risultato è incompleto, rilancia il comando dopo aver risolto\n`],
    ['en', (n: number) => `the disk is full; this file was not written, the ${n} other files written remain: the output is incomplete, run the command again once solved\n`],
  ] as const)('%s: the message counts the files left in the folder, and no file is written after it', (lang, tail) => {
    const out = output();
    const r = diskFullAt('sostegno-economico', ['informativa', EXAMPLE, '--tutti', '-f', 'html,pdf', '-o', out, '--lang', lang]);
    expect(r.status).toBe(2);
    const left = readdirSync(out);
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((f) => f.startsWith('sostegno-economico') || f.endsWith('.tmp'))).toEqual([]);
    expect(r.stderr).toMatch(/^registro: (impossibile scrivere|cannot write) ".*\/sostegno-economico\.html": /);
    expect(r.stderr.slice(r.stderr.indexOf(': ') + 2).replace(/^[^"]*"[^"]*": /, '')).toBe(tail(left.length));
  });

  it('a single export that cannot be written: nothing was written, and the message says so', () => {
    const out = output();
    const r = diskFullAt('registro.xlsx', ['export', EXAMPLE, '-f', 'csv', '-o', join(out, 'registro.xlsx.csv')]);
    expect(r.stderr).toBe(`registro: impossibile scrivere "${join(out, 'registro.xlsx.csv')}": il disco è pieno; nessun file è stato scritto\n`);
    expect(r.status).toBe(2);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});

describe("registro's own notes in the output folder cannot be read", () => {
  const note = (command: string) => (command === 'build' ? '.registro-build.json' : command === 'sito' ? '.registro-sito.json' : '.registro-pdf.json');
  it.each([
    ['build', 'a folder', (path: string) => mkdirSync(path)],
    ['sito', 'a folder', (path: string) => mkdirSync(path)],
    ['sito-pdf', 'a FIFO', (path: string) => spawnSync('mkfifo', [path])],
  ] as const)('%s, the note being %s: a usage error naming it, at once, nothing written', (command, _what, make) => {
    const out = output();
    mkdirSync(out);
    make(join(out, note(command)));
    const started = Date.now();
    const r = spawnSync(process.execPath, [BIN, command === 'build' ? 'build' : 'sito', EXAMPLE, '-o', out], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', REGISTRO_TODAY: '2026-12-03', REGISTRO_DEBUG: '' }, timeout: 30_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('registro: ') && !l.includes('errori né avvisi'))).toEqual([
      `registro: "${join(out, note(command))}" è il file in cui registro tiene nota di ciò che ha scritto nella cartella di uscita, ma non si legge (è una cartella, una FIFO o un dispositivo): toglilo (registro lo riscrive) o scegli un'altra cartella con -o; nessun file è stato scritto`,
    ]);
    expect(r.status).toBe(2);
    expect(readdirSync(out)).toEqual([note(command)]);
  });
});

describe('an output folder that cannot be created', () => {
  // Checked by hand on a tmpfs mounted read-only: mkdir says EROFS, Node's recursive mkdir ENOENT.
  it.each([
    ['EROFS', 'il disco è di sola lettura'],
    ['EACCES', 'permesso negato'],
  ])('%s: the message gives that reason, not "the folder does not exist"', (code, reason) => {
    const out = output();
    const target = join(out, 'anno-2026', 'registro.csv');
    const r = spawnSync(process.execPath, [BIN, 'export', EXAMPLE, '-f', 'csv', '-o', target], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', REGISTRO_TODAY: '2026-12-03', REGISTRO_DEBUG: '', NODE_OPTIONS: `--import ${FAIL_FS}`, REGISTRO_TEST_FAIL: `mkdir:informative:${code}` },
    });
    expect(r.stderr).toBe(`registro: impossibile scrivere "${target}": ${reason}; nessun file è stato scritto\n`);
    expect(r.status).toBe(2);
  });
});
