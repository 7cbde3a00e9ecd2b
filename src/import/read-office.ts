import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { UsageError } from '../util/errors.js';
import { writeSealedProfile } from './office-profile.js';
import { runSoffice, type OfficeFailure } from './run-office.js';
import { untilDone } from '../util/interrupt.js';

/** A conversion is a few seconds; a file that keeps LibreOffice busy longer is refused. */
const CONVERSION_TIMEOUT_MS = 120_000;

/** REGISTRO_OFFICE_TIMEOUT_MS shortens it, for the tests that check no LibreOffice is left running. */
function timeoutMs(): number {
  const set = Number(process.env.REGISTRO_OFFICE_TIMEOUT_MS);
  return Number.isInteger(set) && set > 0 ? set : CONVERSION_TIMEOUT_MS;
}

/**
 * Converts a file with headless LibreOffice into a private temporary folder (own profile, so a
 * running LibreOffice is not disturbed), reads the result, and removes the folder whatever happens.
 * Each way the conversion can fail has its own words: missing program, too slow, file refused.
 */
export async function convertWithLibreOffice<T>(path: string, format: 'xlsx' | 'html', read: (converted: string) => T | Promise<T>): Promise<T> {
  // The converted copy is the user's data: removed if registro is interrupted at any point, also
  // while it is read after LibreOffice has ended (registered before the folder exists).
  let dir: string | undefined;
  const release = untilDone(() => dir !== undefined && rmSync(dir, { recursive: true, force: true }));
  dir = mkdtempSync(join(tmpdir(), 'registro-import-'));
  const name = basename(path);
  try {
    writeSealedProfile(join(dir, 'profile'));
    mkdirSync(join(dir, 'tmp'));
    try {
      const args = ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', format, '--outdir', dir, path];
      await runSoffice(args, { timeoutMs: timeoutMs(), tmp: join(dir, 'tmp'), onInterrupt: () => rmSync(dir!, { recursive: true, force: true }) });
    } catch (error) {
      throw conversionError(error as OfficeFailure, name);
    }
    const converted = join(dir, `${basename(path, extname(path))}.${format}`);
    // LibreOffice exits 0 without writing anything when it cannot open the file.
    if (!existsSync(converted)) throw new UsageError('usage.officeRefused', { path: name });
    return await read(converted);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    release();
  }
}

function conversionError(error: OfficeFailure, name: string): Error {
  if (error.code === 'ENOENT' || error.code === 'EACCES') return new UsageError('usage.needLibreOffice', { path: name });
  if (error.code === 'ETIMEDOUT' || error.signal) return new UsageError('usage.officeTimeout', { path: name, seconds: timeoutMs() / 1000 });
  if (typeof error.status === 'number') return new UsageError('usage.officeRefused', { path: name });
  return error;
}
