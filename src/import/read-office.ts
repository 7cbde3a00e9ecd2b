import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { UsageError } from '../util/errors.js';

/**
 * Converts a file with headless LibreOffice into a private temporary folder (own profile, so a
 * running LibreOffice is not disturbed), reads the result, and removes the folder whatever happens.
 */
export async function convertWithLibreOffice<T>(path: string, format: 'xlsx' | 'html', read: (converted: string) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'registro-import-'));
  try {
    try {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', format, '--outdir', dir, path], { stdio: 'ignore', timeout: 120_000 });
    } catch {
      throw new UsageError('usage.needLibreOffice', { path: basename(path) });
    }
    return await read(join(dir, `${basename(path, extname(path))}.${format}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
