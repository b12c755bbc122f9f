/**
 * What the pages for people share as HTTP: the language (`?lang=`, else Accept-Language) and the
 * answer, cached by the one policy when it is a page to keep, `no-store` when it reports a
 * mistake or shows an address (personal data no shared cache may hold).
 */
import type { Locale } from '../catalog/types.js';
import { negotiateLocale, preferredLocale } from '../domain/locale.js';
import {
  CACHE_CONTROL_LIVE,
  CACHE_CONTROL_NO_STORE,
  conditionalResponse,
  etagFor,
  VARY_LOCALIZED,
} from '../http/cache-policy.js';

/** The language a page is read in: the one `lang` names, else the one Accept-Language prefers. */
export function pageLocale(request: Request, search: URLSearchParams): Locale {
  return preferredLocale(search.get('lang')) ?? negotiateLocale(request.headers.get('Accept-Language'));
}

/** What decides how a page may be kept. */
interface PageKind {
  /** 200 unless the page reports a mistake (400) or a page that is not there (404). */
  readonly status?: number;
  /** The page shows an address or a domain's DNS answers: no cache keeps it. */
  readonly personal?: boolean;
  /** The page shows the servers' status (live): kept a minute, not an hour. */
  readonly live?: boolean;
}

/** `html` as the answer: a cacheable 200, kept briefly when live, or one no cache keeps. */
export async function htmlPage(
  request: Request,
  html: string,
  locale: Locale,
  { status = 200, personal = false, live = false }: PageKind = {},
): Promise<Response> {
  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Content-Language': locale, Vary: VARY_LOCALIZED };
  if (status !== 200 || personal)
    return new Response(html, { status, headers: { ...headers, 'Cache-Control': CACHE_CONTROL_NO_STORE } });
  return conditionalResponse(
    request,
    html,
    await etagFor(html),
    live ? { ...headers, 'Cache-Control': CACHE_CONTROL_LIVE } : headers,
  );
}
