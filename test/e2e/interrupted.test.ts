import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, EXAMPLE, remove, tempDir } from '../helpers.js';
// @ts-expect-error plain JS script shared with the benchmark
import { generateRegister } from '../../scripts/synthetic-register.mjs';

/**
 * Ctrl-C in the terminal, a CI job's timeout (SIGTERM), a closed SSH session (SIGHUP): registro
 * ends by that signal, as the shell expects, and leaves nothing behind. No half-written temporary
 * file beside the user's outputs, no browser or its profile, never an "internal error".
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

interface Interrupted {
  signal: NodeJS.Signals | null;
  status: number | null;
  stderr: string;
}

/** Runs registro with its own TMPDIR, and sends `signal` as soon as `ready` sees the work started. */
async function interrupt(args: string[], tmp: string, signal: NodeJS.Signals, ready: () => boolean): Promise<Interrupted> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, TMPDIR: tmp, REGISTRO_TODAY: '2026-12-03', NO_COLOR: '1', REGISTRO_DEBUG: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ended = new Promise<Interrupted>((resolve) => child.once('close', (status, s) => resolve({ status, signal: s, stderr })));
  const started = Date.now();
  while (!ready() && Date.now() - started < 60_000 && child.exitCode === null) await new Promise((done) => setTimeout(done, 2));
  expect(ready(), 'the command never started the work to interrupt').toBe(true);
  child.kill(signal);
  return ended;
}

const temporaries = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp')) : []);
/** This run's browser or LibreOffice, found by its profile folder under the run's own TMPDIR. */
const browsersUnder = (tmp: string) => spawnSync('pgrep', ['-f', tmp], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);

function workspace() {
  const root = tempDir('registro-interrupt-');
  dirs.push(root);
  const tmp = join(root, 'tmp');
  mkdirSync(tmp);
  return { root, tmp, out: join(root, 'out') };
}

const big = join(tempDir('registro-interrupt-big-'), 'grande');
dirs.push(join(big, '..'));
generateRegister(big, 3000, 3);

describe('an export interrupted while the workbook is written', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s: ends by the signal, the previous workbook intact, no temporary file left beside it', async (signal) => {
    const { tmp, out } = workspace();
    const target = join(out, 'registro.xlsx');
    expect(spawnSync(process.execPath, [BIN, 'export', EXAMPLE, '-o', target]).status).toBe(0);
    const before = readFileSync(target);
    const r = await interrupt(['export', big, '-o', target], tmp, signal, () => temporaries(out).length > 0);
    expect(r.signal).toBe(signal);
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(readdirSync(out)).toEqual(['registro.xlsx']);
  }, 90_000);
});

describe('notices interrupted while the browser prints them', () => {
  for (const [command, signal] of [['informativa', 'SIGTERM'], ['informativa', 'SIGINT'], ['sito', 'SIGHUP']] as const) {
    it(`${command}, ${signal}: ends by it, no browser, profile or half-written PDF left, no "internal error"`, async () => {
      const { tmp, out } = workspace();
      const args = command === 'sito' ? ['sito', EXAMPLE, '-o', out] : ['informativa', EXAMPLE, '--tutti', '-f', 'pdf', '-o', out];
      // While a PDF is being written, or at the latest while the browser runs.
      const r = await interrupt(args, tmp, signal, () => temporaries(out).length > 0 || browsersUnder(tmp).length > 0);
      expect(r.stderr).not.toMatch(/errore interno|internal error|\n\s+at /);
      expect(r.signal).toBe(signal);
      expect(browsersUnder(tmp)).toEqual([]);
      expect(readdirSync(tmp)).toEqual([]);
      expect(temporaries(out)).toEqual([]);
    }, 90_000);
  }
});

describe('an import interrupted while it reads what LibreOffice converted', () => {
  it('SIGINT: the converted copy of the register (the office\'s data) is removed from the temporary folder', async () => {
    const { root, tmp } = workspace();
    // A register large enough for its reading to take a while: exported, then saved as .ods by LibreOffice.
    expect(spawnSync(process.execPath, [BIN, 'export', big, '-o', join(root, 'registro.xlsx')]).status).toBe(0);
    spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${root}/profilo`, '--convert-to', 'ods', '--outdir', root, join(root, 'registro.xlsx')], { timeout: 120_000 });
    expect(existsSync(join(root, 'registro.ods'))).toBe(true);
    const converted = () => readdirSync(tmp).some((d) => existsSync(join(tmp, d, 'registro.xlsx')));
    const r = await interrupt(['import', join(root, 'registro.ods'), '-o', join(root, 'importato')], tmp, 'SIGINT', () => converted() && browsersUnder(tmp).length === 0);
    expect(r.signal).toBe('SIGINT');
    expect(readdirSync(tmp)).toEqual([]);
  }, 240_000);
});
