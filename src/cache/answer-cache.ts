/**
 * The answer cache in front of Yoga. A repeated operation, GET or POST, is answered from the
 * isolate's map, then from the Cache API, without Yoga parsing, validating or executing it; only a
 * miss reaches Yoga, in the locale and media type negotiated for it (406 when Accept admits
 * neither of ours), and its successful answer is kept in the isolate with its Content-Language.
 * It goes on to the Cache API when it is asked for again: an operation sent once (a new one per
 * request is what an attacker or a GraphiQL session sends) never writes to the cache the isolates
 * share, a write that halved the rate of distinct operations under Miniflare. Symmetrically, the
 * Cache API is read only for an operation named by its hash or one the isolate has executed before.
 * Every answer says what happened in `Cache-Status` (RFC 9211), `Age` and `Server-Timing`, and
 * carries the HTTP caching policy of `http/cache-policy.ts`.
 */
import type { Locale } from '../catalog/types.js';
import { negotiateLocale } from '../domain/locale.js';
import {
  CACHE_CONTROL_NO_STORE,
  cacheableHeaders,
  conditionalAnswer,
  etagFor,
  etagOf,
  notModifiedOr,
  VARY_LOCALIZED,
} from '../http/cache-policy.js';
import {
  APPLICATION_JSON,
  GRAPHQL_RESPONSE_JSON,
  negotiateMediaType,
  type GraphQLMediaType,
} from '../http/media-type.js';
import { nameRequest, outgoingTemplate } from '../http/outgoing-headers.js';
import { rejection } from '../http/rejection.js';
import type { RouteContext } from '../http/route.js';
import { EdgeCache } from './edge-cache.js';
import type { IsolateCache, StoredResponse } from './isolate-cache.js';
import { DeclaredVariables } from './declared-variables.js';
import { cacheKey, operationKey } from './key.js';
import { NOT_UTF8, parseGraphQLParams, rawGet, readRawPost, type Forwarded, type RawGraphQLRequest } from './params.js';

/** Cache names in `Cache-Status`, listed origin side first as RFC 9211 asks. */
const EDGE = 'worker-cache-api';
const ISOLATE = 'worker-isolate';

type Outcome = 'isolate-hit' | 'edge-hit' | 'stored' | 'not-stored' | 'new-stored' | 'new-not-stored' | 'bypass';

/** The Cache API's part of `Cache-Status` for an operation the isolate has not executed before. */
const EDGE_NOT_READ = `${EDGE}; fwd=bypass; detail=new-operation`;

const CACHE_STATUS: Readonly<Record<Outcome, string>> = {
  'isolate-hit': `${ISOLATE}; hit`,
  'edge-hit': `${EDGE}; hit, ${ISOLATE}; fwd=miss; stored`,
  stored: `${EDGE}; fwd=miss, ${ISOLATE}; fwd=miss; stored`,
  'not-stored': `${EDGE}; fwd=miss, ${ISOLATE}; fwd=miss`,
  'new-stored': `${EDGE_NOT_READ}, ${ISOLATE}; fwd=miss; stored`,
  'new-not-stored': `${EDGE_NOT_READ}, ${ISOLATE}; fwd=miss`,
  bypass: `${EDGE}; fwd=bypass, ${ISOLATE}; fwd=bypass`,
};

/** What was negotiated for a request: the language and the media type of its answer. */
interface Negotiated {
  readonly locale: Locale;
  readonly mediaType: GraphQLMediaType;
}

/**
 * An executed request: Yoga's answer, whether the result in it had no errors, and whether the
 * operation carried an email address (then no cache keeps it: see graphql-server/personal-data.ts).
 */
interface Executed {
  readonly response: Response;
  readonly errorFree: boolean;
  readonly personal: boolean;
  /**
   * True when the answer reads live data (serviceStatus, new every few minutes): no cache keeps
   * it, neither ours nor HTTP's. A D1 read per request is cheap, and a status that is minutes
   * stale would defeat its purpose; the rate limiter bounds the reads.
   */
  readonly live: boolean;
  /** The variables the executed operation declares, when it got as far as executing. */
  readonly variableNames?: readonly string[];
  /**
   * The answer's text, when the byte cap wrote it; `response` then carries no body when it was
   * executed `textOnly` (see graphql-server/response-media-type.ts).
   */
  readonly body?: string;
}

/** Executes a request the caches cannot answer, as negotiated for it. */
export type Execute = (forwarded: Forwarded, negotiated: Negotiated, context: RouteContext) => Promise<Executed>;

/** What the cache needs: who executes, where answers are kept, what the answers depend on. */
interface AnswerCacheOptions {
  readonly execute: Execute;
  /** True when a request is for a page (GraphiQL) rather than a GraphQL result. */
  readonly isPage: (request: Request) => boolean;
  readonly isolateCache: IsolateCache;
  /** The Cache API cache, looked up per request (the Workers runtime offers it only then). */
  readonly edgeCache: () => Cache;
  readonly catalogVersion: string;
}

const isJson = (response: Response) => (response.headers.get('Content-Type') ?? '').includes('json');

/**
 * True for a result any caller may be given again: a 200 JSON answer without `errors` that names
 * no address (kept, it would tell the next caller that someone looked the address up) and reads
 * no live data.
 */
const isStorable = ({ response, errorFree, personal, live }: Executed): boolean =>
  response.status === 200 && errorFree && !personal && !live && isJson(response);

/**
 * True when Yoga's answer may be cached by HTTP caches: a page, or a result without errors that
 * names no address.
 */
const isSuccess = (executed: Executed): boolean =>
  executed.response.status === 200 &&
  !executed.personal &&
  !executed.live &&
  (!isJson(executed.response) || executed.errorFree);

/** The answer to a request whose Accept admits neither media type (406, as the spec recommends). */
function notAcceptable(): Response {
  return rejection(
    406,
    'NOT_ACCEPTABLE',
    `The Accept header admits neither ${GRAPHQL_RESPONSE_JSON} nor ${APPLICATION_JSON}, the media types /graphql answers in.`,
  );
}

/**
 * What happened, as every /graphql answer says it: `Cache-Status`, and `Server-Timing` when the
 * request did work (`start` is when it began). An isolate hit did none worth timing, and its
 * `Cache-Status` already names it. (CORS comes from the guard, Content-Language from Yoga or the
 * store.)
 */
function telemetry(outcome: Outcome, start: number | undefined): [string, string][] {
  const status: [string, string] = ['Cache-Status', CACHE_STATUS[outcome]];
  if (start === undefined) return [status];
  return [status, ['Server-Timing', `cache;desc="${outcome}", total;dur=${(performance.now() - start).toFixed(2)}`]];
}

// A kept answer's own headers and those the guard adds to every answer, made on its first use:
// each hit copies them in one step rather than setting a dozen one by one, and the guard, seeing
// them there, leaves the answer as it is.
const storedHeaders = new WeakMap<StoredResponse, Headers>();

/** The headers every answer from `stored` carries, request id aside. */
function templateOf(stored: StoredResponse): Headers {
  let template = storedHeaders.get(stored);
  if (template === undefined) {
    template = outgoingTemplate({
      ...cacheableHeaders(stored.etag),
      'Content-Type': stored.contentType,
      'Content-Language': stored.contentLanguage,
      Vary: VARY_LOCALIZED,
      'Cache-Status': CACHE_STATUS['isolate-hit'],
    });
    storedHeaders.set(stored, template);
  }
  return template;
}

/** A kept answer; `start` is given when the answer was computed (or fetched) for this request. */
function fromStore(
  request: Request,
  requestId: string,
  stored: StoredResponse,
  outcome: Outcome,
  start?: number,
): Response {
  const response = conditionalAnswer(request, stored.body, stored.etag, templateOf(stored));
  const { headers } = response;
  headers.set('Age', String(Math.max(0, Math.floor((Date.now() - stored.storedAt) / 1000))));
  // The template already says what an isolate hit says.
  if (outcome !== 'isolate-hit') for (const [name, value] of telemetry(outcome, start)) headers.set(name, value);
  nameRequest(headers, requestId);
  return response;
}

/**
 * Yoga's answer, not kept, with our headers. A success (the GraphiQL page, or a result without
 * errors) gets the HTTP caching policy, with an ETag of its text; anything else may not be stored
 * by any cache. Yoga's own Response goes out with its headers changed in place when it still
 * holds its body; else one is made from the text.
 */
async function unstored(request: Request, executed: Executed, success: boolean, outcome: Outcome, start: number) {
  const text = executed.body ?? (success ? await executed.response.text() : undefined);
  // Yoga's Response still holds its body unless the text was just read from it or Yoga made none.
  const { body, bodyUsed } = executed.response;
  const response = body !== null && !bodyUsed ? executed.response : new Response(text, executed.response);
  const { headers } = response;
  const etag = success && text !== undefined ? await etagFor(text) : undefined;
  if (etag === undefined) headers.set('Cache-Control', CACHE_CONTROL_NO_STORE);
  else for (const [name, value] of Object.entries(cacheableHeaders(etag))) headers.set(name, value);
  headers.set('Vary', VARY_LOCALIZED);
  for (const [name, value] of telemetry(outcome, start)) headers.set(name, value);
  return etag === undefined ? response : notModifiedOr(request, etag, response);
}

/** The /graphql route's answers for `options`, cached. */
export function answerCache(options: AnswerCacheOptions) {
  const { execute, isPage, isolateCache, catalogVersion } = options;
  const declaredVariables = new DeclaredVariables();
  // Answers computed here and asked for once so far, with the digest of the key each goes to the
  // Cache API under when asked for again (its URL is made then: most are never asked for again);
  // an answer the isolate map lets go is forgotten here too.
  const unshared = new WeakMap<StoredResponse, Uint8Array>();
  const reused = (stored: StoredResponse, ctx: ExecutionContext) => {
    const digest = unshared.get(stored);
    if (digest === undefined) return;
    unshared.delete(stored);
    ctx.waitUntil(new EdgeCache(options.edgeCache()).put(EdgeCache.url(digest), stored));
  };

  return async function cachedAnswer(request: Request, context: RouteContext): Promise<Response> {
    const { env, ctx, url } = context;
    const accept = request.headers.get('Accept') ?? '';
    const acceptLanguage = request.headers.get('Accept-Language');
    const page = isPage(request);
    // A GET is read without waiting, so a repeat is answered without a single await.
    const raw: RawGraphQLRequest | typeof NOT_UTF8 | undefined = page
      ? undefined
      : request.method === 'GET'
        ? rawGet(request, url)
        : await readRawPost(request);
    if (raw === NOT_UTF8) return rejection(400, 'BAD_REQUEST', "The request's body is not valid UTF-8.", { accept });
    const bypass = page || env.RESPONSE_CACHE === 'off';
    // The request as sent, Accept-Language unparsed: a repeat is found before any negotiation.
    const alias =
      raw && !bypass
        ? `${catalogVersion}\n${url.origin}\n${acceptLanguage}\n${accept}\n${raw.method}\n${raw.text}`
        : undefined;
    const seen = alias && isolateCache.getByAlias(alias);
    if (seen) {
      reused(seen, ctx);
      return fromStore(request, context.requestId, seen, 'isolate-hit');
    }

    const start = performance.now();
    const locale = negotiateLocale(acceptLanguage);
    const params = raw && parseGraphQLParams(raw);
    if (params !== undefined && 'malformed' in params) {
      return rejection(400, 'BAD_REQUEST', `The request's ${params.malformed} is not valid JSON.`, { accept });
    }
    // Accept is parsed once, here, and the key holds what it chose rather than its text: two
    // values that negotiate alike share an answer, and one that admits neither never finds one.
    const mediaType = page ? APPLICATION_JSON : negotiateMediaType(accept);
    if (mediaType === undefined) return notAcceptable();
    const keyContext = { origin: url.origin, mediaType, locale, catalogVersion };
    const operation = params && !bypass ? await operationKey(params) : undefined;
    const declared = operation && declaredVariables.get(operation.key);
    const key = operation && params && cacheKey(operation, params, keyContext, declared);
    if (
      raw === undefined ||
      params === undefined ||
      operation === undefined ||
      key === undefined ||
      alias === undefined
    ) {
      const executed = await execute(raw?.forward() ?? { request }, { locale, mediaType }, context);
      return unstored(request, executed, isSuccess(executed), 'bypass', start);
    }

    const inIsolate = isolateCache.get(key);
    if (inIsolate !== undefined) {
      reused(inIsolate, ctx);
      isolateCache.setAlias(alias, inIsolate);
      return fromStore(request, context.requestId, inIsolate, 'isolate-hit');
    }

    // The Cache API is read for an operation clients send again and again: one named by its hash,
    // or one this isolate has executed before (with any variables). An operation new to the
    // isolate is in the Cache API only if another isolate was asked for it twice (see `reused`),
    // so reading would nearly always be a round trip for nothing; under Miniflare it cost a third
    // of the rate of distinct operations. Its first execution here is what sharing gives up.
    const readsEdge = operation.byHash || declared !== undefined;
    const digest = readsEdge ? await EdgeCache.digest(key) : undefined;
    const atEdge = digest && (await new EdgeCache(options.edgeCache()).get(EdgeCache.url(digest)));
    if (atEdge) {
      isolateCache.set(key, atEdge);
      isolateCache.setAlias(alias, atEdge);
      return fromStore(request, context.requestId, atEdge, 'edge-hit', start);
    }

    const executed = await execute({ ...raw.forward(), textOnly: true }, { locale, mediaType }, context);
    if (!isStorable(executed))
      return unstored(request, executed, false, readsEdge ? 'not-stored' : 'new-not-stored', start);
    const { response, variableNames } = executed;
    const body = executed.body ?? (await response.text());
    // Kept under the key of the variables the operation declares, which later requests use.
    if (variableNames !== undefined) declaredVariables.learn(operation.key, variableNames);
    const storedKey = variableNames === undefined ? key : cacheKey(operation, params, keyContext, variableNames);
    const storedDigest = storedKey === key && digest ? digest : await EdgeCache.digest(storedKey);
    const stored: StoredResponse = {
      body,
      contentType: response.headers.get('Content-Type') ?? '',
      contentLanguage: response.headers.get('Content-Language') ?? locale,
      // The key names the answer as surely as its bytes do: it holds the catalog version and all
      // else the answer depends on, which is what lets the caches give it again. Its digest,
      // already taken, spares hashing the answer (a twentieth of GraphiQL's introspection).
      etag: etagOf(storedDigest),
      storedAt: Date.now(),
    };
    isolateCache.set(storedKey, stored);
    isolateCache.setAlias(alias, stored);
    unshared.set(stored, storedDigest);
    return fromStore(request, context.requestId, stored, readsEdge ? 'stored' : 'new-stored', start);
  };
}
