/**
 * The bindings the Worker receives (see wrangler.toml).
 */
export interface Env {
  /** The files under public/: GraphiQL's code and its start script. */
  readonly ASSETS: Fetcher;
  /** "off" sends every GraphQL request to Yoga, past both cache layers (for measuring execution). */
  readonly RESPONSE_CACHE?: string;
  /** Counts requests per client address; without it nothing is rate limited. */
  readonly RATE_LIMITER?: RateLimit;
  /** "off" switches rate limiting off (the test pool, where every request has one address). */
  readonly RATE_LIMIT?: string;
  /**
   * The host name the API is served at, which the DNS plan's CNAMEs and `_autodiscover._tcp` name;
   * without it, the host of each request.
   */
  readonly PUBLIC_HOST?: string;
  /**
   * "only" runs the operations of the trusted-document manifest alone (by id or by text) and
   * refuses every other document; left out, any operation runs (GraphiQL needs that).
   */
  readonly TRUSTED_DOCUMENTS?: string;
  /** The history of server checks (migrations/); without it, serviceStatus says none has run. */
  readonly STATUS_DB?: D1Database;
  /**
   * The DNS over HTTPS resolver (RFC 8484 wire format) that `domainCheck` and the address lookups
   * ask for MX, SRV, TXT and address records; without it, Cloudflare's public resolver
   * `https://cloudflare-dns.com/dns-query`. `npm run dns` serves the test zones at
   * `http://127.0.0.1:15331/dns-query` for `npm start`.
   */
  readonly DOH_URL?: string;
}
