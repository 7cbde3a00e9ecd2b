import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // The precompiled validators exist only in dist/ (built from schemas/ by `npm run build`).
    alias: [
      { find: /^\.\/validators\.js$/, replacement: fileURLToPath(new URL('./dist/schema/validators.js', import.meta.url)) },
      // So are the precompiled templates (built from templates/).
      { find: /^\.\/precompiled-templates\.js$/, replacement: fileURLToPath(new URL('./dist/util/precompiled-templates.js', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
