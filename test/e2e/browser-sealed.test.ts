import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { BIN, EXAMPLE, ROOT, remove, tempDir } from '../helpers.js';
import { findBrowser, NoticePrinter } from '../../src/informativa/browser.js';

/** The browser is needed here: a machine without it must fail, not skip, these tests. */
const browser = findBrowser();
if (!browser) throw new Error('no browser: install Debian chromium (sudo apt-get install chromium); the sealed-rendering tests need it');

const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

let server: Server;
let port = 0;
let connections = 0;
beforeAll(async () => {
  server = createServer((_req, res) => res.end('<html></html>'));
  server.on('connection', () => connections++);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Each element that reaches the network without a request that interception sees, or with one. */
const hostile = (url: string): Record<string, string> => ({
  preconnect: `<link rel="preconnect" href="${url}/preconnect">`,
  dnsPrefetch: `<link rel="dns-prefetch" href="${url}/dns">`,
  prefetch: `<link rel="prefetch" href="${url}/prefetch">`,
  preload: `<link rel="preload" as="image" href="${url}/preload">`,
  stylesheet: `<link rel="stylesheet" href="${url}/style.css">`,
  iframe: `<iframe src="${url}/iframe"></iframe>`,
  object: `<object data="${url}/object"></object>`,
  embed: `<embed src="${url}/embed">`,
  refresh: `<meta http-equiv="refresh" content="0; url=${url}/refresh">`,
  base: `<base href="${url}/base/"><img src="relative.png" alt="">`,
  form: `<form action="${url}/form" method="post"><input name="a" value="b"></form>`,
  image: `<img src="${url}/img.png" alt="">`,
  cssImport: `<style>@import url("${url}/import.css"); body { background: url("${url}/bg.png") }</style>`,
  font: `<style>@font-face { font-family: x; src: url("${url}/font.woff") } p { font-family: x }</style>`,
});

/** Waits long enough for a late connection (a refresh after load, a lazy prefetch). */
const settle = () => new Promise((done) => setTimeout(done, 800));

describe('rendering is sealed from the network at the browser level', () => {
  it('the printer itself opens no connection, for each hostile element given raw', async () => {
    const printer = await NoticePrinter.launch(browser);
    try {
      for (const [name, element] of Object.entries(hostile(`http://127.0.0.1:${port}`))) {
        connections = 0;
        const html = `<!doctype html><html lang="it"><head><title>${name}</title>${element}</head><body><p>Testo ${name}.</p>${element}</body></html>`;
        // A refresh may navigate the page away while it prints (the sanitizer removes it first).
        const result = await printer.print(html, 'Comune').catch((error: Error) => (name === 'refresh' ? undefined : Promise.reject(error)));
        await settle();
        expect(connections, name).toBe(0);
        if (result) expect(Buffer.from(result.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      }
    } finally {
      await printer.close();
    }
  }, 90_000);

  it('a template holding them: the written HTML has none of them, and no connection is opened', async () => {
    const templates = tempDir();
    dirs.push(templates);
    const elements = Object.values(hostile(`http://127.0.0.1:${port}`)).join('\n');
    const page = (title: string) =>
      `<!doctype html>\n<html lang="it"><head><meta charset="utf-8"><title>${title} {{servizio.denominazione}}</title>\n${elements}\n</head>\n` +
      `<body><main><h1>{{servizio.denominazione}}</h1><p>Titolare: {{titolare.denominazione}}.</p><a href="javascript:alert(1)">x</a><p onclick="alert(1)">Contatti.</p></main></body></html>\n`;
    writeFileSync(join(templates, 'informativa.hbs'), page('Informativa'));
    writeFileSync(join(templates, 'breve.hbs'), page('Breve'));
    const out = join(templates, 'out');
    connections = 0;
    const r = spawnSync(process.execPath, [BIN, 'informativa', EXAMPLE, '-s', 'mensa-scolastica', '--template', templates, '-f', 'pdf,html', '-o', out], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', REGISTRO_TODAY: '2026-12-03' }, timeout: 60_000 });
    await settle();
    expect(connections).toBe(0);
    expect(r.stderr).not.toMatch(/errore interno|\n\s+at /);
    const html = readFileSync(join(out, 'mensa-scolastica.html'), 'utf8');
    expect(html).toContain('<h1>Mensa scolastica</h1>');
    expect(html).not.toMatch(/<link|<iframe|<object|<embed|<base|<form|http-equiv="refresh"|javascript:|onclick/i);
    // What CSS may still name, the page's own policy (given where the template states none) refuses to load.
    expect(html).toContain(`<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:;`);
  }, 90_000);
});

describe('a page reused for the next notice keeps nothing of the last one', () => {
  // A 1×1 PNG: the notice's own image, which its policy allows.
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  const notice = (policy: string, body: string) =>
    `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; ${policy}"><title>N</title></head><body>${body}</body></html>`;
  const pdfFile = (pdf: Uint8Array) => {
    const file = join(tempDir(), 'n.pdf');
    dirs.push(dirname(file));
    writeFileSync(file, pdf);
    return file;
  };
  /** The images of a PDF as `pdfimages -list` gives them, width x height (a blocked image prints as Chromium's broken-image icon). */
  const images = (pdf: Uint8Array) => {
    const rows = spawnSync('pdfimages', ['-list', pdfFile(pdf)], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);
    return rows.map((row) => row.trim().split(/\s+/)).filter((cols) => cols[2] === 'image').map((cols) => `${cols[3]}x${cols[4]}`);
  };
  const text = (pdf: Uint8Array) => spawnSync('pdftotext', [pdfFile(pdf), '-'], { encoding: 'utf8' }).stdout;

  it("one notice's policy does not hide the next one's image", async () => {
    const printer = await NoticePrinter.launch(browser);
    try {
      // Several at once, as registro prints them: every page first prints a notice that forbids images.
      await Promise.all([1, 2, 3, 4].map(() => printer.print(notice("img-src 'none'", `<p>Prima.</p><img src="${png}" alt="">`), 'Comune')));
      const printed = await Promise.all([1, 2, 3, 4].map(() => printer.print(notice('img-src data:', `<p>Seconda.</p><img src="${png}" alt="logo" width="40" height="40">`), 'Comune')));
      for (const { pdf } of printed) {
        // The notice's own 1×1 image, not the icon and the alt text of a blocked one.
        expect(images(pdf)).toEqual(['1x1']);
        expect(text(pdf)).not.toContain('logo');
      }
    } finally {
      await printer.close();
    }
  }, 90_000);

  it("a notice that refreshes itself is printed on a page of its own: the printer never hangs, the next notices see no request", async () => {
    const printer = await NoticePrinter.launch(browser);
    try {
      connections = 0;
      await printer.print(`<!doctype html><html lang="it"><head><meta http-equiv="refresh" content="1; url=http://127.0.0.1:${port}/r"><title>R</title></head><body><p>Uno.</p></body></html>`, 'Comune');
      await printer.print('<!doctype html><html lang="it"><head><meta http-equiv="refresh" content="0"><title>R</title></head><body><p>Due.</p></body></html>', 'Comune').catch(() => undefined);
      // The first refresh is due one second later: the notices printed meanwhile must not see it.
      for (let i = 0; i < 6; i++) {
        expect((await printer.print(notice('img-src data:', `<p>Dopo ${i}.</p>`), 'Comune')).blocked).toEqual([]);
        await new Promise((done) => setTimeout(done, 300));
      }
      await settle();
      expect(connections).toBe(0);
    } finally {
      await printer.close();
    }
  }, 90_000);
});

describe('the browser dies with registro', () => {
  it('SIGKILL while printing PDFs leaves no Chromium with its profile behind', async () => {
    // A private TMPDIR names this run's browser profile, so only our own processes are counted.
    const tmp = tempDir();
    dirs.push(tmp);
    mkdirSync(join(tmp, 'out'));
    const child = spawn(process.execPath, [BIN, 'informativa', EXAMPLE, '--tutti', '-f', 'pdf', '-o', join(tmp, 'out')], { env: { ...process.env, TMPDIR: tmp, REGISTRO_TODAY: '2026-12-03' }, stdio: 'ignore' });
    const ours = () => spawnSync('pgrep', ['-f', `${tmp}/registro-browser-`], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
    const started = Date.now();
    while (ours().length === 0 && Date.now() - started < 30_000) await new Promise((done) => setTimeout(done, 50));
    expect(ours().length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
    const killed = Date.now();
    while (ours().length > 0 && Date.now() - killed < 10_000) await new Promise((done) => setTimeout(done, 100));
    expect(ours()).toEqual([]);
  }, 60_000);
});
