/**
 * What every resolver can read: the catalog being served and the reader's locale.
 */
import type { CatalogData, Locale } from '../catalog/types.js';
import type { EndpointStatus } from '../world/server-check/types.js';

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
}

/** A fresh context for one operation. */
export function operationContext({ publicHost, readServiceStatus, markLive, ...input }: ContextInput): Context {
  return {
    ...input,
    publicHost: publicHost ?? (() => new URL(input.origin).hostname),
    localeOverrides: new Map(),
    readServiceStatus: readServiceStatus ?? (() => Promise.resolve(new Map())),
    markLive: markLive ?? (() => undefined),
  };
}
