/**
 * What every resolver can read: the catalog being served and the reader's locale.
 */
import type { CatalogData, Locale } from '../catalog/types.js';
import type { EndpointStatus } from '../world/server-check/types.js';
import type { DnsResolver } from '../world/dns/doh.js';

export interface Context {
  readonly catalog: CatalogData;
  readonly catalogVersion: string;
  /** The locale `Accept-Language` chose, or English. */
  readonly locale: Locale;
  /** The origin the request came to, for absolute links to our own pages (autoconfig guides). */
  readonly origin: string;
  /**
   * The host the API is served at, which DNS records name (`http/public-host.ts`). Asked for only
   * by the documents that name it, so a bad PUBLIC_HOST fails those and no other answer.
   */
  readonly publicHost: () => string;
  /** Locales asked for by a root field's `locale` argument, by the field's response key. */
  readonly localeOverrides: Map<string, Locale>;
  /**
   * The server checks' last results by endpoint id; an empty map without a history (no D1
   * binding, or D1 failing), which reads "no check has run yet".
   */
  readonly readServiceStatus: (now: number) => Promise<ReadonlyMap<string, EndpointStatus>>;
  /** Called by fields whose answer changes between deploys (serviceStatus): never cached. */
  readonly markLive: () => void;
  /**
   * The DNS resolver of this operation (one lookup budget for it). Asking for it marks the answer
   * live: an answer with DNS results is never kept by the answer cache, whose entries live a day;
   * the DNS answers themselves are kept by their TTL (world/dns/answer-cache.ts).
   */
  readonly dns: () => DnsResolver;
}

/** What an operation's context is made from; the rest starts empty for each operation. */
interface ContextInput {
  readonly catalog: CatalogData;
  readonly catalogVersion: string;
  readonly locale: Locale;
  readonly origin: string;
  /** Without one, DNS records name the host of `origin`, as a Worker without PUBLIC_HOST does. */
  readonly publicHost?: () => string;
  readonly readServiceStatus?: (now: number) => Promise<ReadonlyMap<string, EndpointStatus>>;
  readonly markLive?: () => void;
  /** Makes the operation's resolver; without it every lookup fails (UNREACHABLE), sending nothing. */
  readonly makeResolver?: () => DnsResolver;
}

const NO_DNS: DnsResolver = { lookup: () => Promise.resolve({ outcome: 'FAILED', failure: 'UNREACHABLE' }) };

/** A fresh context for one operation. */
export function operationContext({
  publicHost,
  readServiceStatus,
  markLive = () => undefined,
  makeResolver = () => NO_DNS,
  ...input
}: ContextInput): Context {
  let resolver: DnsResolver | undefined;
  return {
    ...input,
    publicHost: publicHost ?? (() => new URL(input.origin).hostname),
    localeOverrides: new Map(),
    readServiceStatus: readServiceStatus ?? (() => Promise.resolve(new Map())),
    markLive,
    dns: () => {
      markLive();
      resolver ??= makeResolver();
      return resolver;
    },
  };
}
