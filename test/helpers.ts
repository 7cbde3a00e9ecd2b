import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin/registro.js');
export const EXAMPLE = join(ROOT, 'registers/comune-di-vallechiara');
export const MINIMAL = join(ROOT, 'test/fixtures/minimal');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the built CLI as a user would. */
export function registro(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', REGISTRO_TODAY: '2026-12-03', GITHUB_STEP_SUMMARY: '', ...options.env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'registro-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Copies a register into a temporary folder and overwrites or adds the given files. */
export function registerWith(files: Record<string, string | Buffer> = {}, from = MINIMAL): string {
  const dir = join(tempDir(), 'registro');
  cpSync(from, dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** `file:line:col rule` of each stylish output line; only the given rules' when named. */
export function locations(stdout: string, ...rules: string[]): string[] {
  return stdout
    .split('\n')
    .filter((l) => /:\d+:\d+ {2}/.test(l))
    .map((l) => {
      const [where] = l.split('  ');
      const rule = l.trim().split(/\s+/).pop();
      return `${where} ${rule}`;
    })
    .filter((l) => rules.length === 0 || rules.includes(l.split(' ').pop()!));
}
