/**
 * Request ids: every answer carries one in `X-Request-Id`, and a masked internal error names it,
 * so a caller's report can be matched with the logs. Cloudflare's `cf-ray` is used where there
 * is one, since the edge's own logs are keyed by it.
 */

/** The header that carries the id, on the response and on the request handed to the routes. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** The id of `request`: its `cf-ray`, else a new random UUID. */
export function requestIdFor(request: Request): string {
  return request.headers.get('cf-ray') ?? crypto.randomUUID();
}
