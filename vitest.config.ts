import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Tests run offline: Miniflare must not fetch the `cf` object from Cloudflare.
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
// The test CA of the local mail servers (test/fixtures/mail-tls/) is trusted through
// NODE_EXTRA_CA_CERTS, which must be set before vitest starts (`npm test` sets it): set here, it
// comes too late for workerd, and the server-check tests say SKIPPED.

// The D1 migrations, applied by the tests that read or write the server-check history.
const migrations = await readD1Migrations(new URL('./migrations', import.meta.url).pathname);

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // Every test request comes from one address; rate limiting is switched back on
              // only by its own test, with a limiter of its own.
              bindings: { RATE_LIMIT: 'off', TEST_MIGRATIONS: migrations },
            },
          }),
        ],
        test: {
          name: 'workers',
          // The first request of a file loads the whole schema through Vite's module runner.
          testTimeout: 30_000,
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/node/**', 'test/world/**'],
        },
      },
      {
        // The server checks against real mail servers, which the global setup starts in Node.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { RATE_LIMIT: 'off', TEST_MIGRATIONS: migrations } },
          }),
        ],
        test: {
          name: 'world',
          testTimeout: 30_000,
          include: ['test/world/**/*.test.ts'],
          globalSetup: ['test/world/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Tests that need Node: they start a process (named-checkzone), read the repository's files,
        // or use build tools the Worker never loads (graphql-inspector).
        test: {
          name: 'node',
          include: ['test/node/**/*.test.ts'],
          environment: 'node',
          // Through Vite, as the tests' and the schema's own `graphql` imports are, so all load
          // graphql-js's ES module build: graphql-js refuses types from another copy of itself.
          server: { deps: { inline: ['@graphql-inspector/core', '@pothos/core'] } },
        },
      },
    ],
  },
});
