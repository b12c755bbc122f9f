/**
 * The handlers the Worker entry routes to, created once per isolate.
 */
import { servedCatalogVersion } from '../catalog/catalog.js';
import type { Env } from '../env.js';
import { conditionalResponse, etagFor } from './cache-policy.js';
import { createGraphQLHandler } from './graphql-handler.js';
import { isJsonContentType } from './graphql-params.js';
import { rejection } from './rejection.js';
import { IsolateCache } from './response-cache.js';
import { yoga } from './yoga.js';

const isolateCache = new IsolateCache();

/** The /graphql handler, once the catalog version is known. */
const makeGraphQLHandler = (catalogVersion: string) =>
  createGraphQLHandler({
    execute: (request, env, ctx) => yoga.fetch(request, { env: env as Env, ctx }),
    isolateCache,
    // Typed by hand: @whatwg-node/fetch (a Yoga dependency) pulls in the DOM's CacheStorage
    // type, which hides the Workers runtime's `caches.default`.
    edgeCache: () => (caches as unknown as { readonly default: Cache }).default,
    catalogVersion,
  });

// Both are made on the first request: a Worker may not start asynchronous work while it loads.
let graphqlHandler: Promise<ReturnType<typeof makeGraphQLHandler>> | undefined;
let readyGraphQLHandler: ReturnType<typeof makeGraphQLHandler> | undefined;
let versionAnswer: Promise<{ body: string; etag: string }> | undefined;

/** The answer to a POST that is not JSON: a form or multipart body must never run a query (CSRF). */
export function unsupportedMediaType(contentType: string | null): Response {
  return rejection(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `A POST to /graphql must have Content-Type application/json; got ${contentType === null ? 'none' : JSON.stringify(contentType)}.`,
  );
}

export async function handleGraphQL(request: Request, env: Env, ctx: ExecutionContext, url: URL): Promise<Response> {
  const contentType = request.headers.get('Content-Type');
  if (request.method === 'POST' && !isJsonContentType(contentType)) return unsupportedMediaType(contentType);
  if (readyGraphQLHandler !== undefined) return readyGraphQLHandler(request, env, ctx, url);
  graphqlHandler ??= servedCatalogVersion().then(makeGraphQLHandler);
  readyGraphQLHandler = await graphqlHandler;
  return readyGraphQLHandler(request, env, ctx, url);
}

/** `GET /version`: which catalog this deploy serves, as static JSON under the same caching policy. */
export async function handleVersion(request: Request): Promise<Response> {
  versionAnswer ??= servedCatalogVersion().then(async (catalogVersion) => {
    const body = JSON.stringify({ catalogVersion });
    return { body, etag: await etagFor(body) };
  });
  const { body, etag } = await versionAnswer;
  return conditionalResponse(request, body, etag, { 'Content-Type': 'application/json; charset=utf-8' });
}
