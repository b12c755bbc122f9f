/**
 * The GraphQL server: Yoga serving the Pothos schema over GET and POST at /graphql, with GraphiQL
 * for browsers. Created once per isolate.
 */
import { createYoga } from 'graphql-yoga';
import { catalog, servedCatalogVersion } from '../catalog/catalog.js';
import type { Env } from '../env.js';
import type { Context } from '../graphql/builder.js';
import { schema } from '../graphql/index.js';
import { negotiateLocale } from '../domain/locale.js';
import { MASKED_ERROR_MESSAGE, maskError, useRequestIdInMaskedErrors } from './errors.js';
import { useLocalizedErrors } from './localized-errors.js';
import { useOperationLimits } from './operation-limits.js';
import { boundedParserCache } from './parser-cache.js';
import { EXAMPLES } from './examples.js';
import { renderGraphiQLPage } from './graphiql-page.js';
import { PersistedQueryStore, usePersistedQueries } from './persisted-queries.js';
import { listBounds } from '../graphql-server/list-bounds.js';
import { useResultNodeLimit } from '../graphql-server/result-node-limit.js';
import { useResponseByteCap } from '../graphql-server/response-byte-cap.js';

export const GRAPHQL_PATH = '/graphql';

export const yoga = createYoga<{ env: Env; ctx: ExecutionContext }, Context>({
  schema,
  graphqlEndpoint: GRAPHQL_PATH,
  landingPage: false,
  batching: false,
  // Only JSON bodies are read (routes.ts refuses the rest); multipart is file upload, which no
  // field takes.
  multipart: false,
  parserAndValidationCache: boundedParserCache(),
  logging: 'warn',
  maskedErrors: { maskError, errorMessage: MASKED_ERROR_MESSAGE, isDev: false },
  // CORS is answered around Yoga (cors.ts): Yoga's default echoes the caller's origin with
  // credentials allowed, which would make every cached answer specific to one origin.
  cors: false,
  plugins: [
    ...useOperationLimits(),
    useResultNodeLimit(listBounds(schema, catalog)),
    usePersistedQueries(new PersistedQueryStore()),
    useLocalizedErrors(),
    useRequestIdInMaskedErrors(),
    useResponseByteCap(),
  ],
  context: async ({ request }): Promise<Context> => ({
    catalog,
    catalogVersion: await servedCatalogVersion(),
    locale: negotiateLocale(request.headers.get('Accept-Language')),
    origin: new URL(request.url).origin,
    localeOverrides: new Map(),
  }),
  graphiql: {
    title: 'Mail Settings API',
    defaultTabs: EXAMPLES.map(({ query, variables }) => ({
      query,
      variables: variables === undefined ? undefined : JSON.stringify(variables, null, 2),
    })),
  },
  renderGraphiQL: renderGraphiQLPage,
});
