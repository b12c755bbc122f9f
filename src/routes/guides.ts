/**
 * `/guides` and `/guides/{id}`: every guide, and each as a page of its own (where autoconfig's
 * `documentation` links lead), rendered from the API's answers. A guide's steps name the servers
 * of `?provider=` (the default provider without one) for `?protocol=`. An unknown guide is a 404
 * page in the reader's language; a bad parameter is a 400 naming it.
 */
import { GUIDE_PREFIX, GUIDES_PATH } from '../paths.js';
import { dataOf, inputError } from '../site/api-client/answers.js';
import { localeValue, PAGE_GUIDE, PAGE_GUIDE_LIST } from '../site/api-client/operations.js';
import { guideListPage } from '../site/guide-list.js';
import { guidePage } from '../site/guide.js';
import { helpOwner } from '../site/layout.js';
import { guideNotFoundPage } from '../site/not-found.js';
import { PARAMETERS } from '../site/state.js';
import type { RouteHandler } from '../http/route.js';
import { htmlPage, pageLocale } from './html-page.js';
import { apiRunner } from './page-api.js';
import { incomingProtocolParam, orBadRequest, parameterRejection } from './parameters.js';

/** The query parameter behind each argument the guide page passes on. */
const PARAMETER_OF_ARGUMENT: Readonly<Record<string, string>> = { providerId: 'provider' };

/** `/guides`: every guide. */
export const guideList: RouteHandler = (request, context) => {
  const { url } = context;
  const locale = pageLocale(request, url.searchParams);
  return orBadRequest(locale, async () => {
    const protocol = url.searchParams.has(PARAMETERS.protocol) ? incomingProtocolParam(url) : undefined;
    const { guides, providers } = dataOf(await apiRunner(context)(PAGE_GUIDE_LIST, { locale: localeValue(locale) }));
    return htmlPage(request, guideListPage({ locale, guides, protocol, provider: helpOwner(providers) }), locale);
  });
};

/** `/guides/{id}`: one guide, or the 404 page. */
export const guide: RouteHandler = (request, context) => {
  const { url } = context;
  // Compared as sent: guide ids are plain ASCII, and decoding would fail on a stray `%`.
  const id = url.pathname.slice(GUIDE_PREFIX.length);
  if (id === '') return Response.redirect(new URL(`${GUIDES_PATH}${url.search}`, url).href, 301);
  const locale = pageLocale(request, url.searchParams);
  return orBadRequest(locale, async () => {
    const protocol = incomingProtocolParam(url);
    const providerId = url.searchParams.get('provider') ?? undefined;
    const answer = await apiRunner(context)(PAGE_GUIDE, {
      id,
      incomingProtocol: protocol,
      providerId: providerId ?? null,
      locale: localeValue(locale),
    });
    const input = inputError(answer);
    if (input !== undefined) {
      const argument = input.extensions?.argument ?? '';
      // The API refuses an unknown guide id; for a person that is a page that is not there.
      if (argument === 'guideId') return htmlPage(request, guideNotFoundPage(locale, id), locale, { status: 404 });
      return parameterRejection(input.message, PARAMETER_OF_ARGUMENT[argument] ?? argument, locale);
    }
    const { guide: found, providers } = dataOf(answer);
    return htmlPage(
      request,
      guidePage({ locale, guide: found, protocol, providerId, provider: helpOwner(providers) }),
      locale,
    );
  });
};
