/**
 * The handler of each client document of the client-configuration registry: the document for
 * `emailaddress` (the parameter Thunderbird sends) and `protocol`, from the query string of a GET
 * or the form of a POST (the assistant's download, which keeps the address out of the URL). One
 * rule for either: a document for an address is `no-store`, since it names a person and a
 * shared cache would tell the next caller that someone asked for it; one without is cached by
 * the one policy. Bad input is a 400 naming the parameter.
 */
import { catalog } from '../catalog/catalog.js';
import { negotiateLocale } from '../domain/locale.js';
import { DOCUMENT_FORMATS, type ClientConfigurationFormat } from '../client-config/registry.js';
import { clientConfiguration, type ClientConfigurationRequest } from '../client-config/service.js';
import { CACHE_CONTROL_NO_STORE, conditionalResponse, etagFor, VARY_LOCALIZED } from '../http/cache-policy.js';
import { publicHost } from '../http/public-host.js';
import type { RouteContext, RouteHandler } from '../http/route.js';
import { formFields, incomingProtocolParam, orBadRequest } from './parameters.js';

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
  const headers = {
    'Content-Type': document.contentType,
    ...(attachment ? { 'Content-Disposition': `attachment; filename="${document.fileName}"` } : {}),
    ...(localized ? { Vary: VARY_LOCALIZED, 'Content-Language': query.locale } : {}),
  };
  if (query.emailAddress !== undefined) {
    return new Response(document.body, { headers: { ...headers, 'Cache-Control': CACHE_CONTROL_NO_STORE } });
  }
  return conditionalResponse(request, document.body, await etagFor(document.body), headers);
}

/** The handler serving the document in `format`, by GET (query string) or POST (form). */
export function documentHandler(format: ClientConfigurationFormat): RouteHandler {
  return async (request, context) => {
    const fields = request.method === 'POST' ? await formFields(request) : context.url.searchParams;
    if (fields instanceof Response) return fields;
    const locale = negotiateLocale(request.headers.get('Accept-Language'));
    return orBadRequest(locale, () =>
      documentResponse(request, context, format, {
        emailAddress: fields.get('emailaddress') ?? undefined,
        incomingProtocol: incomingProtocolParam(fields),
        locale,
      }),
    );
  };
}
