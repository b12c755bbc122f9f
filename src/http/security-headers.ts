/**
 * The security headers every answer carries, whatever route made it (static assets and 304s
 * included). They are added on the way out, so cached and fresh answers carry the same ones.
 * The API is meant to be read from other origins (CORS `*`, CORP `cross-origin`) but never framed,
 * sniffed or sent over plain HTTP after a first visit.
 */

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/**
 * The Content-Security-Policy of every HTML page: nothing from another origin, no inline script.
 * GraphiQL's editor (Monaco) sets inline styles and loads its icon font as a data: URL; the page's
 * icon is a data: URL; Monaco's web workers come from this origin (public/graphiql/start.js). The
 * browser test fails on any violation.
 */
export const HTML_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** True when `contentType` names an HTML document. */
export function isHtml(contentType: string | null): boolean {
  return (contentType ?? '').trimStart().toLowerCase().startsWith('text/html');
}

/** The security headers for an answer of `contentType`. */
export function securityHeadersFor(contentType: string | null): Record<string, string> {
  return isHtml(contentType)
    ? { ...SECURITY_HEADERS, 'Content-Security-Policy': HTML_CONTENT_SECURITY_POLICY }
    : { ...SECURITY_HEADERS };
}
