import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { UsageError } from '../util/errors.js';
import { toolVersion } from '../util/version.js';
import { decode } from '../readability/text-of-html.js';
import { finishPdf } from './pdf-metadata.js';
import { reuseKey } from './page-reuse.js';
import { untilDone } from '../util/interrupt.js';
import { childrenNaming, killGroupAndWait } from '../util/kill-and-wait.js';

/** Usual places of Chrome, Chromium and Edge, after --browser and the environment. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findBrowser(explicit?: string): string | undefined {
  const named = explicit ?? process.env.REGISTRO_BROWSER ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? process.env.CHROME_PATH;
  if (named) return existsSync(named) ? named : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags for a quiet, offline, sandboxed-as-possible headless run (no background traffic). */
const ARGS = [
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-dev-shm-usage',
  // No network at all, below request interception (which preconnects and prefetches bypass):
  // every connection goes to a proxy on a closed port, loopback included, and no name resolves.
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--dns-prefetch-disable',
  '--disable-features=Translate,OptimizationHints,MediaRouter,NetworkPrediction,Prerender2,SpeculationRulesPrefetchFuture',
];

export interface PrintResult {
  pdf: Uint8Array;
  /** Every request the page tried to make and was refused (a sealed page makes none). */
  blocked: string[];
}

/** A page sealed once and reused: the requests refused while printing the current notice. */
interface SealedPage {
  page: Page;
  blocked: string[];
  prints: number;
}

/** A reused page keeps each earlier document's policy in its list: it is replaced now and then. */
const MAX_PRINTS_PER_PAGE = 50;
/** A notice prints in a second or two; one that needs a minute is thousands of pages long. */
const PRINT_TIMEOUT_MS = 60_000;

/** REGISTRO_PRINT_TIMEOUT_MS shortens it, for the test of a print that never ends. */
function printTimeoutMs(): number {
  const set = Number(process.env.REGISTRO_PRINT_TIMEOUT_MS);
  return Number.isInteger(set) && set > 0 ? set : PRINT_TIMEOUT_MS;
}
/** Closing a page whose document reloads itself can hang: the close is not waited for longer. */
const CLOSE_TIMEOUT_MS = 5000;

/**
 * One headless browser for a whole batch of notices. Each page is sealed: JavaScript is off,
 * the network is offline, and every request except the notice's own inline data: is refused and
 * logged. Nothing is read from disk: the HTML is written into the page as a string.
 *
 * Pages are reused, one per notice printed at once: a new page costs a new renderer process,
 * and a navigation to a data: URL costs another, which tripled the time of each PDF. A page is
 * reused only for notices with the same <meta> tags (page-reuse.ts).
 */
export class NoticePrinter {
  /** Idle pages by the <meta> tags of the notices they printed. */
  private readonly idle = new Map<string, SealedPage[]>();

  private constructor(
    private readonly browser: Browser,
    private readonly profile: string,
    private readonly release: () => void,
  ) {}

  static async launch(executable: string | undefined): Promise<NoticePrinter> {
    if (!executable) throw new UsageError('usage.noBrowser');
    const { default: puppeteer } = await import('puppeteer-core');
    let profile: string | undefined;
    let launched: Browser | undefined;
    // Interrupted, registro stops the browser and removes its profile before ending by the signal
    // (registered before the profile exists: a signal in between would leave it behind).
    // Puppeteer's own handlers are off: on SIGTERM and SIGHUP they closed the browser and let
    // registro go on printing into a dead one, which then ended in an "internal error".
    const release = untilDone(() => {
      if (profile === undefined) return;
      const pids = launched ? [launched.process()?.pid] : childrenNaming(profile);
      // Puppeteer starts it as the leader of its own process group, with its helpers in it.
      pids.forEach((pid) => killGroupAndWait(pid));
      rmSync(profile, { recursive: true, force: true });
    });
    profile = mkdtempSync(join(tmpdir(), 'registro-browser-'));
    mkdirSync(join(profile, 'tmp'));
    try {
      launched = await puppeteer.launch(launchOptions(executable, profile));
      return new NoticePrinter(launched, profile, release);
    } catch (error) {
      release();
      rmSync(profile, { recursive: true, force: true });
      throw new UsageError('usage.browserFailed', { path: executable, detail: (error as Error).message.split('\n')[0] ?? '' });
    }
  }

  async print(html: string, footer: string): Promise<PrintResult> {
    const key = reuseKey(html);
    const sealed = (key === undefined ? undefined : this.idleFor(key).pop()) ?? (await sealedPage(this.browser));
    sealed.blocked = [];
    sealed.prints++;
    let reusable = false;
    try {
      // Replaces the document in place (document.write through the protocol, which runs even
      // with the page's JavaScript off); waits for its inline images like a navigation would.
      await sealed.page.setContent(html, { waitUntil: 'load', timeout: printTimeoutMs() });
      const pdf = await sealed.page.pdf({
        timeout: printTimeoutMs(),
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:8pt;width:100%;padding:0 16mm;color:#3d3d3d;display:flex;justify-content:space-between"><span>${escapeHtml(footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
        margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
        tagged: true,
        outline: true,
      });
      reusable = key !== undefined && sealed.prints < MAX_PRINTS_PER_PAGE;
      const blocked = sealed.blocked;
      return { pdf: await finishPdf(pdf, { ...titleAndLang(html), author: footer, tool: `registro ${toolVersion()}` }), blocked };
    } catch (error) {
      // A notice that takes this long is made endless by its own style sheet (a huge height, a
      // page break after every line): the user's to fix, not a defect of registro.
      if ((error as Error).name === 'TimeoutError') throw new UsageError('usage.printTimeout', { title: titleAndLang(html).title, seconds: printTimeoutMs() / 1000 });
      throw error;
    } finally {
      // A page that failed mid-print may hold a half-written document: it is not used again.
      if (reusable) this.idleFor(key!).push(sealed);
      else await closeQuietly(sealed.page);
    }
  }

  private idleFor(key: string): SealedPage[] {
    let pages = this.idle.get(key);
    if (!pages) this.idle.set(key, (pages = []));
    return pages;
  }

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      // Even when the browser died on its own and closing it fails: its profile goes.
      rmSync(this.profile, { recursive: true, force: true });
      this.release();
    }
  }
}

/** How the browser is started: headless, offline, its files in `profile`, its end registro's own. */
function launchOptions(executable: string, profile: string) {
  // Root cannot use Chromium's sandbox (as in containers and CI); the page runs no script anyway.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return {
    executablePath: executable,
    headless: true,
    // pipe: the browser talks over its stdin and stdout, so it exits when registro dies, even by SIGKILL.
    pipe: true,
    userDataDir: profile,
    args: [...ARGS, ...sandbox],
    // Chromium's own temporary folder (org.chromium.Chromium.*) inside the profile: removed with it.
    env: { ...process.env, TMPDIR: join(profile, 'tmp') },
    // registro's handlers stop it (util/interrupt.ts); see launch.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  };
}

async function sealedPage(browser: Browser): Promise<SealedPage> {
  const page = await browser.newPage();
  const sealed: SealedPage = { page, blocked: [], prints: 0 };
  await page.setJavaScriptEnabled(false);
  await page.setOfflineMode(true);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) void request.continue();
    else {
      sealed.blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  return sealed;
}

/** Closing may fail or hang when the page reloads itself or the browser is gone: the print's own error is the one to report. */
async function closeQuietly(page: Page): Promise<void> {
  const timeout = new Promise<void>((done) => setTimeout(done, CLOSE_TIMEOUT_MS).unref());
  await Promise.race([page.close().catch(() => undefined), timeout]);
}

/** The document's title and language, as the notice's HTML states them (Chromium reads the same). */
function titleAndLang(html: string): { title: string; lang: string } {
  const head = html.slice(0, 20_000);
  const title = /<title[^>]{0,200}>([^<]{0,2000})<\/title>/i.exec(head)?.[1] ?? '';
  const lang = /<html[^>]{0,500}?\blang="([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)"/i.exec(head)?.[1] ?? 'it';
  return { title: decode(title).replace(/\s+/g, ' ').trim(), lang };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
