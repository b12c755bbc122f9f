/**
 * `GET /version`: which catalog this deploy serves, as static JSON under the one caching policy.
 */
import { servedCatalogVersion } from '../catalog/catalog.js';
import { conditionalResponse, etagFor } from '../http/cache-policy.js';
import type { RouteHandler } from '../http/route.js';

// Made on the first request: a Worker may not start asynchronous work while it loads.
let answer: Promise<{ body: string; etag: string }> | undefined;

export const version: RouteHandler = async (request) => {
  answer ??= servedCatalogVersion().then(async (catalogVersion) => {
    const body = JSON.stringify({ catalogVersion });
    return { body, etag: await etagFor(body) };
  });
  const { body, etag } = await answer;
  return conditionalResponse(request, body, etag, { 'Content-Type': 'application/json; charset=utf-8' });
};
