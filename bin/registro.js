#!/usr/bin/env node
// Entry point of the `registro` command. The code lives in dist/ (built by `npm ci` through the
// prepare script, or by `npm run build`), bundled by esbuild into dist/bin/.
import module from 'node:module';

// Node 22.1+ caches compiled code between runs: a faster cold start, where available.
module.enableCompileCache?.();

const { main } = await import('../dist/bin/cli.js');
await main(process.argv);
