/**
 * The one HTTP caching policy: which responses browsers and shared caches may keep and for how
 * long, their validators, and conditional requests. Every cacheable route uses it.
 */
import { base64Url, sha256 } from '../lib/sha256.js';

/**
 * Answers change only when a deploy changes the catalog. Browsers keep them five minutes, shared
 * caches an hour, and may serve a stale copy for a day while they fetch a fresh one.
 */
export const CACHE_CONTROL_PUBLIC = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

/**
 * For a page that shows live data (the servers' status, checked every five minutes): kept a
 * minute by browsers and shared caches, so "answered 2 minutes ago" is never far from true.
 */
export const CACHE_CONTROL_LIVE = 'public, max-age=60, s-maxage=60';

/** For errors and anything else no cache may keep. */
export const CACHE_CONTROL_NO_STORE = 'no-store';

/** The request headers that change a cacheable answer: JSON flavour, HTML (GraphiQL) or not. */
const VARY = 'Accept';

/** GraphQL answers also change with the language Accept-Language chooses. */
export const VARY_LOCALIZED = 'Accept, Accept-Language';

/** A strong ETag from a SHA-256 digest that names one representation: base64url, truncated to 128 bits. */
export const etagOf = (digest: Uint8Array): string => `"${base64Url(digest.subarray(0, 16))}"`;

/** A strong ETag for `body`: its SHA-256, as `etagOf` writes it. */
export async function etagFor(body: string): Promise<string> {
  return etagOf(await sha256(body));
}

/**
 * True when an `If-None-Match` header value names `etag` (RFC 9110 section 13.1.2: weak
 * comparison, a list of tags, or `*`).
 */
function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** The headers every cacheable answer carries; a route may widen `Vary`. */
export function cacheableHeaders(etag: string): Record<string, string> {
  return { 'Cache-Control': CACHE_CONTROL_PUBLIC, ETag: etag, Vary: VARY };
}

/**
 * True when `request` may be answered 304: a GET or HEAD (RFC 9110 section 13.1.2). A POST's
 * answer is the result of its body, not a representation of the URL the ETag could validate,
 * so its If-None-Match is ignored.
 */
const mayBeNotModified = (request: Request): boolean => request.method === 'GET' || request.method === 'HEAD';

/** True when `request` already holds the representation tagged `etag`, so a 304 answers it. */
const isNotModified = (request: Request, etag: string): boolean =>
  mayBeNotModified(request) && etagMatches(request.headers.get('If-None-Match'), etag);

/** A 304 without a body, with a copy of `headers` but for the type of the body it leaves out. */
function notModified(headers: Headers): Response {
  const response = new Response(null, { status: 304, headers });
  response.headers.delete('Content-Type');
  return response;
}

/**
 * `body` with a copy of `headers`, which already hold the policy's own (`cacheableHeaders`), or a
 * 304 without a body when a GET or HEAD already holds it.
 */
export function conditionalAnswer(request: Request, body: string, etag: string, headers: Headers): Response {
  return isNotModified(request, etag) ? notModified(headers) : new Response(body, { status: 200, headers });
}

/** `response`, tagged `etag` already, or a 304 without a body when a GET or HEAD already holds it. */
export function notModifiedOr(request: Request, etag: string, response: Response): Response {
  return isNotModified(request, etag) ? notModified(response.headers) : response;
}

/**
 * `body` as a cacheable response, or a 304 without a body when a GET or HEAD already holds it.
 */
export function conditionalResponse(
  request: Request,
  body: string,
  etag: string,
  headers: Record<string, string>,
): Response {
  return conditionalAnswer(request, body, etag, new Headers({ ...cacheableHeaders(etag), ...headers }));
}
