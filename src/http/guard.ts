/**
 * What every request goes through, whatever route answers it, so a new route is covered by adding
 * its row to the table: a request id, the rate limit, the route's methods and CORS preflights, its
 * body cap, HEAD answered as a GET without a body, internal faults masked, and CORS and security
 * headers added on the way out (after any cache, so stored answers never hold them; an isolate
 * hit arrives with them already, from its in-memory template, see `outgoing-headers.ts`). A path
 * no route answers goes to the static assets.
 */
import type { Env } from '../env.js';
import type { NotFound } from './route.js';
import { declaresWithin, readBodyWithin } from './body-limit.js';
import { isPreflight, preflightResponse } from './cors.js';
import { MAX_BODY_BYTES } from '../limits.js';
import { methodNotAllowed, optionsResponse, STATIC_METHODS } from './methods.js';
import { CACHE_CONTROL_NO_STORE } from './cache-policy.js';
import { mayHoldAddress } from '../lib/personal-data.js';
import { activeLimiter, isRateLimited, tooManyRequests } from './rate-limit.js';
import { MASKED_ERROR_MESSAGE, rejection } from './rejection.js';
import { addOutgoingHeaders, isFinished } from './outgoing-headers.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';
import { allowedMethods, routeFor, type BodyLimit, type Route } from './route.js';

/** The answer to `request`, whose body is over the cap. */
function payloadTooLarge(request: Request): Response {
  return rejection(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes.`, {
    accept: request.headers.get('Accept'),
  });
}

/** The answer to `request` when a fault of ours stopped it: it names the request id and nothing else. */
function internalError(request: Request, requestId: string): Response {
  return rejection(500, 'INTERNAL_SERVER_ERROR', MASKED_ERROR_MESSAGE, {
    accept: request.headers.get('Accept'),
    extensions: { requestId },
  });
}

const DEFAULT_BODY_LIMIT: BodyLimit = { maxBytes: MAX_BODY_BYTES, tooLarge: payloadTooLarge };

/**
 * The request a route sees: a GET for a HEAD (which may not carry a body), and a body read within
 * its cap in place of one the guard had to count. Otherwise the request itself, uncopied.
 */
function forwarded(request: Request, body?: Uint8Array<ArrayBuffer> | null): Request {
  if (request.method === 'HEAD') return new Request(request, { method: 'GET' });
  return body === undefined ? request : new Request(request, { body });
}

/**
 * `response` itself when its headers can be changed, as those of every answer made here can; a
 * copy when they cannot (an answer fetched from the static assets). Changing them in place keeps
 * the body as it was made, so a text body goes out with its Content-Length instead of chunked
 * through a stream copy.
 */
function withMutableHeaders(response: Response): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, '');
    return response;
  } catch {
    return new Response(response.body, response);
  }
}

/**
 * `response` with CORS, security and request-id headers (and no body, for a HEAD); as it is
 * when its route already gave it them for this request.
 */
function finished(response: Response, requestId: string, head: boolean): Response {
  if (!head && isFinished(response, requestId)) return response;
  const out = head ? new Response(null, response) : withMutableHeaders(response);
  addOutgoingHeaders(out.headers, out.headers.get('Content-Type'), requestId);
  return out;
}

/** Where the guard sends requests: the route table, and the answer when neither a route nor a static file answers. */
interface Routing {
  readonly routes: readonly Route[];
  readonly notFound: NotFound;
}

async function answer(
  { routes, notFound }: Routing,
  request: Request,
  env: Env,
  ctx: ExecutionContext,
  requestId: string,
) {
  // Without a limiter (rate limiting off) nothing is awaited here.
  if (activeLimiter(env) !== undefined && (await isRateLimited(request, env))) return tooManyRequests(request);
  const url = new URL(request.url);
  const route = routeFor(routes, url.pathname);
  const allowed = route === undefined ? STATIC_METHODS : allowedMethods(route);
  if (!allowed.includes(request.method)) return methodNotAllowed(request, allowed);
  if (request.method === 'OPTIONS') return isPreflight(request) ? preflightResponse(request) : optionsResponse(allowed);
  if (route === undefined) {
    const asset = await env.ASSETS.fetch(request);
    return asset.status === 404 ? notFound(request, allowed) : asset;
  }
  const context = { env, ctx, url, requestId };
  const limit = route.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const maxBytes = Math.min(limit.maxBytes, MAX_BODY_BYTES);
  // Most clients declare the length: their bodies pass on as they are, without a copy.
  if (request.body === null || declaresWithin(request.headers, maxBytes)) {
    return route.handler(forwarded(request), context);
  }
  const body = await readBodyWithin(request, maxBytes);
  if (body.kind === 'too-large') return limit.tooLarge(request);
  return route.handler(forwarded(request, body.bytes), context);
}

/**
 * True when the path or query of `request` may hold an email address (`@`, or `%40` encoded): no
 * cache may keep its answer, which is keyed by that URL.
 */
function urlHoldsAddress(request: Request): boolean {
  const { url } = request;
  const rest = url.slice(url.indexOf('/', url.indexOf('//') + 2));
  return mayHoldAddress(rest) || rest.includes('%40');
}

/** A plain 404 without a body, for a guard given no answer of its own (unit tests). */
const emptyNotFound: NotFound = (_request, allowed) =>
  new Response(null, { status: 404, headers: { Allow: allowed.join(', ') } });

/** The Worker's fetch: `routes` behind the guard; `notFound` answers a path nothing serves. */
export function guard(routes: readonly Route[], notFound: NotFound = emptyNotFound): ExportedHandlerFetchHandler<Env> {
  return async (request, env, ctx) => {
    const requestId = requestIdFor(request);
    let response: Response;
    try {
      response = await answer({ routes, notFound }, request, env, ctx, requestId);
    } catch (error) {
      // The error alone, never the request: its URL or body may hold an address.
      console.error(`Request ${requestId} failed:`, error);
      response = internalError(request, requestId);
    }
    // One rule for every route, whatever it keys by: an answer to a URL naming an address is
    // personal data, which no shared cache may keep (a hit or Age would tell who asked).
    if (urlHoldsAddress(request)) {
      response = withMutableHeaders(response);
      response.headers.set('Cache-Control', CACHE_CONTROL_NO_STORE);
    }
    return finished(response, requestId, request.method === 'HEAD');
  };
}
