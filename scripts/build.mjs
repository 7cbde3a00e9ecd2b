// Build: compile TypeScript to dist/, then precompile the JSON Schemas into standalone Ajv
// validators (dist/schema/validators.js), so that `registro validate` never compiles a schema
// at start-up.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

rmSync(join(root, 'dist'), { recursive: true, force: true });
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
} catch {
  console.error('build: TypeScript reported errors (above)');
  process.exit(1);
}

const { createAjv, validatorNames } = await import('./ajv-setup.mjs');
const ajv = createAjv({ code: { source: true, esm: true } });
const standaloneCode = require('ajv/dist/standalone').default;
const code = standaloneCode(ajv, validatorNames);
mkdirSync(join(root, 'dist/schema'), { recursive: true });
// Ajv's standalone output still calls require() for one runtime helper, ucs2length (the length
// of a string in code points, for minLength/maxLength). Inline it, so the module is plain ESM
// and can be bundled.
const helper = 'require("ajv/dist/runtime/ucs2length").default';
const esm = code.replace(/^"use strict";/, '').split(helper).join('((s) => { let n = 0; for (const _ of s) n++; return n; })');
if (/\brequire\(/.test(esm)) throw new Error('build: the standalone validators need another require(): inline it too');
writeFileSync(join(root, 'dist/schema/validators.js'), esm);

// One bundle per command (code splitting), so that start-up reads a handful of files instead of
// ~150 small modules; each command still loads only what it uses.
const { build } = await import('esbuild');
await build({
  entryPoints: { cli: join(root, 'dist/cli.js'), 'load-worker': join(root, 'dist/validate/load-worker.js') },
  outdir: join(root, 'dist/bin'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // exceljs and puppeteer-core stay packages, loaded only by the commands that use them.
  external: ['exceljs', 'puppeteer-core'],
  // Dependencies written as CommonJS (commander) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
console.log('build: dist/ and precompiled validators ready');
