/**
 * The Worker entry: routes each request to its handler.
 */
import type { Env } from './env.js';
import { clientConfigRoute } from './http/client-config-routes.js';
import { isPreflight, preflightResponse } from './http/cors.js';
import { handleGraphQL, handleVersion } from './http/routes.js';
import { GRAPHQL_PATH } from './http/yoga.js';

export default {
  fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (isPreflight(request)) return preflightResponse();
    if (url.pathname === GRAPHQL_PATH) return handleGraphQL(request, env, ctx, url);
    const clientConfig = clientConfigRoute(url.pathname);
    if (clientConfig !== undefined) return clientConfig(request, url);
    if (url.pathname === '/version' && (request.method === 'GET' || request.method === 'HEAD')) return handleVersion(request);
    if (url.pathname === '/') return Response.redirect(new URL(GRAPHQL_PATH, url).href, 302);
    return env.ASSETS.fetch(request);
  },
} satisfies ExportedHandler<Env>;
