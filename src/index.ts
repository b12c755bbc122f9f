/**
 * The Worker entry: routes each request to its handler, behind the guard every route shares.
 */
import type { Env } from './env.js';
import { clientConfigBodyLimit, clientConfigRoute } from './http/client-config-routes.js';
import { guard } from './http/guard.js';
import { handleGraphQL, handleVersion } from './http/routes.js';
import { GRAPHQL_PATH } from './http/yoga.js';

export default {
  fetch: guard((request, env, ctx) => {
    const url = new URL(request.url);
    if (url.pathname === GRAPHQL_PATH) return handleGraphQL(request, env, ctx, url);
    const clientConfig = clientConfigRoute(url.pathname);
    if (clientConfig !== undefined) return clientConfig(request, url);
    if (url.pathname === '/version' && request.method === 'GET') return handleVersion(request);
    if (url.pathname === '/') return Response.redirect(new URL(GRAPHQL_PATH, url).href, 302);
    return env.ASSETS.fetch(request);
  }, clientConfigBodyLimit),
} satisfies ExportedHandler<Env>;
