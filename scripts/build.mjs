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
// Ajv's ESM standalone output still calls require() for its runtime helpers (ucs2length).
const shim = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";
writeFileSync(join(root, 'dist/schema/validators.js'), shim + code.replace(/^"use strict";/, ''));
console.log('build: dist/ and precompiled validators ready');
