// The floor for `registro informativa`: the same Chromium printing the same HTML files to PDF,
// with the same number of pages at once, each page reused and its document written in place (the
// fastest way found to print with Chromium), and nothing else (no sealing, no footer, no model).
// Usage: node scripts/floor-print.mjs BROWSER HTML_DIR OUT_DIR. Reports like measure.mjs.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const start = process.hrtime.bigint();
const { default: puppeteer } = await import('puppeteer-core');
const [executablePath, htmlDir, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'floor-browser-'));
const browser = await puppeteer.launch({ executablePath, headless: true, userDataDir: profile, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const files = readdirSync(htmlDir).filter((f) => f.endsWith('.html'));
let next = 0;
const worker = async () => {
  const page = await browser.newPage();
  while (next < files.length) {
    const file = files[next++];
    await page.setContent(readFileSync(join(htmlDir, file), 'utf8'), { waitUntil: 'load' });
    writeFileSync(join(outDir, file.replace(/\.html$/, '.pdf')), await page.pdf({ format: 'A4' }));
  }
  await page.close();
};
await Promise.all(Array.from({ length: 4 }, worker));
await browser.close();
rmSync(profile, { recursive: true, force: true });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stderr.write(`\n${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
