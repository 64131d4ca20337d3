import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys (`npm run test:e2e`): the real server in-process on a fresh PGlite directory,
// serving the built web app, driven by Debian's chromium through playwright-core. One file at a
// time: each starts its own server and browser.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    env: { TZ: 'UTC' },
    setupFiles: ['./test/fail-on-console-error.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
