import { defineConfig } from 'vitest/config';

// The whole suite (`npm test`): unit tests of core, integration tests of the server and the
// CLI over real HTTP on PGlite (and on PostgreSQL when TEST_DATABASE_URL is set), and the web
// app's pure modules. Browser journeys live in e2e/ with their own config.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    env: { TZ: 'UTC' },
    setupFiles: ['./test/fail-on-console-error.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
