// `npm run bench`: times registro against its floors on synthetic registers (100, 1,000 and
// 10,000 records, fixed seed) and prints each time with its ratio to the floor.
//   floor for validate = a cold Node process doing only `yaml` parse + the precompiled schema
//   over the same files, on one core (scripts/floor-validate.mjs);
//   peer = ajv-cli validating the same files against the same schema.
// Results: a table on stdout and bench/results.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateRegister } from './synthetic-register.mjs';
import { benchHistory } from './bench-history.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/registro.js');
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
// BENCH_ONLY=validate runs only the validate scenarios (and the cold start); BENCH_ONLY=lsp only the language server.
const only = process.env.BENCH_ONLY;
const work = join(tmpdir(), 'registro-bench');
rmSync(work, { recursive: true, force: true });

/** Best of n wall times, in ms, of a function or a command. */
function best(n, fn) {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return min;
}

/** Best of n runs of a script that reports {ms, maxRssMB} on its last stderr line (measure.mjs). */
function measured(n, args) {
  let result = { ms: Infinity, maxRssMB: 0 };
  for (let i = 0; i < n; i++) {
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const last = r.stderr.trim().split('\n').pop();
    const m = JSON.parse(last);
    if (m.ms < result.ms) result = m;
  }
  return result;
}
const cli = (args) => () => {
  try {
    execFileSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
  } catch (e) {
    if (e.status !== 1) throw e; // 1 = findings, expected on synthetic data
  }
};

const results = [];
const row = (name, ms, floorMs, floorName, maxRssMB) => {
  results.push({ name, ms: Math.round(ms), floor: floorName, floorMs: floorMs ? Math.round(floorMs) : null, ratio: floorMs ? +(ms / floorMs).toFixed(2) : null, maxRssMB: maxRssMB ? Math.round(maxRssMB) : null });
};
const measure = join(root, 'scripts/measure.mjs');

// Cold start.
row('registro --version', best(7, cli(['--version'])), best(7, () => execFileSync(process.execPath, ['-e', ''])), 'node -e ""');
row('validate example register (cold)', best(7, cli(['validate', join(root, 'registers/comune-di-vallechiara')])), null, null);

const node = (args) => () => execFileSync(process.execPath, args, { stdio: 'ignore' });
const ajvCli = join(root, 'node_modules/ajv-cli/dist/index.js');
for (const size of only === 'lsp' ? [] : sizes) {
  const dir = join(work, `r${size}`);
  generateRegister(dir, size, 42);
  // One run on a shared machine varies by 20% and more: best of two at 10,000, of five below.
  const runs = size >= 10000 ? 2 : 5;
  const floor = best(runs, node([join(root, 'scripts/floor-validate.mjs'), dir]));
  const floorName = 'cold node: yaml parse + precompiled schema, 1 core';
  row(`validate ${size}`, best(runs, cli(['validate', dir, '--format', 'json', '--output', join(work, 'out.json')])), floor, floorName);
  const peer = best(runs, () => {
    try {
      execFileSync(process.execPath, [ajvCli, 'validate', '--spec=draft2020', '--strict=false', '--all-errors', '-s', join(root, 'schemas/trattamento.schema.json'), '-r', join(root, 'schemas/comuni.schema.json'), '-r', join(root, 'schemas/codici.schema.json'), '-d', join(dir, 'trattamenti/*.yaml')], { stdio: 'ignore' });
    } catch {
      // ajv-cli exits 1 on invalid data (it reads YAML 1.1 dates as Date objects)
    }
  });
  row(`peer: ajv-cli ${size}`, peer, floor, floorName);

  const validated = measured(runs, [measure, 'validate', dir, '--format', 'json', '--output', join(work, 'out.json')]);
  row(`validate ${size} (in-process timing, memory)`, validated.ms, floor, floorName, validated.maxRssMB);
  row(`  clean ${size} vs ajv-cli (budget < 1)`, validated.ms, peer, 'ajv-cli on the same files (schema only, no positions)');
  // The run a CI job or a pre-commit hook repeats: --cache, with every record unchanged since the last run.
  const cache = join(work, `cache${size}`);
  execFileSync(process.execPath, [bin, 'validate', dir, '--format', 'json', '--output', join(work, 'out.json'), '--cache', cache], { stdio: 'ignore' });
  const warm = measured(runs, [measure, 'validate', dir, '--format', 'json', '--output', join(work, 'out.json'), '--cache', cache]);
  row(`  warm --cache ${size} vs ajv-cli`, warm.ms, peer, 'ajv-cli on the same files (schema only, no positions)', warm.maxRssMB);
  // The same register with a warning in every record: positions must cost little (budget 1.3x).
  const withFindings = join(work, `f${size}`);
  generateRegister(withFindings, size, 42, { findings: true });
  const found = measured(runs, [measure, 'validate', withFindings, '--format', 'json', '--output', join(work, 'out.json')]);
  row(`validate ${size}, a finding in each (budget 1.3x clean)`, found.ms, validated.ms, 'validate of the clean register, in-process', found.maxRssMB);
  row(`  CPU time: a finding in each vs clean ${size}`, found.cpuMs, validated.cpuMs, 'CPU time of the clean run (all threads)');
  if (only === 'validate') continue;

  const cells = join(work, `cells${size}.json`);
  execFileSync(process.execPath, [join(root, 'scripts/dump-cells.mjs'), dir, cells], { stdio: 'ignore' });
  const xlsxFloor = measured(runs, [join(root, 'scripts/floor-xlsx.mjs'), cells, join(work, 'floor.xlsx')]);
  const exported = measured(runs, [measure, 'export', dir, '-o', join(work, 'registro.xlsx')]);
  row(`export xlsx ${size} (validate + write)`, exported.ms, xlsxFloor.ms, 'cold node: bare exceljs write of the same cells', exported.maxRssMB);
  row(`  floor: bare exceljs write ${size}`, xlsxFloor.ms, null, null, xlsxFloor.maxRssMB);
  const imported = measured(1, [measure, 'import', join(work, 'registro.xlsx'), '-o', join(work, `reimport${size}`), '--force']);
  row(`import of the exported xlsx ${size}`, imported.ms, null, null, imported.maxRssMB);
  // The same register as a plain workbook (no hidden data sheet): headings by meaning, rows to records, one YAML per activity.
  const plain = join(work, `plain${size}.xlsx`);
  execFileSync(process.execPath, [join(root, 'scripts/strip-data-sheet.mjs'), join(work, 'registro.xlsx'), plain], { stdio: 'ignore' });
  const read = measured(1, [measure, 'import', plain, '-o', join(work, `plain-import${size}`), '--force']);
  row(`import of a plain workbook ${size} (vs export)`, read.ms, exported.ms, 'export xlsx of the same register', read.maxRssMB);
}

// The language server on 1,000 activities: each edit until its diagnostics arrive, over stdio.
if (!only || only === 'lsp') {
  const dir = join(work, 'lsp1000');
  generateRegister(dir, 1000, 42);
  const r = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/bench-lsp.mjs'), dir, '60'], { encoding: 'utf8' }).trim().split('\n').pop());
  row('lsp 1000: diagnostics after an edit, median (budget 100 ms)', r.medianMs, 100, 'budget', r.maxRssMB);
  row('lsp 1000: diagnostics after an edit, p95 (budget 300 ms)', r.p95Ms, 300, 'budget');
}

// Notices: 100 services (200 PDFs, full and short) against the same Chromium printing the same HTML.
const browserPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ?? process.env.REGISTRO_BROWSER;
if (browserPath && !process.env.BENCH_NO_PDF && !only) {
  const dir = join(work, 'servizi100');
  generateRegister(dir, 2000, 42, { english: true });
  const html = join(work, 'notices-html');
  execFileSync(process.execPath, [bin, 'informativa', dir, '--tutti', '--format', 'html', '-o', html, '--bozza'], { stdio: 'ignore' });
  const floor = measured(1, [join(root, 'scripts/floor-print.mjs'), browserPath, html, join(work, 'floor-pdf')]);
  const notices = measured(1, [measure, 'informativa', dir, '--tutti', '--format', 'pdf,html', '-o', join(work, 'notices-pdf'), '--browser', browserPath, '--bozza']);
  row('informativa: 100 services, 200 PDF + 200 HTML (incl. loading 2,000 records)', notices.ms, floor.ms, 'same Chromium printing the same HTML, 4 pages at once', notices.maxRssMB);
  // The privacy site: every notice in both languages (400 PDFs), then a rebuild with the PDFs already printed.
  const siteOut = join(work, 'sito100');
  const site = measured(1, [measure, 'sito', dir, '-o', siteOut, '--base-url', 'https://www.comune.vallesintetica.it/privacy/', '--browser', browserPath, '--bozza']);
  row('sito: 100 services, it + en, 400 PDF (budget 30 s)', site.ms, 2 * floor.ms, 'same Chromium printing the same HTML, twice (two languages)', site.maxRssMB);
  const example = join(root, 'registers/comune-di-vallechiara');
  const exampleOut = join(work, 'sito-esempio');
  execFileSync(process.execPath, [bin, 'sito', example, '-o', exampleOut, '--browser', browserPath], { stdio: 'ignore' });
  const rebuilt = measured(3, [measure, 'sito', example, '-o', exampleOut, '--browser', browserPath]);
  row('sito: example register, PDFs already built (budget 3 s)', rebuilt.ms, null, null, rebuilt.maxRssMB);
}

// The register through time (issue 14): diff and storia from git.
if (!process.env.BENCH_NO_HISTORY) benchHistory(work, root, bin, row, best);

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2) + '\n');
const w = Math.max(...results.map((r) => r.name.length));
console.log(`${'measure'.padEnd(w)}  ${'ms'.padStart(7)}  ${'floor ms'.padStart(8)}  ratio  ${'MB'.padStart(5)}  floor`);
for (const r of results) {
  console.log(`${r.name.padEnd(w)}  ${String(r.ms).padStart(7)}  ${String(r.floorMs ?? '-').padStart(8)}  ${String(r.ratio ?? '-').padStart(5)}  ${String(r.maxRssMB ?? '-').padStart(5)}  ${r.floor ?? ''}`);
}
