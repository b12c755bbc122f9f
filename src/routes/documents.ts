/**
 * The GET handler of each client document of the client-configuration registry: the document for
 * `?emailaddress=` (the parameter Thunderbird sends) and `?protocol=`, under the one caching
 * policy. Bad input is a 400 naming the parameter.
 */
import { catalog } from '../catalog/catalog.js';
import { negotiateLocale } from '../domain/locale.js';
import { DOCUMENT_FORMATS, type ClientConfigurationFormat } from '../client-config/registry.js';
import { clientConfiguration, type ClientConfigurationRequest } from '../client-config/service.js';
import { conditionalResponse, etagFor, VARY_LOCALIZED } from '../http/cache-policy.js';
import { publicHost } from '../http/public-host.js';
import type { RouteContext, RouteHandler } from '../http/route.js';
import { incomingProtocolParam, orBadRequest } from './parameters.js';

/** What a GET asks of a document besides its format, as its route reads it from the request. */
type DocumentQuery = Pick<ClientConfigurationRequest, 'emailAddress' | 'incomingProtocol' | 'locale'>;

/**
 * The answer to a GET of the document in `format`, under the one caching policy.
 * @throws InvalidInputError for bad input, as `clientConfiguration` does
 */
export async function documentResponse(
  request: Request,
  { env, url }: RouteContext,
  format: ClientConfigurationFormat,
  query: DocumentQuery,
): Promise<Response> {
  const { attachment, localized } = DOCUMENT_FORMATS[format];
  const document = await clientConfiguration(format, {
    ...query,
    data: catalog,
    origin: url.origin,
    publicHost: () => publicHost(env, url),
  });
  return conditionalResponse(request, document.body, await etagFor(document.body), {
    'Content-Type': document.contentType,
    ...(attachment ? { 'Content-Disposition': `attachment; filename="${document.fileName}"` } : {}),
    ...(localized ? { Vary: VARY_LOCALIZED, 'Content-Language': query.locale } : {}),
  });
}

/** The GET handler serving the document in `format`. */
export function documentHandler(format: ClientConfigurationFormat): RouteHandler {
  return (request, context) => {
    const { url } = context;
    const locale = negotiateLocale(request.headers.get('Accept-Language'));
    return orBadRequest(locale, () =>
      documentResponse(request, context, format, {
        emailAddress: url.searchParams.get('emailaddress') ?? undefined,
        incomingProtocol: incomingProtocolParam(url),
        locale,
      }),
    );
  };
}
