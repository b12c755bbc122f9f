/**
 * The handlers the Worker entry routes to, created once per isolate.
 */
import { CATALOG_VERSION } from '../catalog/catalog.js';
import type { Env } from '../env.js';
import { conditionalResponse, etagFor } from './cache-policy.js';
import { CORS_HEADERS } from './cors.js';
import { createGraphQLHandler } from './graphql-handler.js';
import { IsolateCache } from './response-cache.js';
import { yoga } from './yoga.js';

export const handleGraphQL = createGraphQLHandler({
  execute: (request, env, ctx) => yoga.fetch(request, { env: env as Env, ctx }),
  isolateCache: new IsolateCache(),
  // Typed by hand: @whatwg-node/fetch (a Yoga dependency) pulls in the DOM's CacheStorage type,
  // which hides the Workers runtime's `caches.default`.
  edgeCache: () => (caches as unknown as { readonly default: Cache }).default,
  catalogVersion: CATALOG_VERSION,
  locale: 'en',
});

const versionBody = JSON.stringify({ catalogVersion: CATALOG_VERSION });
let versionEtag: Promise<string> | undefined;

/** `GET /version`: which catalog this deploy serves, as static JSON under the same caching policy. */
export async function handleVersion(request: Request): Promise<Response> {
  versionEtag ??= etagFor(versionBody);
  return conditionalResponse(request, versionBody, await versionEtag, {
    'Content-Type': 'application/json; charset=utf-8',
    ...CORS_HEADERS,
  });
}
