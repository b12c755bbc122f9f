/**
 * The methods the API answers: reading (GET, HEAD), GraphQL and Autodiscover requests (POST), and
 * CORS (OPTIONS). Each route takes some of them (see its row in the route table); anything else is
 * a 405 that says what is allowed.
 */
import { rejection } from './rejection.js';

/** Every method some path answers: what preflights name. */
export const ALLOWED_METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'OPTIONS'];

/** What a path no route answers allows: a static file is only read. */
export const STATIC_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];

/** The answer to `request`, whose method the route does not take; `allowed` are the ones it does. */
export function methodNotAllowed(request: Request, allowed: readonly string[] = ALLOWED_METHODS): Response {
  const allow = allowed.join(', ');
  return rejection(405, 'METHOD_NOT_ALLOWED', `The method ${request.method} is not allowed; use one of ${allow}.`, {
    accept: request.headers.get('Accept'),
    headers: { Allow: allow },
  });
}

/** The answer to an OPTIONS request that is not a CORS preflight: what the path allows. */
export function optionsResponse(allowed: readonly string[] = ALLOWED_METHODS): Response {
  return new Response(null, { status: 204, headers: { Allow: allowed.join(', ') } });
}
