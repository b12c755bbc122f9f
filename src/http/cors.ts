/**
 * CORS: any origin may read every answer, without credentials. A fixed `*` (never the caller's
 * origin) keeps cached answers the same for every caller.
 *
 * A preflight allows every request header the browser asks about. Clients send headers of their
 * own (Apollo Client's `apollographql-client-name` and `-version`, `x-apollo-operation-name`,
 * `apollo-require-preflight`, `graphql-client-name`, tracing headers), and a browser refuses the
 * whole request when one is missing from the answer. The API is public, takes no credentials and
 * reads no header that could make a request do more than it may anyway, so refusing a header
 * protects nothing. The answer reflects the request's `Access-Control-Request-Headers` rather than
 * saying `*`: the wildcard never covers `Authorization` (which some generic clients send, and
 * which this API ignores), and older browsers (Firefox before 69, Safari before 13.1) do not honour
 * it. The reflected list is checked to be header names and bounded in length first.
 */
import { MAX_REFLECTED_REQUEST_HEADERS_LENGTH } from '../limits.js';
import { ALLOWED_METHODS } from './methods.js';

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Age, Cache-Status, Server-Timing, X-Request-Id, Retry-After',
};

/** What a preflight allows when it names no headers, or names them in a form not reflected. */
const DEFAULT_ALLOWED_HEADERS = 'Content-Type, Accept, Accept-Language, If-None-Match';

/** A comma-separated list of header names (RFC 9110 tokens), with optional white space between. */
const HEADER_NAME_LIST = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+(?:[ \t]*,[ \t]*[!#$%&'*+\-.^_`|~0-9A-Za-z]+)*$/;

/** True for a CORS preflight request. */
export function isPreflight(request: Request): boolean {
  return request.method === 'OPTIONS' && request.headers.has('Access-Control-Request-Method');
}

/** The headers a preflight allows: those the request names, when they form a list of header names. */
export function allowedRequestHeaders(requested: string | null): string {
  const list = requested?.trim() ?? '';
  return list.length <= MAX_REFLECTED_REQUEST_HEADERS_LENGTH && HEADER_NAME_LIST.test(list)
    ? list
    : DEFAULT_ALLOWED_HEADERS;
}

/** The answer to a preflight: every method the API answers, and the headers the request asks for. */
export function preflightResponse(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': ALLOWED_METHODS.join(', '),
      'Access-Control-Allow-Headers': allowedRequestHeaders(request.headers.get('Access-Control-Request-Headers')),
      'Access-Control-Max-Age': '86400',
      // The answer depends on the requested headers, so no cache may give it to a preflight
      // that asked for others.
      Vary: 'Access-Control-Request-Headers',
    },
  });
}
