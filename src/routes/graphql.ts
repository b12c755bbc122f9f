/**
 * `/graphql`: GET and JSON POST, answered by the answer cache in front of Yoga; GraphiQL for a
 * browser's GET. Form and multipart bodies are refused before anything reads them (CSRF).
 */
import { shouldRenderGraphiQL } from 'graphql-yoga';
import { servedCatalogVersion } from '../catalog/catalog.js';
import { answerCache, type Execute } from '../cache/answer-cache.js';
import { IsolateCache } from '../cache/isolate-cache.js';
import { isJsonContentType } from '../cache/params.js';
import { graphiqlPage } from '../graphql-server/graphiql/graphiql-page.js';
import { yoga } from '../graphql-server/yoga.js';
import { rejection } from '../http/rejection.js';
import type { RouteHandler } from '../http/route.js';
import { onlyTrustedDocuments } from '../trusted-documents/mode.js';
import type { ResultOutcome } from '../graphql-server/server-context.js';

/** The answer to `request`, a POST that is not JSON: a form or multipart body must never run a query (CSRF). */
function unsupportedMediaType(request: Request): Response {
  const contentType = request.headers.get('Content-Type');
  return rejection(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `A POST to /graphql must have Content-Type application/json; got ${contentType === null ? 'none' : JSON.stringify(contentType)}.`,
    { accept: request.headers.get('Accept') },
  );
}

/**
 * Runs a request on Yoga (with its body, when the answer cache parsed it), which reports on the
 * result through the server context's outcome; a browser's GET gets the GraphiQL page.
 */
export const executeOnYoga: Execute = async (
  { request, body: parsedBody, textOnly = false },
  { locale, mediaType },
  { env, ctx, requestId, url },
) => {
  const outcome: ResultOutcome = { errorFree: false, personal: false, live: false };
  const response = shouldRenderGraphiQL(request)
    ? graphiqlPage()
    : await yoga.handle(request, {
        body: parsedBody,
        textOnly,
        env,
        ctx,
        requestId,
        requestUrl: url,
        locale,
        mediaType,
        outcome,
        waitUntil: (promise) => ctx.waitUntil(Promise.resolve(promise)),
      });
  const { errorFree, personal = false, live = false, variableNames, body } = outcome;
  return { response, errorFree, personal, live, variableNames, body };
};

const isolateCache = new IsolateCache();

const cachedAnswerFor = (catalogVersion: string) =>
  answerCache({
    execute: executeOnYoga,
    isPage: shouldRenderGraphiQL,
    isolateCache,
    // Typed by hand: @whatwg-node/fetch (a Yoga dependency) pulls in the DOM's CacheStorage
    // type, which hides the Workers runtime's `caches.default`.
    edgeCache: () => (caches as unknown as { readonly default: Cache }).default,
    catalogVersion,
  });

type CachedAnswer = ReturnType<typeof cachedAnswerFor>;

/**
 * The answers of a Worker that runs trusted documents only are kept apart from those of an open
 * one (their keys carry the mode), so a change of mode with the same catalog never serves an
 * answer stored for a document the mode refuses.
 */
const keyspace = (catalogVersion: string, only: boolean) =>
  only ? `${catalogVersion};trusted-documents=only` : catalogVersion;

// Made on the first request: a Worker may not start asynchronous work while it loads. Once made,
// it is called without an await in between, so an isolate hit stays synchronous until the guard.
const pending = new Map<boolean, Promise<CachedAnswer>>();
const cachedAnswers = new Map<boolean, CachedAnswer>();

export const graphql: RouteHandler = async (request, context) => {
  if (request.method === 'POST' && !isJsonContentType(request.headers.get('Content-Type'))) {
    return unsupportedMediaType(request);
  }
  const only = onlyTrustedDocuments(context.env);
  let cachedAnswer = cachedAnswers.get(only);
  if (cachedAnswer === undefined) {
    const made =
      pending.get(only) ?? servedCatalogVersion().then((version) => cachedAnswerFor(keyspace(version, only)));
    pending.set(only, made);
    cachedAnswer = await made;
    cachedAnswers.set(only, cachedAnswer);
  }
  return cachedAnswer(request, context);
};
