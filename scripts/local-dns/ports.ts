/**
 * Where the local DNS listens (a leaf, so vitest.config.ts can read it without loading the
 * catalog): loopback ports away from the mail servers' (25-995), the fake servers' (19001-19143)
 * and wrangler's 8787, and below Linux's ephemeral range (32768-60999), where an outgoing
 * connection of any process may hold one at the moment a server binds it.
 */

/** Where `named` answers plain DNS (UDP and TCP). */
export const NAMED_PORT = 15330;
/** Where `dnsdist` answers DNS over HTTPS, at DOH_PATH. */
export const DOH_PORT = 15331;
/** dnsdist's plain DNS listener, which it always opens; unused. */
export const DNSDIST_DNS_PORT = 15332;
export const DOH_PATH = '/dns-query';

/** The resolver URL of a local dnsdist on `port`. */
export const dohUrl = (port: number) => `http://127.0.0.1:${port}${DOH_PATH}`;

/** The resolver URL the Worker is given (DOH_URL) to reach the local DNS. */
export const LOCAL_DOH_URL = dohUrl(DOH_PORT);

/** Where one local DNS listens: named, dnsdist's DoH and dnsdist's own plain DNS. */
export interface DnsPorts {
  readonly named: number;
  readonly doh: number;
  readonly dnsdist: number;
}

/** The ports of `npm run dns` and the `dns` test project. */
export const LOCAL_DNS_PORTS: DnsPorts = { named: NAMED_PORT, doh: DOH_PORT, dnsdist: DNSDIST_DNS_PORT };

/** The ports of the browser tests' own DNS, which may run beside the `dns` project's. */
export const BROWSER_DNS_PORTS: DnsPorts = { named: 15336, doh: 15337, dnsdist: 15338 };
