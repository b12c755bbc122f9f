/**
 * How the pages for people reach the API on the server: each operation as the GET the page's
 * script sends, by hash, handed in-process to the /graphql route, so the server render is answered
 * by the same caches, limits and plugins as any client (and never counted by the rate limit twice).
 */
import { GRAPHQL_PATH } from '../paths.js';
import { ACCEPT, persistedRunner, type Run } from '../site/api-client/persisted-get.js';
import type { RouteContext } from '../http/route.js';
import { graphql } from './graphql.js';

/** Runs the pages' operations for the request `context` belongs to. */
export function apiRunner(context: RouteContext): Run {
  return persistedRunner(async (search) => {
    const url = new URL(`${GRAPHQL_PATH}?${search.toString()}`, context.url);
    const response = await graphql(new Request(url, { headers: { Accept: ACCEPT } }), { ...context, url });
    return response.json();
  });
}
