/**
 * Request ids: every answer carries one in `X-Request-Id`, and a masked internal error names it,
 * so a caller's report can be matched with the logs. Cloudflare's `cf-ray` is used where there
 * is one, since the edge's own logs are keyed by it.
 */

/** The header that carries the id on every response. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * A ray id as Cloudflare writes it: 16 hex digits, then the data centre's code. Anything else
 * in the header came from the client, and echoing it would let a caller put kilobytes (or a fake
 * id) into our answers and logs.
 */
const RAY_ID = /^[0-9a-f]{16}(?:-[A-Z]{3})?$/;

/** True when `value` has the shape of a Cloudflare ray id. */
const isRayId = (value: string): boolean => RAY_ID.test(value);

/** The id of `request`: its `cf-ray` when it looks like one, else a new random UUID. */
export function requestIdFor(request: Request): string {
  const ray = request.headers.get('cf-ray');
  return ray !== null && isRayId(ray) ? ray : crypto.randomUUID();
}
