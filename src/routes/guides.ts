/**
 * `/guides/{id}`: a guide as a web page, where autoconfig's `documentation` links lead. Its steps
 * name the servers of `?provider=` (the default provider without one) for `?protocol=`, in
 * `?lang=` or, without one, the language Accept-Language prefers.
 */
import { catalog } from '../catalog/catalog.js';
import { negotiateLocale, preferredLocale } from '../domain/locale.js';
import { preferredSettings } from '../domain/preference.js';
import { providerOrDefault } from '../domain/providers.js';
import { guidePage } from '../formats/guide-page.js';
import { conditionalResponse, etagFor, VARY_LOCALIZED } from '../http/cache-policy.js';
import { rejection } from '../http/rejection.js';
import type { RouteHandler } from '../http/route.js';
import { incomingProtocolParam, orBadRequest } from './parameters.js';

export const GUIDE_PREFIX = '/guides/';

/** The parameters a guide page keeps in its links to itself in another language. */
const KEPT_PARAMETERS = ['provider', 'protocol'];

export const guide: RouteHandler = (request, { url }) => {
  // Compared as sent: guide ids are plain ASCII, and decoding would fail on a stray `%`.
  const id = url.pathname.slice(GUIDE_PREFIX.length);
  const locale =
    preferredLocale(url.searchParams.get('lang')) ?? negotiateLocale(request.headers.get('Accept-Language'));
  const found = catalog.guides.find((g) => g.id === id);
  if (found === undefined) {
    const known = catalog.guides.map((g) => g.id).join(', ');
    return rejection(404, 'NOT_FOUND', `No guide has the id "${id.slice(0, 80)}"; known ids: ${known}.`);
  }
  return orBadRequest(locale, async () => {
    const provider = providerOrDefault(catalog, url.searchParams.get('provider'), 'provider');
    const settings = preferredSettings(provider, incomingProtocolParam(url), 'PROVIDER_ADVICE');
    const kept = new URLSearchParams([...url.searchParams].filter(([name]) => KEPT_PARAMETERS.includes(name)));
    const html = guidePage({ data: catalog, guide: found, settings, locale, kept });
    return conditionalResponse(request, html, await etagFor(html), {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': locale,
      Vary: VARY_LOCALIZED,
    });
  });
};
