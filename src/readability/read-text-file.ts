import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { UsageError } from '../util/errors.js';
import { textOfHtml } from './text-of-html.js';
import { textOfMarkdown } from './text-of-markdown.js';

export type TextKind = 'markdown' | 'html' | 'pdf' | 'text';

/** A file's readable text; every way the file can fail is a usage error naming the file. */
export interface ReadText {
  kind: TextKind;
  text: string;
}

/** Bigger than any notice by far; checked before reading, so /dev/zero or a 2 GB file cost nothing. */
const MAX_BYTES = 20 * 1024 * 1024;
const PDFTOTEXT_TIMEOUT_MS = 60_000;

export function readTextFile(path: string): ReadText {
  const stat = statOf(path);
  if (!stat.isFile()) throw new UsageError('usage.notAFile', { path });
  if (stat.size > MAX_BYTES) throw new UsageError('usage.textTooLarge', { path, limit: `${MAX_BYTES / 1024 / 1024} MB` });
  const bytes = readBounded(path);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-' || extname(path).toLowerCase() === '.pdf') return { kind: 'pdf', text: textOfPdf(path) };
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError('usage.binaryText', { path });
  const source = decodeText(bytes);
  const kind = kindOf(path, source);
  // Plain text reads as Markdown with nothing marked up: blank lines end paragraphs.
  return { kind, text: kind === 'html' ? textOfHtml(source) : textOfMarkdown(source) };
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('usage.notFound', { path });
    throw new UsageError('file.unreadableAt', { path, reason: (error as Error).message });
  }
}

/** Reads at most MAX_BYTES + 1, whatever the size said (a FIFO or a growing file). */
function readBounded(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(MAX_BYTES + 1, Math.max(statSync(path).size, 0) + 1));
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_BYTES) throw new UsageError('usage.textTooLarge', { path, limit: `${MAX_BYTES / 1024 / 1024} MB` });
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 (with or without BOM); otherwise Windows-1252, as Italian offices save text. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function kindOf(path: string, source: string): TextKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '' || ext === '.txt') return /^\s*<(!doctype html|html)/i.test(source.slice(0, 200)) ? 'html' : 'text';
  return 'text';
}

/** The text of a PDF through pdftotext (poppler-utils); a clear message if it is not installed. */
function textOfPdf(path: string): string {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', '-q', path, '-'], { encoding: 'utf8', timeout: PDFTOTEXT_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new UsageError('usage.needPdftotext', { path });
  if (run.error || run.status !== 0) throw new UsageError('usage.badPdf', { path });
  // pdftotext ends each page with a form feed and keeps the layout's line breaks: paragraphs are blank-line separated.
  return textOfMarkdown(headingsApart(run.stdout.replace(/\f/g, '\n\n')));
}

/**
 * A heading in a PDF's text is a short line, without closing punctuation, followed at once by
 * a line that opens with a capital or a figure ("Chi tratta i tuoi dati" / "Il titolare ..."): it is not
 * the start of the sentence below it. Lines wrapped inside a paragraph run nearly the full
 * width, so a short limit tells the two apart.
 */
function headingsApart(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      const next = lines[i + 1] ?? '';
      const heading = line.trim().length > 0 && line.trim().length <= HEADING_MAX && !/[.!?:;,…]$/.test(line.trim()) && /^\s*[\p{Lu}\d]/u.test(next);
      return heading ? `${line}\n` : line;
    })
    .join('\n');
}

/** Longer than this, a line without a full stop is a wrapped line of a paragraph. */
const HEADING_MAX = 60;
