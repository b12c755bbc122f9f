/**
 * Answers /graphql. A repeated operation, GET or POST, is answered from the isolate's map, then
 * from the Cache API, without Yoga parsing, validating or executing it; only a miss reaches Yoga,
 * and its successful answer is kept in both layers. Every answer says what happened in
 * `Cache-Status` (RFC 9211), `X-Cache`, `Age` and `Server-Timing`, and carries the HTTP caching
 * policy of `cache-policy.ts`.
 */
import { cacheKey } from './cache-key.js';
import { CACHE_CONTROL_NO_STORE, conditionalResponse, etagFor } from './cache-policy.js';
import { CORS_HEADERS } from './cors.js';
import { readGraphQLRequest } from './graphql-params.js';
import { EdgeCache, type IsolateCache, type StoredResponse } from './response-cache.js';

/** Cache names in `Cache-Status`, listed origin side first as RFC 9211 asks. */
const EDGE = 'worker-cache-api';
const ISOLATE = 'worker-isolate';

type Outcome = 'isolate-hit' | 'edge-hit' | 'stored' | 'not-stored' | 'bypass';

const CACHE_STATUS: Readonly<Record<Outcome, string>> = {
  'isolate-hit': `${ISOLATE}; hit`,
  'edge-hit': `${EDGE}; hit, ${ISOLATE}; fwd=miss; stored`,
  stored: `${EDGE}; fwd=miss; stored, ${ISOLATE}; fwd=miss; stored`,
  'not-stored': `${EDGE}; fwd=miss, ${ISOLATE}; fwd=miss`,
  bypass: `${EDGE}; fwd=bypass, ${ISOLATE}; fwd=bypass`,
};

const X_CACHE: Readonly<Record<Outcome, string>> = {
  'isolate-hit': 'HIT',
  'edge-hit': 'HIT',
  stored: 'MISS',
  'not-stored': 'MISS',
  bypass: 'BYPASS',
};

/** What the handler needs: who executes, where answers are kept, what the answers depend on. */
export interface GraphQLHandlerOptions {
  /** Executes a request the caches cannot answer (Yoga's `fetch`). */
  readonly execute: (request: Request, env: unknown, ctx: ExecutionContext) => Promise<Response> | Response;
  readonly isolateCache: IsolateCache;
  /** The Cache API cache, looked up per request (the Workers runtime offers it only then). */
  readonly edgeCache: () => Cache;
  readonly catalogVersion: string;
  readonly locale: string;
}

/** True when a browser asks for the GraphiQL page rather than a GraphQL result. */
export function wantsGraphiQL(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('Accept') ?? '').includes('text/html');
}

/** True for a result any caller may be given again: a 200 JSON body without `errors`. */
export function isStorableResult(status: number, contentType: string, body: string): boolean {
  if (status !== 200 || !contentType.includes('json')) return false;
  try {
    const result: unknown = JSON.parse(body);
    return typeof result === 'object' && result !== null && !('errors' in result);
  } catch {
    return false;
  }
}

function elapsed(start: number): string {
  return (performance.now() - start).toFixed(2);
}

function telemetry(outcome: Outcome, start: number, storedAt?: number): Record<string, string> {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'Cache-Status': CACHE_STATUS[outcome],
    'X-Cache': X_CACHE[outcome],
    'Server-Timing': `cache;desc="${outcome}", total;dur=${elapsed(start)}`,
  };
  if (storedAt !== undefined) headers.Age = String(Math.max(0, Math.floor((Date.now() - storedAt) / 1000)));
  return headers;
}

function fromStore(request: Request, stored: StoredResponse, outcome: Outcome, start: number): Response {
  return conditionalResponse(request, stored.body, stored.etag, {
    'Content-Type': stored.contentType,
    ...telemetry(outcome, start, stored.storedAt),
  });
}

/**
 * Yoga's answer with our headers. A success (the GraphiQL page, or a result without errors) gets
 * the HTTP caching policy; an error may not be stored by any cache.
 */
async function withPolicy(request: Request, response: Response, body: string, outcome: Outcome, start: number) {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(telemetry(outcome, start))) headers.set(name, value);
  const contentType = headers.get('Content-Type') ?? '';
  const success =
    response.status === 200 && (!contentType.includes('json') || isStorableResult(200, contentType, body));
  if (success) return conditionalResponse(request, body, await etagFor(body), Object.fromEntries(headers));
  headers.set('Cache-Control', CACHE_CONTROL_NO_STORE);
  return new Response(body, { status: response.status, headers });
}

/** The /graphql handler for `options`. */
export function createGraphQLHandler(options: GraphQLHandlerOptions) {
  const { execute, isolateCache, catalogVersion, locale } = options;

  return async function handleGraphQL(request: Request, env: unknown, ctx: ExecutionContext): Promise<Response> {
    const start = performance.now();
    const read = wantsGraphiQL(request) ? undefined : await readGraphQLRequest(request);
    const key =
      read && cacheKey(read.params, { accept: request.headers.get('Accept') ?? '', locale, catalogVersion });
    if (read === undefined || key === undefined) {
      const response = await execute(read?.forward ?? request, env, ctx);
      return withPolicy(request, response, await response.text(), 'bypass', start);
    }

    const inIsolate = isolateCache.get(key);
    if (inIsolate !== undefined) return fromStore(request, inIsolate, 'isolate-hit', start);

    const edge = new EdgeCache(options.edgeCache());
    const url = await EdgeCache.url(key);
    const atEdge = await edge.get(url);
    if (atEdge !== undefined) {
      isolateCache.set(key, atEdge);
      return fromStore(request, atEdge, 'edge-hit', start);
    }

    const response = await execute(read.forward, env, ctx);
    const body = await response.text();
    const contentType = response.headers.get('Content-Type') ?? '';
    if (!isStorableResult(response.status, contentType, body)) {
      return withPolicy(request, response, body, 'not-stored', start);
    }
    const stored: StoredResponse = { body, contentType, etag: await etagFor(body), storedAt: Date.now() };
    isolateCache.set(key, stored);
    ctx.waitUntil(edge.put(url, stored));
    return fromStore(request, stored, 'stored', start);
  };
}
