/**
 * The GraphQL server: Yoga serving the Pothos schema over GET and POST at /graphql. Created once
 * per isolate.
 *
 * Yoga itself, without the request adapter `createYoga` wraps it in: the route calls its handler.
 * The adapter's work on each request (copying the server context property by property, racing
 * the answer against the request's abort signal, and running request hooks that each parsed the
 * URL again) was a sixth of an uncached operation's time, and served only what never reaches
 * Yoga here: health checks, paths other than /graphql, and the GraphiQL page, which the route
 * serves itself (`graphiql/graphiql-page.ts`).
 */
import { GRAPHQL_PATH } from '../paths.js';
import { YogaServer } from 'graphql-yoga';
import { catalog, knownCatalogVersion, servedCatalogVersion } from '../catalog/catalog.js';
import { operationContext, type Context } from '../graphql/context.js';
import { schema } from '../graphql/schema.js';
import { readStatuses } from '../world/server-check/store.js';
import { publicHost } from '../http/public-host.js';
import { MASKED_ERROR_MESSAGE } from '../http/rejection.js';
import { useContentLanguage } from './content-language.js';
import { useErrorCodes } from './errors/error-codes.js';
import { maskError, useRequestIdInMaskedErrors } from './errors/errors.js';
import { useLocalizedErrors } from './errors/localized-errors.js';
import { useNoSuggestions } from './errors/no-suggestions.js';
import { useOperationLimits } from './limits/operation-limits.js';
import { useFieldMergingLimits } from './limits/field-merging.js';
import { useKnownOperationTypes } from './operation-types.js';
import { boundedParserCache } from './limits/parser-cache.js';
import { PersistedQueryStore, usePersistedQueries } from './persisted-queries.js';
import { useParsedBody } from './request/parsed-body.js';
import { useNegotiatedMediaType } from './response-media-type.js';
import type { ServerContext } from './server-context.js';
import { useLazyRuleVisitors } from './validation/lazy-rules.js';
import { listBounds } from './limits/list-bounds.js';
import { useResultNodeLimit } from './limits/result-node-limit.js';
import { useResponseByteCap } from './limits/response-byte-cap.js';
import { useResultOutcome } from './result-outcome.js';
import { useFastIntrospection } from './execution/fast-introspection.js';
import { usePersonalData } from './personal-data.js';
import { dohResolver } from '../world/dns/doh.js';

export const yoga = new YogaServer<ServerContext, Context>({
  schema,
  graphqlEndpoint: GRAPHQL_PATH,
  landingPage: false,
  batching: false,
  // Only JSON bodies are read (the route refuses the rest); multipart is file upload, which no
  // field takes.
  multipart: false,
  // The guard has refused any body over MAX_BODY_BYTES before the route reads it, and the route
  // hands Yoga what it read; Yoga's own limit would stream the text through a counting
  // TransformStream into yet another Request for every POST.
  maxRequestBodySize: false,
  parserAndValidationCache: boundedParserCache(),
  logging: 'warn',
  maskedErrors: { maskError, errorMessage: MASKED_ERROR_MESSAGE, isDev: false },
  // CORS is answered by the guard (http/cors.ts): Yoga's default echoes the caller's origin with
  // credentials allowed, which would make every cached answer specific to one origin.
  cors: false,
  plugins: [
    useParsedBody(),
    useLazyRuleVisitors(),
    ...useOperationLimits(),
    useFieldMergingLimits(),
    // With introspection on, suggestions reveal nothing new; they go so that the schema is not
    // spelt out to a caller should introspection ever be switched off.
    useNoSuggestions(),
    useResultNodeLimit(listBounds(schema, catalog)),
    useFastIntrospection(),
    useKnownOperationTypes(),
    usePersistedQueries(new PersistedQueryStore()),
    usePersonalData(),
    // Before useLocalizedErrors, which hides what tells a caller's input error apart.
    useContentLanguage(),
    useLocalizedErrors(),
    useRequestIdInMaskedErrors(),
    useErrorCodes(),
    useNegotiatedMediaType(),
    useResponseByteCap(),
    useResultOutcome(),
  ],
  // Synchronous once the catalog version is known (the route waits for it before any request
  // reaches Yoga), which spares every operation a promise.
  context: ({ locale, env, requestUrl, outcome }): Context | Promise<Context> => {
    const make = (catalogVersion: string) =>
      operationContext({
        catalog,
        catalogVersion,
        locale,
        origin: requestUrl.origin,
        publicHost: () => publicHost(env, requestUrl),
        readServiceStatus: (now) => {
          const db = env.STATUS_DB;
          // A history that cannot be read is no history: the answer says no check has run.
          return db === undefined ? Promise.resolve(new Map()) : readStatuses(db, now).catch(() => new Map());
        },
        markLive: () => {
          outcome.live = true;
        },
        makeResolver: () => dohResolver({ url: env.DOH_URL }),
      });
    const catalogVersion = knownCatalogVersion();
    return catalogVersion === undefined ? servedCatalogVersion().then(make) : make(catalogVersion);
  },
  // The route serves the GraphiQL page (graphiql/graphiql-page.ts).
  graphiql: false,
});
