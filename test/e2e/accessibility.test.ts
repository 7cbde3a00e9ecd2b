import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { EXAMPLE, MINIMAL, ROOT, registro, remove, tempDir } from '../helpers.js';
import { findBrowser } from '../../src/informativa/browser.js';

/**
 * Every built-in notice template, in both languages, full and short: axe-core (WCAG 2.1 AA)
 * finds nothing in real Chromium, and the page reflows at 320 CSS px. The PDFs carry XMP
 * metadata, name registro as their producer, and keep no painting outside tags or artifacts.
 * Without a browser these tests fail: accessibility is not optional in CI.
 */
const executable = findBrowser();
// At load, not in beforeAll: a failing hook would count these tests as skipped.
if (!executable) throw new Error('no browser: install chromium; the accessibility tests must run');
const work = tempDir('registro-a11y-');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const LONG = 'protocollo.generale.ufficio.relazioni.con.il.pubblico@pec.comune.vallechiara-sul-lago-di-bolsena.vt.it';

/** The example register, its controller given the longest contacts a comune has. */
function registerWithLongContacts(): string {
  const dir = join(work, 'vallechiara');
  cpSync(EXAMPLE, dir, { recursive: true });
  const path = join(dir, 'registro.yaml');
  const yaml = readFileSync(path, 'utf8').replace(/^(\s+pec:).*$/m, `$1 ${LONG}`).replace(/^(\s+sito:).*$/m, '$1 https://www.comune.vallechiara.vt.it/amministrazione-trasparente/altri-contenuti/privacy/informative-sul-trattamento');
  writeFileSync(path, yaml);
  return dir;
}

let browser: Browser;
const notices: Array<{ name: string; file: string }> = [];
let pdfs: string[] = [];

beforeAll(async () => {
  const register = registerWithLongContacts();
  for (const lang of ['it', 'en']) {
    const out = join(work, lang);
    const r = registro(['informativa', register, '--tutti', '-o', out, '-f', 'pdf,html', '--lang', lang]);
    expect(r.stderr).toMatch(/^registro: (il registro non ha errori né avvisi aperti|the register has no open errors or warnings)\n$/);
    for (const f of readdirSync(out).sort()) {
      if (f.endsWith('.html')) notices.push({ name: `${lang}/${f}`, file: join(out, f) });
      if (f.endsWith('.pdf')) pdfs.push(join(out, f));
    }
  }
  // The sections only some services have: a joint controller, a transfer outside the EEA, special
  // data, sources of art. 14, data on criminal records, the same consequences said once.
  for (const fixture of ['asl-cup', 'comune-suap']) {
    for (const lang of ['it', 'en']) {
      const out = join(work, `${lang}-${fixture}`);
      expect(registro(['informativa', join(ROOT, 'test/fixtures/dpo', fixture), '--tutti', '-o', out, '-f', 'html', '--lang', lang]).status).toBe(0);
      for (const f of readdirSync(out).sort()) notices.push({ name: `${lang}-${fixture}/${f}`, file: join(out, f) });
    }
  }
  // A draft (--bozza) carries its band and watermark: it must stay as accessible as the rest.
  const draft = join(work, 'bozza');
  cpSync(MINIMAL, draft, { recursive: true });
  const registroYaml = join(draft, 'registro.yaml');
  writeFileSync(registroYaml, readFileSync(registroYaml, 'utf8').replace(/pec: .*/, 'pec: DA COMPLETARE'));
  expect(registro(['informativa', draft, '--tutti', '-o', join(work, 'it-bozza'), '-f', 'html', '--bozza']).status).toBe(0);
  for (const f of readdirSync(join(work, 'it-bozza'))) notices.push({ name: `it-bozza/${f}`, file: join(work, 'it-bozza', f) });
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({ executablePath: executable, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  remove(work);
});

describe('HTML notices: WCAG 2.1 AA with axe-core, reflow at 320 px', () => {
  it('has every built-in template in both languages to check', () => {
    expect(notices.map((n) => n.name)).toEqual(expect.arrayContaining(['it/mensa-scolastica.html', 'it/mensa-scolastica-breve.html', 'en/mensa-scolastica.html', 'en/mensa-scolastica-breve.html']));
    expect(notices.map((n) => n.name)).toEqual(expect.arrayContaining(['it-bozza/mensa.html', 'it-bozza/mensa-breve.html']));
    expect(notices.map((n) => n.name)).toEqual(expect.arrayContaining(['it-asl-cup/cup-breve.html', 'en-asl-cup/cup-breve.html', 'it-comune-suap/suap-breve.html']));
    expect(notices.length).toBeGreaterThanOrEqual(18);
  });

  it('axe-core finds no violation and nothing scrolls sideways at 320 px', async () => {
    const failures: string[] = [];
    for (const { name, file } of notices) {
      const page = await browser.newPage();
      try {
        // The notice's own CSP forbids scripts: this page is the test's, not the printer's.
        await page.setBypassCSP(true);
        await page.setViewport({ width: 320, height: 640 });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        for (const v of violations) failures.push(`${name}: ${v}`);
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.scrollWidth;
          const clipped = [...document.querySelectorAll('dd, dt, a, li, p, h1, h2')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent?.slice(0, 40));
          return { width, clipped };
        });
        if (overflow.width > 320) failures.push(`${name}: scrolls horizontally (${overflow.width} px)`);
        for (const c of overflow.clipped) failures.push(`${name}: clipped "${c}"`);
      } finally {
        await page.close();
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('the check itself catches a violation and an overflow (a control page)', async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 320, height: 640 });
      await page.setContent('<!doctype html><html><head><title>x</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="white-space:nowrap">' + LONG + '</p></main></body></html>');
      await page.addScriptTag({ content: axeSource });
      const ids = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: Array<{ id: string }> }> } }).axe;
        return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id);
      });
      expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt']));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(320);
    } finally {
      await page.close();
    }
  });

  it('the long PEC address wraps inside the contacts list, and is there whole', async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 320, height: 640 });
      await page.goto(pathToFileURL(join(work, 'it/mensa-scolastica.html')).href, { waitUntil: 'load' });
      const pec = await page.$$eval('dl.contatti dd', (dds) => dds.map((d) => ({ text: d.textContent, right: d.getBoundingClientRect().right })));
      const long = pec.find((d) => d.text === LONG);
      expect(long).toBeDefined();
      expect(long!.right).toBeLessThanOrEqual(320);
    } finally {
      await page.close();
    }
  });
});

describe('PDF notices: metadata, producer, artifacts', () => {
  const info = (file: string, ...flags: string[]) => execFileSync('pdfinfo', [...flags, file], { encoding: 'utf8' });

  it('carries XMP metadata with title, language and the PDF/UA identifier; Creator and Producer are registro', () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(16);
    for (const pdf of pdfs) {
      const lang = pdf.includes(`${join(work, 'en')}/`) ? 'en' : 'it';
      const main = info(pdf);
      expect(main, pdf).toMatch(/Tagged:\s+yes/);
      expect(main, pdf).toMatch(/Metadata Stream:\s+yes/);
      expect(main, pdf).toMatch(new RegExp(`Creator:\\s+registro ${version.replace(/\./g, '\\.')}\\n`));
      expect(main, pdf).toMatch(new RegExp(`Producer:\\s+registro ${version.replace(/\./g, '\\.')}\\n`));
      const title = /Title:\s+(.+)\n/.exec(main)![1]!;
      const xmp = info(pdf, '-meta');
      expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>`);
      expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`);
      expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    }
  });

  it('keeps the structure tree, and its running footer (controller, page numbers) is an artifact', () => {
    const pdf = join(work, 'it/mensa-scolastica.pdf');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Comune di Vallechiara\s+1\s*\/\s*\d/);
    const struct = info(pdf, '-struct-text');
    expect(struct).toContain('H1 (block)');
    expect(struct).toContain('"Informativa sul trattamento dei dati personali"');
    for (const stream of pageContents(readFileSync(pdf))) expect(untaggedTextObjects(stream)).toBe(0);
  });
});

/** The decompressed content streams of a PDF written without object streams. */
function pageContents(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of text.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    if (/\/Type\s*\/(Metadata|XObject|FontDescriptor)|\/Subtype|\/Length1|\/Type\s*\/XRef/.test(m[1]!)) continue;
    const start = m.index! + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      const data = inflateSync(pdf.subarray(start, end));
      const s = data.toString('latin1');
      if (/\bBT\b/.test(s)) out.push(s);
    } catch {
      // not a flate stream: fonts, images
    }
  }
  return out;
}

/** Text objects (BT) outside any marked-content sequence: neither tagged nor artifact. */
function untaggedTextObjects(content: string): number {
  let depth = 0;
  let untagged = 0;
  // Strings hold no operators for this check: Chromium writes text as hex glyph ids.
  for (const token of content.replace(/\((?:\\.|[^\\)])*\)/g, '()').replace(/>>/g, '>> ').split(/\s+/)) {
    if (token === 'BDC' || token === 'BMC') depth++;
    else if (token === 'EMC') depth--;
    else if (token === 'BT' && depth === 0) untagged++;
  }
  return untagged;
}
