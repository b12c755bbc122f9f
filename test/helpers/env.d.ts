// What `env` from "cloudflare:workers" holds in the test pool: the Worker's bindings (wrangler.toml)
// and those vitest.config.ts adds for tests.
declare namespace Cloudflare {
  interface Env {
    readonly ASSETS: Fetcher;
    readonly RATE_LIMIT?: string;
    readonly RATE_LIMITER?: RateLimit;
    readonly STATUS_DB: D1Database;
    /** The DoH resolver: the local dnsdist in the `dns` project, a closed loopback port elsewhere. */
    readonly DOH_URL: string;
    /** migrations/, read by vitest.config.ts for applyD1Migrations. */
    readonly TEST_MIGRATIONS: { name: string; queries: string[] }[];
  }
}
