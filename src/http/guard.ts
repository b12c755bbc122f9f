/**
 * What every request goes through, whatever route answers it, so a new route is covered without
 * doing anything: a request id, the rate limit, the allowed methods and CORS preflights, the body
 * cap, HEAD answered as a GET without a body, internal faults masked, and CORS and security
 * headers added on the way out (after any cache, so stored answers never hold them).
 */
import type { Env } from '../env.js';
import { declaresWithin, readBodyWithin } from './body-limit.js';
import { CORS_HEADERS, isPreflight, preflightResponse } from './cors.js';
import { MASKED_ERROR_MESSAGE } from './errors.js';
import { MAX_BODY_BYTES } from './limits.js';
import { isAllowedMethod, methodNotAllowed, optionsResponse } from './methods.js';
import { isRateLimited, tooManyRequests } from './rate-limit.js';
import { rejection } from './rejection.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';
import { securityHeadersFor } from './security-headers.js';

/** A route handler: the Worker's fetch, minus the guard. */
export type Handler = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response> | Response;

/** A route's own, smaller body cap, and its own answer to a body over it (Autodiscover's XML error). */
export interface BodyLimit {
  readonly maxBytes: number;
  readonly tooLarge: () => Response;
}

/** The answer to a body over the cap. */
export function payloadTooLarge(): Response {
  return rejection(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes.`);
}

/** The answer to a fault of ours: it names the request id and nothing else. */
export function internalError(requestId: string): Response {
  return rejection(500, 'INTERNAL_SERVER_ERROR', MASKED_ERROR_MESSAGE, { extensions: { requestId } });
}

/**
 * The request the routes see: a GET for a HEAD, the body within its cap (none for a GET, which
 * may not have one), the request id attached.
 */
function forwarded(request: Request, requestId: string, body: BodyInit | null): Request {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  return new Request(request.url, { method, headers, body: method === 'GET' ? null : body, cf: request.cf });
}

/** `response` with CORS, security and request-id headers (and no body, for a HEAD). */
function finished(response: Response, requestId: string, head: boolean): Response {
  const out = new Response(head ? null : response.body, response);
  const headers = {
    ...CORS_HEADERS,
    ...securityHeadersFor(out.headers.get('Content-Type')),
    [REQUEST_ID_HEADER]: requestId,
  };
  for (const [name, value] of Object.entries(headers)) out.headers.set(name, value);
  return out;
}

const DEFAULT_BODY_LIMIT: BodyLimit = { maxBytes: MAX_BODY_BYTES, tooLarge: payloadTooLarge };

/** Which body cap a request path has: its route's, never above the general one. */
export type BodyLimitFor = (pathname: string) => BodyLimit | undefined;

async function answer(
  handler: Handler,
  request: Request,
  env: Env,
  ctx: ExecutionContext,
  requestId: string,
  bodyLimitFor: BodyLimitFor,
) {
  if (await isRateLimited(request, env)) return tooManyRequests();
  if (!isAllowedMethod(request.method)) return methodNotAllowed(request.method);
  if (request.method === 'OPTIONS') return isPreflight(request) ? preflightResponse() : optionsResponse();
  const limit = bodyLimitFor(new URL(request.url).pathname) ?? DEFAULT_BODY_LIMIT;
  const maxBytes = Math.min(limit.maxBytes, MAX_BODY_BYTES);
  // Most clients declare the length: their bodies pass on as they are, without a copy.
  if (request.body === null || declaresWithin(request.headers, maxBytes)) {
    return handler(forwarded(request, requestId, request.body), env, ctx);
  }
  const body = await readBodyWithin(request, maxBytes);
  if (body.kind === 'too-large') return limit.tooLarge();
  return handler(forwarded(request, requestId, body.bytes), env, ctx);
}

/** `handler` behind the guard; `bodyLimitFor` names the routes with a smaller body cap. */
export function guard(handler: Handler, bodyLimitFor: BodyLimitFor = () => undefined): Handler {
  return async (request, env, ctx) => {
    const requestId = requestIdFor(request);
    let response: Response;
    try {
      response = await answer(handler, request, env, ctx, requestId, bodyLimitFor);
    } catch (error) {
      console.error(`Request ${requestId} failed:`, error);
      response = internalError(requestId);
    }
    return finished(response, requestId, request.method === 'HEAD');
  };
}
