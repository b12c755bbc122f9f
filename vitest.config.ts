import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { LOCAL_DOH_URL } from './scripts/local-dns/ports.js';

// Tests run offline: Miniflare must not fetch the `cf` object from Cloudflare.
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
// The test CA of the local mail servers (test/fixtures/mail-tls/) is trusted through
// NODE_EXTRA_CA_CERTS, which must be set before vitest starts (`npm test` sets it): set here, it
// comes too late for workerd, and the server-check tests say SKIPPED.

// Nothing listens on this loopback port: outside the DNS tests every lookup fails at once
// (LOOKUP_FAILED), and no test ever asks a resolver on the internet.
const NO_RESOLVER = 'http://127.0.0.1:15339/dns-query';

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
              bindings: { RATE_LIMIT: 'off', TEST_MIGRATIONS: migrations, DOH_URL: NO_RESOLVER },
            },
          }),
        ],
        test: {
          name: 'workers',
          // The first request of a file loads the whole schema through Vite's module runner.
          testTimeout: 30_000,
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/node/**', 'test/world/**', 'test/dns/**'],
        },
      },
      {
        // The server checks against real mail servers, which the global setup starts in Node.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { RATE_LIMIT: 'off', TEST_MIGRATIONS: migrations, DOH_URL: NO_RESOLVER } },
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
        // The domain checks against a real DNS: BIND and dnsdist's DNS over HTTPS, which the
        // global setup starts in Node (scripts/local-dns/servers.ts), and the fake resolvers.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { RATE_LIMIT: 'off', DOH_URL: LOCAL_DOH_URL } },
          }),
        ],
        test: {
          name: 'dns',
          testTimeout: 30_000,
          include: ['test/dns/**/*.test.ts'],
          globalSetup: ['test/dns/global-setup.ts'],
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
