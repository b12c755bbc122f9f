/**
 * The methods the API answers, on every route: reading (GET, HEAD), GraphQL and Autodiscover
 * requests (POST), and CORS (OPTIONS). Anything else is a 405 that says what is allowed.
 */
import { rejection } from './rejection.js';

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const;

/** True for a method some route answers. */
export function isAllowedMethod(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method);
}

/** The answer to a method the route does not take; `allowed` are the ones it does. */
export function methodNotAllowed(method: string, allowed: readonly string[] = ALLOWED_METHODS): Response {
  const allow = allowed.join(', ');
  return rejection(405, 'METHOD_NOT_ALLOWED', `The method ${method} is not allowed; use one of ${allow}.`, {
    headers: { Allow: allow },
  });
}

/** The answer to an OPTIONS request that is not a CORS preflight. */
export function optionsResponse(): Response {
  return new Response(null, { status: 204, headers: { Allow: ALLOWED_METHODS.join(', ') } });
}
