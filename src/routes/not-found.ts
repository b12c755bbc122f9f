/**
 * The answer to a path nothing answers (no route, no static file): for a browser, the pages' own
 * 404 page in the reader's language; for anyone else the one refusal shape (`rejection.ts`) in the
 * negotiated media type. Either names what the path would allow, as a 405 does.
 */
import { negotiateLocale } from '../domain/locale.js';
import { pageNotFoundPage } from '../site/not-found.js';
import { CACHE_CONTROL_NO_STORE } from '../http/cache-policy.js';
import { rejection } from '../http/rejection.js';

/** True when `accept` asks for HTML before anything else, as a browser navigating does. */
function wantsHtml(accept: string | null): boolean {
  const first = (accept ?? '').split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return first === 'text/html';
}

/** The 404 for `request`, whose path allows `allowed`: the guard's answer when no static file is there. */
export function notFound(request: Request, allowed: readonly string[]): Response {
  const accept = request.headers.get('Accept');
  const allow = allowed.join(', ');
  if (wantsHtml(accept)) {
    const locale = negotiateLocale(request.headers.get('Accept-Language'));
    return new Response(pageNotFoundPage(locale), {
      status: 404,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Language': locale,
        'Cache-Control': CACHE_CONTROL_NO_STORE,
        Allow: allow,
      },
    });
  }
  return rejection(404, 'NOT_FOUND', `Nothing is served at ${new URL(request.url).pathname.slice(0, 200)}.`, {
    accept,
    headers: { Allow: allow },
  });
}
