/**
 * The methods the API answers, on every route: reading (GET, HEAD), GraphQL and Autodiscover
 * requests (POST), and CORS (OPTIONS). Anything else is a 405 that says what is allowed.
 */
import { rejection } from './rejection.js';

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const;

const ALLOW = ALLOWED_METHODS.join(', ');

/** True for a method some route answers. */
export function isAllowedMethod(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method);
}

/** The answer to any other method. */
export function methodNotAllowed(method: string): Response {
  return rejection(405, 'METHOD_NOT_ALLOWED', `The method ${method} is not allowed; use one of ${ALLOW}.`, {
    headers: { Allow: ALLOW },
  });
}

/** The answer to an OPTIONS request that is not a CORS preflight. */
export function optionsResponse(): Response {
  return new Response(null, { status: 204, headers: { Allow: ALLOW } });
}
