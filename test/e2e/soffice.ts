import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Whether LibreOffice is installed. Tests that need it run anyway in CI, and fail there without it. */
export const HAS_SOFFICE = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;

/** LibreOffice's CSV filter with every sheet written, each to its own file (UTF-8, quoted text, as shown). */
export const CSV_EVERY_SHEET = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/**
 * Converts a file with LibreOffice, headless, with a private profile (parallel runs would share
 * and lock the default one). soffice starts soffice.bin as a child: on timeout the whole process
 * group is killed, so that no LibreOffice is left running.
 */
export function convert(file: string, format: string, outdir: string, timeoutMs = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('soffice', ['--headless', `-env:UserInstallation=file://${join(outdir, 'lo-profile')}`, '--convert-to', format, '--outdir', outdir, file], {
      stdio: 'ignore',
      detached: true,
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`soffice --convert-to ${format} did not finish in ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`LibreOffice (soffice) is needed for this test: ${error.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`soffice --convert-to ${format} exited with ${code}`));
    });
  });
}

/** The text of a PDF, laid out as printed (pdftotext -layout), one string per page. */
export function pdfPages(pdf: string): string[] {
  const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.split('\f').filter((p, i, all) => p.trim() !== '' || i < all.length - 1);
}

/** The rows of a CSV written by CSV_EVERY_SHEET: fields quoted with ", line breaks kept inside quotes. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n') (row.push(field), rows.push(row), (row = []), (field = ''));
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A word of a PDF as printed: its text and the height of its box, in points (about 1.3 times the font size). */
export interface PrintedWord {
  text: string;
  height: number;
}

/** The words of a PDF with their sizes (pdftotext -bbox), one list per page. */
export function pdfWords(pdf: string): PrintedWord[][] {
  const r = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ text: m[3]!, height: Number(m[2]) - Number(m[1]) })),
  );
}
