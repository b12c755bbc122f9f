/**
 * The headers every answer leaves with, whatever route made it: CORS, the security headers (a
 * CSP on HTML) and the request id. The guard adds them on the way out; a route on the hottest
 * path (an isolate hit) may build its answer with them already, from a template copied in one
 * step, and the guard then leaves it as it is.
 */
import { CORS_HEADERS } from './cors.js';
import { REQUEST_ID_HEADER } from './request-id.js';
import { isHtml, securityHeadersFor } from './security-headers.js';

// Worked out once: every answer carries these.
const OUTGOING = Object.entries({ ...CORS_HEADERS, ...securityHeadersFor(null) });
const OUTGOING_HTML = Object.entries({ ...CORS_HEADERS, ...securityHeadersFor('text/html') });

/** CORS and security headers for an answer of `contentType`. */
const outgoingHeaders = (contentType: string | null): readonly (readonly [string, string])[] =>
  isHtml(contentType) ? OUTGOING_HTML : OUTGOING;

/** Sets on `headers` everything an answer of `contentType` to request `requestId` leaves with. */
export function addOutgoingHeaders(headers: Headers, contentType: string | null, requestId: string): void {
  for (const [name, value] of outgoingHeaders(contentType)) headers.set(name, value);
  headers.set(REQUEST_ID_HEADER, requestId);
}

/**
 * `headers` and the outgoing headers of an answer of their Content-Type, for answers to copy;
 * each copy is finished by `nameRequest`.
 */
export function outgoingTemplate(headers: Record<string, string>): Headers {
  const template = new Headers(headers);
  addOutgoingHeaders(template, template.get('Content-Type'), '');
  return template;
}

/** Names request `requestId` in `headers`, copied from an `outgoingTemplate`: they are complete. */
export function nameRequest(headers: Headers, requestId: string): void {
  headers.set(REQUEST_ID_HEADER, requestId);
}

/**
 * True when `response` already carries the outgoing headers for request `requestId`: only an
 * answer made with `addOutgoingHeaders`, or named by `nameRequest`, for this very request names its id.
 */
export const isFinished = (response: Response, requestId: string): boolean =>
  response.headers.get(REQUEST_ID_HEADER) === requestId;
