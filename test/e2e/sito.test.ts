import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { EXAMPLE, registro, remove, tempDir } from '../helpers.js';
import { findBrowser } from '../../src/informativa/browser.js';

/**
 * `registro sito` on the example register, opened page by page in real Chromium: axe-core
 * (WCAG 2.1 AA) finds nothing, nothing scrolls sideways at 320 px, every link lands on a file
 * of the site, no request leaves the site's folder, the keyboard reaches every link with a
 * visible focus, and the footer carries the privacy link the national checker reads.
 * Without a browser these tests fail: they must run in CI.
 */
const executable = findBrowser();
// At load, not in beforeAll: a failing hook would count these tests as skipped.
if (!executable) throw new Error('no browser: install chromium; the site tests must run');
const work = tempDir('registro-sito-');
const out = join(work, 'sito');
const BASE = 'https://www.comune.vallechiara.vt.it/privacy/';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let pages: string[] = [];
let run: ReturnType<typeof registro>;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

const text = (rel: string) => readFileSync(join(out, rel), 'utf8');

async function open(rel: string, width = 1280): Promise<Page> {
  const page = await browser.newPage();
  // The pages' own CSP forbids scripts: axe and the checks are the test's.
  await page.setBypassCSP(true);
  await page.setViewport({ width, height: 800 });
  await page.goto(pathToFileURL(join(out, rel)).href, { waitUntil: 'load' });
  return page;
}

beforeAll(async () => {
  const register = join(work, 'vallechiara');
  cpSync(EXAMPLE, register, { recursive: true });
  appendFileSync(join(register, 'registro.yaml'), 'opzioni:\n  sito:\n    registro_pubblico: true\n    colore: "#00508c"\n');
  run = registro(['sito', register, '-o', out, '--base-url', BASE]);
  pages = htmlFiles(out);
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({ executablePath: executable, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  remove(work);
});

describe('registro sito: what is written', () => {
  it('exits 0 from the clean example, with the home, both layers, the PDFs and the public register in both languages', () => {
    expect(run.stderr).toBe('registro: il registro non ha errori né avvisi aperti\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^sito: 21 pagine, si apre da /m);
    for (const lang of ['it', 'en']) {
      for (const page of ['index', 'registro', 'mensa-scolastica-breve', 'mensa-scolastica', 'accesso-atti-breve', 'accesso-atti']) expect(pages).toContain(`${lang}/${page}.html`);
      expect(existsSync(join(out, lang, 'mensa-scolastica-breve.pdf'))).toBe(true);
      expect(existsSync(join(out, lang, 'mensa-scolastica.pdf'))).toBe(true);
    }
    expect(pages).toContain('index.html');
    expect(pages).toHaveLength(21);
  });

  it('bundles Bootstrap Italia and its font, and no page has a script or asks for another host', () => {
    expect(statSync(join(out, 'assets/bootstrap-italia.min.css')).size).toBeGreaterThan(100_000);
    expect(existsSync(join(out, 'assets/fonts/titillium-web-v10-latin-ext_latin-regular.woff2'))).toBe(true);
    expect(text('assets/tema.css')).toContain('.it-header-center-wrapper{background:#00508c;}');
    for (const rel of pages) {
      const html = text(rel);
      expect(html, rel).not.toMatch(/<script/i);
      expect(html, rel).toContain("script-src 'none'");
      expect(html, rel).toContain('class="it-header-wrapper"');
    }
  });

  it('the sitemap lists every page but the language chooser, absolute, with its language versions', () => {
    const sitemap = text('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.sort()).toEqual(pages.filter((p) => p !== 'index.html').map((p) => BASE + p).sort());
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${BASE}en/mensa-scolastica-breve.html"/>`);
  });

  it('the snippet for the comune website links the privacy home with the checker attribute', () => {
    expect(text('collegamento-privacy.txt')).toContain(`<a href="${BASE}it/index.html" data-element="privacy-policy-link">Informativa privacy</a>`);
    expect(text('collegamento-privacy.txt')).toContain(`<a href="${BASE}en/index.html" data-element="privacy-policy-link">Privacy policy</a>`);
  });

  it('the short notice comes first, dated, and links the full notice and both PDFs; the PDF says what the page says', async () => {
    const page = await open('it/mensa-scolastica-breve.html');
    try {
      const main = await page.$eval('main', (m) => (m as HTMLElement).innerText);
      expect(main).toContain('La privacy in breve');
      expect(main).toMatch(/Aggiornata al 30 settembre 2026, versione [0-9a-f]{8}\./);
      const links = await page.$$eval('main a', (as) => as.map((a) => ({ text: a.textContent?.trim(), href: a.getAttribute('href') })));
      expect(links).toEqual(expect.arrayContaining([
        { text: "Leggi l'informativa completa", href: 'mensa-scolastica.html' },
        { text: "Scarica l'informativa in breve (PDF)", href: 'mensa-scolastica-breve.pdf' },
        { text: "Scarica l'informativa completa (PDF)", href: 'mensa-scolastica.pdf' },
        // The short notice's own link to the full one: absolute, so it works printed or e-mailed too.
        { text: `${BASE}it/mensa-scolastica.html`, href: `${BASE}it/mensa-scolastica.html` },
      ]));
    } finally {
      await page.close();
    }
    const pdf = execFileSync('pdftotext', [join(out, 'it/mensa-scolastica-breve.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toContain('La privacy in breve');
    // pdftotext joins a URL broken at its hyphen: the address is there, whole, in the PDF's text.
    expect(pdf).toMatch(/https:\/\/www\.comune\.vallechiara\.vt\.it\/privacy\/it\/mensa-?scolastica\.html/);
    const full = execFileSync('pdftotext', [join(out, 'it/mensa-scolastica.pdf'), '-'], { encoding: 'utf8' });
    expect(full).toContain('Informativa sul trattamento dei dati personali');
    expect(text('it/mensa-scolastica.html')).toContain('Informativa aggiornata al 30 settembre 2026');
  });

  it('the public register shows purposes, bases, data, recipients and retention, and none of the internal fields', () => {
    const html = text('it/registro.html');
    expect(html).toContain('Finalità e basi giuridiche');
    expect(html).toContain('art. 6, par. 1, lett. e), del Regolamento (UE) 2016/679');
    expect(html).toContain('Conservazione');
    const internal = readdirSync(join(EXAMPLE, 'trattamenti')).flatMap((f) => {
      const yaml = readFileSync(join(EXAMPLE, 'trattamenti', f), 'utf8');
      return [...yaml.matchAll(/^(?:area|referente): (.+)$/gm)].map((m) => m[1]!.trim());
    });
    expect(internal.length).toBeGreaterThan(5);
    for (const value of internal) expect(html).not.toContain(value);
    // Applications and the DPIA's reference (anagrafe.yaml, servizi-sociali): internal, never published.
    for (const value of ['Gestionale demografici', 'Cartella sociale informatizzata', 'DPIA n. 2/2023']) expect(html).not.toContain(value);
    expect(text('en/registro.html')).toContain('Purposes and legal bases');
    // Dated by its latest entry (2 December), not by registro.yaml's older date (12 October).
    expect(html).toContain('aggiornato al 2 dicembre 2026');
    expect(html).not.toContain('12 ottobre 2026');
  });
});

describe('registro sito in Chromium', () => {
  it('axe-core finds no WCAG 2.1 AA violation and nothing scrolls sideways at 320 px, on every page', async () => {
    const failures: string[] = [];
    for (const rel of pages) {
      const page = await open(rel, 320);
      try {
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        for (const v of violations) failures.push(`${rel}: ${v}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) failures.push(`${rel}: scrolls horizontally (${width} px)`);
      } finally {
        await page.close();
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it("axe-core's whole rule set, best practices included (what Lighthouse's accessibility score is made of), passes on the home and a notice", async () => {
    for (const rel of ['it/index.html', 'it/mensa-scolastica-breve.html', 'en/mensa-scolastica.html']) {
      const page = await open(rel);
      try {
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: Array<{ id: string }> }> } }).axe;
          return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
        });
        expect(violations, rel).toEqual([]);
      } finally {
        await page.close();
      }
    }
  }, 60_000);

  it('every link and resource resolves to a file of the site, and no request leaves the site folder', async () => {
    const failures: string[] = [];
    const root = resolve(out);
    for (const rel of pages) {
      const page = await browser.newPage();
      const requests: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        requests.push(request.url());
        void request.continue();
      });
      try {
        await page.goto(pathToFileURL(join(out, rel)).href, { waitUntil: 'load' });
        for (const url of requests) {
          if (url.startsWith('data:')) continue;
          if (!url.startsWith('file:') || !fileURLToPath(url).startsWith(root + sep)) failures.push(`${rel}: request to ${url}`);
        }
        const targets = await page.$$eval('a[href], link[href], img[src]', (els) => els.map((e) => ({ rel: e.getAttribute('rel'), url: (e as HTMLAnchorElement).href || (e as HTMLImageElement).src })));
        for (const target of targets) {
          if (target.url.startsWith('mailto:')) continue;
          const local = target.url.startsWith(BASE) ? pathToFileURL(join(out, target.url.slice(BASE.length))).href : target.url;
          const [file, hash] = local.split('#');
          if (!file!.startsWith('file:')) {
            failures.push(`${rel}: ${target.url} leaves the site`);
            continue;
          }
          const path = fileURLToPath(file!);
          if (!path.startsWith(root + sep) || !existsSync(path)) failures.push(`${rel}: ${target.url} does not resolve to a file of the site`);
          else if (hash && !readFileSync(path, 'utf8').includes(`id="${hash}"`)) failures.push(`${rel}: #${hash} is not an anchor of ${relative(root, path)}`);
        }
      } finally {
        await page.close();
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('the footer of every page has the privacy link with data-element="privacy-policy-link", to the privacy home of its language', async () => {
    for (const rel of pages) {
      const page = await open(rel);
      try {
        const link = await page.$$eval('footer a[data-element="privacy-policy-link"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
        const lang = await page.$eval('html', (h) => h.lang);
        expect(link, rel).toEqual([pathToFileURL(join(out, lang, 'index.html')).href]);
      } finally {
        await page.close();
      }
    }
  }, 60_000);

  it('tabbing reaches every link, the skip link first, and the focus is visible on each', async () => {
    for (const rel of ['it/index.html', 'it/mensa-scolastica-breve.html', 'en/registro.html']) {
      const page = await open(rel);
      try {
        const total = await page.$$eval('a[href]', (as) => as.length);
        const reached = new Set<number>();
        const invisible: string[] = [];
        for (let i = 0; i < total + 3; i++) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const all = [...document.querySelectorAll('a[href]')];
            const style = getComputedStyle(el);
            return { index: all.indexOf(el), text: el.textContent?.trim() ?? '', outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
          });
          if (i === 0) expect(focus.text, rel).toMatch(/^(Vai al contenuto principale|Skip to main content)$/);
          if (focus.index >= 0) reached.add(focus.index);
          if (focus.index >= 0 && !focus.outline) invisible.push(focus.text);
        }
        expect(reached.size, rel).toBe(total);
        expect(invisible, rel).toEqual([]);
      } finally {
        await page.close();
      }
    }
  }, 60_000);

  it('the language links lead to the same page in the other language', async () => {
    const page = await open('it/mensa-scolastica-breve.html');
    try {
      const links = await page.$$eval('.registro-lingue a', (as) => as.map((a) => ({ lang: a.getAttribute('hreflang'), href: (a as HTMLAnchorElement).href, current: a.getAttribute('aria-current') })));
      expect(links).toEqual([
        { lang: 'it', href: pathToFileURL(join(out, 'it/mensa-scolastica-breve.html')).href, current: 'page' },
        { lang: 'en', href: pathToFileURL(join(out, 'en/mensa-scolastica-breve.html')).href, current: null },
      ]);
    } finally {
      await page.close();
    }
  });
});
