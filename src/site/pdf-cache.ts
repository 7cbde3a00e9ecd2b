import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PdfCache } from '../informativa/render-notices.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { readStateFile } from '../util/manifest.js';

/** Beside the site's manifest: for each PDF, the HTML it was printed from and the file as written. */
export const PDF_CACHE_NAME = '.registro-pdf.json';

interface Entry {
  html: string;
  pdf: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * A PDF is printed again only when its notice changed: same HTML (content, template, draft
 * mark, tool version) and the file still as written mean the same PDF. Chromium's print is
 * the cost of a rebuild; an unchanged register costs none.
 */
export class SitePdfCache implements PdfCache {
  private readonly entries: Record<string, Entry>;
  private readonly kept: Record<string, Entry> = {};

  constructor(
    private readonly out: string,
    private readonly tool: string,
  ) {
    this.entries = readEntries(join(out, PDF_CACHE_NAME), tool);
  }

  fresh(pdfPath: string, html: string): boolean {
    const key = this.key(pdfPath);
    const entry = this.entries[key];
    if (!entry || entry.html !== sha256(html) || !existsSync(pdfPath) || sha256(readFileSync(pdfPath)) !== entry.pdf) return false;
    this.kept[key] = entry;
    return true;
  }

  record(pdfPath: string, html: string): void {
    this.kept[this.key(pdfPath)] = { html: sha256(html), pdf: sha256(readFileSync(pdfPath)) };
  }

  /** Writes what this build printed or kept: PDFs no longer written are forgotten. */
  save(): void {
    writeFileAtomic(join(this.out, PDF_CACHE_NAME), `${JSON.stringify({ strumento: this.tool, pdf: this.kept }, null, 2)}\n`);
  }

  private key(pdfPath: string): string {
    return relative(this.out, pdfPath).split('\\').join('/');
  }
}

function readEntries(path: string, tool: string): Record<string, Entry> {
  const text = readStateFile(path);
  if (text === undefined) return {};
  try {
    const parsed = JSON.parse(text) as { strumento?: unknown; pdf?: unknown };
    // Another version of registro may print differently: print again.
    if (parsed.strumento !== tool || !parsed.pdf || typeof parsed.pdf !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed.pdf as Record<string, Entry>).filter(([, e]) => typeof e?.html === 'string' && typeof e.pdf === 'string'));
  } catch {
    return {};
  }
}
