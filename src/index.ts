/**
 * The Worker entry: routes each request to the GraphQL server or the static assets.
 */
import type { Env } from './env.js';
import { GRAPHQL_PATH, yoga } from './http/yoga.js';

export default {
  fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === GRAPHQL_PATH) return yoga.fetch(request, { env, ctx });
    if (url.pathname === '/') return Response.redirect(new URL(GRAPHQL_PATH, url).href, 302);
    return env.ASSETS.fetch(request);
  },
} satisfies ExportedHandler<Env>;
