/**
 * The peer the benchmark measures us against: the same schema and catalog served the way a user
 * would reach for first, Yoga with `@graphql-yoga/plugin-response-cache`, and a static JSON route
 * of its own so its ratios are taken against the same kind of baseline as ours. No guard, no
 * limits: the peer is what a cache costs without the rest of our edge.
 */
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { createYoga } from 'graphql-yoga';
import { catalog, servedCatalogVersion } from '../src/catalog/catalog.js';
import { negotiateLocale } from '../src/domain/locale.js';
import { operationContext, type Context } from '../src/graphql/context.js';
import { schema } from '../src/graphql/schema.js';

const yoga = createYoga<object, Context>({
  schema,
  landingPage: false,
  graphiql: false,
  // Every answer is the same for every caller, as ours are.
  plugins: [useResponseCache({ session: () => null })],
  context: async ({ request }) =>
    operationContext({
      catalog,
      catalogVersion: await servedCatalogVersion(),
      locale: negotiateLocale(request.headers.get('Accept-Language')),
      origin: new URL(request.url).origin,
    }),
});

export default {
  async fetch(request) {
    if (new URL(request.url).pathname === '/version') {
      return Response.json({ catalogVersion: await servedCatalogVersion() });
    }
    return yoga.fetch(request);
  },
} satisfies ExportedHandler;
