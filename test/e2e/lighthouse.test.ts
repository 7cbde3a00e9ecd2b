import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import type { Browser } from 'puppeteer-core';
import { EXAMPLE, registro, remove, tempDir } from '../helpers.js';
import { findBrowser } from '../../src/informativa/browser.js';

/**
 * Issue 16: Lighthouse's accessibility score is 100 on the privacy home and on a service's
 * notice page, in the local Chromium. The site is built from the example register and served
 * over http on 127.0.0.1 (Lighthouse audits http pages, not file: ones); one browser runs both
 * audits. Nothing may leave 127.0.0.1. Without a browser the test fails: it must run in CI.
 */
const executable = findBrowser();
const work = tempDir('registro-lighthouse-');
const out = join(work, 'sito');
/** The home of the privacy section and the first page of a service: its short notice. */
const PAGES = ['it/index.html', 'it/mensa-scolastica-breve.html'];
let server: Server | undefined;
let origin = '';
let browser: Browser | undefined;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a request's path names inside root, or null: `..`, encoded slashes and symlinks cannot leave it. */
function fileOf(root: string, url: string): string | null {
  try {
    const path = decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname);
    const file = realpathSync(resolve(root, `.${path}`));
    return file.startsWith(root + sep) && statSync(file).isFile() ? file : null;
  } catch {
    // A malformed escape or a missing file: either way, not a file of the site.
    return null;
  }
}

/** A static server for the site folder on 127.0.0.1, on a free port. */
async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const root = realpathSync(dir);
  const server = createServer((req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileOf(root, req.url ?? '/') : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function launch(path: string): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: path,
    headless: true,
    // pipe: the browser exits with this process, even if the test runner is killed.
    pipe: true,
    args: [
      '--no-sandbox', // CI runs as root, where Chromium's sandbox cannot start
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      // Anything but loopback goes to a proxy on a closed port and no name resolves: even a
      // request Lighthouse or Chromium made on its own could not leave 127.0.0.1.
      '--proxy-server=http://127.0.0.1:9',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--dns-prefetch-disable',
    ],
  });
}

/**
 * Only the accessibility category, in Lighthouse's default (mobile) emulation. The pages run no
 * script, so the seconds Lighthouse waits after load for the network and the CPU to settle
 * would measure nothing; neither would the full-page screenshot, which only illustrates a report.
 */
const FLAGS: Flags = {
  onlyCategories: ['accessibility'],
  logLevel: 'error',
  pauseAfterFcpMs: 0,
  pauseAfterLoadMs: 0,
  networkQuietThresholdMs: 0,
  cpuQuietThresholdMs: 0,
  disableFullPageScreenshot: true,
};

interface Audit {
  url: string;
  score: number | null;
  failing: string[];
  requests: string[];
}

/** Lighthouse's accessibility category on one page, in a fresh tab, and every request the tab made. */
async function audit(rel: string): Promise<Audit> {
  if (!browser) throw new Error('no browser: install chromium; the Lighthouse test must run');
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  try {
    const url = `${origin}/${rel}`;
    // Lighthouse drives the tab it is given: the test, not Lighthouse, owns the browser and closes it.
    const result = await lighthouse(url, FLAGS, undefined, page);
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return { url, score: lhr.categories.accessibility?.score ?? null, failing: failingAudits(lhr), requests };
  } finally {
    await page.close();
  }
}

/** Every scored accessibility audit short of a pass, as `id: title`, with the first elements it names. */
function failingAudits(lhr: Result): string[] {
  const refs = lhr.categories.accessibility?.auditRefs ?? [];
  return refs
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode) && a.score !== 1)
    .map((a) => {
      const items = (a.details as { items?: Array<{ node?: { selector?: string } }> } | undefined)?.items ?? [];
      const where = items.flatMap((i) => (i.node?.selector ? [i.node.selector] : [])).slice(0, 3);
      return `${a.id}: ${a.title}${a.errorMessage ? ` (${a.errorMessage})` : ''}${where.length ? ` [${where.join(', ')}]` : ''}`;
    });
}

beforeAll(async () => {
  // Without a browser each test fails in audit(): reported as failed, where a throw here would
  // leave them counted as skipped.
  if (!executable) return;
  const run = registro(['sito', EXAMPLE, '-o', out]);
  expect(run.status, run.stderr).toBe(0);
  ({ server, origin } = await serve(out));
  browser = await launch(executable);
}, 120_000);

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    server?.closeAllConnections();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    remove(work);
  }
});

describe('registro sito: Lighthouse accessibility', () => {
  it.each(PAGES)('%s scores 100, and asks nothing of a host other than the local server', async (rel) => {
    const result = await audit(rel);
    expect(result.score, `${result.url} scores ${result.score}; failing audits:\n${result.failing.join('\n')}`).toBe(1);
    // The tab's requests were seen (the page itself among them), and all went to the local server.
    expect(result.requests).toContain(result.url);
    expect(result.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
  }, 90_000);
});
