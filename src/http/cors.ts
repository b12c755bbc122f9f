/**
 * CORS: any origin may read every answer, without credentials. A fixed `*` (never the caller's
 * origin) keeps cached answers the same for every caller.
 */
import { ALLOWED_METHODS } from './methods.js';

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Age, Cache-Status, Server-Timing, X-Request-Id, Retry-After',
};

/** True for a CORS preflight request. */
export function isPreflight(request: Request): boolean {
  return request.method === 'OPTIONS' && request.headers.has('Access-Control-Request-Method');
}

/** The answer to a preflight: every method the API answers, with the headers a GraphQL client sends. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': ALLOWED_METHODS.join(', '),
      'Access-Control-Allow-Headers': 'Content-Type, Accept, Accept-Language, If-None-Match',
      'Access-Control-Max-Age': '86400',
    },
  });
}
