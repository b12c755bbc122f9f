/**
 * How the pages for people reach the API on the server: each operation as the request the page's
 * script sends (a GET by hash, a JSON POST for one naming an address), handed in-process to the
 * /graphql route, so the server render is answered by the same caches, limits and plugins as any
 * client (and never counted by the rate limit twice).
 */
import { GRAPHQL_PATH } from '../paths.js';
import { ACCEPT, persistedRunner, type Run } from '../site/api-client/persisted-get.js';
import type { RouteContext } from '../http/route.js';
import { graphql } from './graphql.js';

/** Runs the pages' operations for the request `context` belongs to. */
export function apiRunner(context: RouteContext): Run {
  return persistedRunner(async (search, post) => {
    const url = new URL(post === undefined ? `${GRAPHQL_PATH}?${search.toString()}` : GRAPHQL_PATH, context.url);
    const init: RequestInit =
      post === undefined
        ? { headers: { Accept: ACCEPT } }
        : { method: 'POST', headers: { Accept: ACCEPT, 'Content-Type': 'application/json' }, body: post.body };
    const response = await graphql(new Request(url, init), { ...context, url });
    return response.json();
  });
}
