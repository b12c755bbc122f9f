/**
 * The client-document service: from a request (address, incoming protocol, locale) to the
 * provider serving the address, its offer, and the document in one format with its media type and
 * file name. The HTTP routes and the GraphQL `clientConfiguration` field both come here.
 */
import type { CatalogData, Locale, Protocol } from '../catalog/types.js';
import { parseEmailAddress } from '../domain/address.js';
import { clientOffer } from '../domain/client-offer.js';
import { defaultProvider, providerForDomain } from '../domain/providers.js';
import { DOCUMENT_FORMATS, type ClientConfigurationFormat } from './registry.js';

/** The documents' order of endpoints: the provider's advice, as every default answer uses. */
const ORDERING = 'PROVIDER_ADVICE';

export interface ClientConfigurationRequest {
  readonly data: CatalogData;
  /** The address as the caller gave it; checked here. */
  readonly emailAddress: string | undefined;
  readonly incomingProtocol: Protocol;
  readonly locale: Locale;
  /** The origin links to our own pages point to (autoconfig `documentation`). */
  readonly origin: string;
  /**
   * The host the API is served at, which DNS records name (`http/public-host.ts`). Asked for only
   * by the documents that name it, so a bad PUBLIC_HOST fails those and no other answer.
   */
  readonly publicHost: () => string;
}

export interface ClientConfiguration {
  readonly format: ClientConfigurationFormat;
  readonly contentType: string;
  readonly fileName: string;
  readonly body: string;
}

/**
 * The document in `format` for `request`.
 * @throws InvalidInputError for a malformed address, an incoming protocol that does not fetch
 * mail, or an Autodiscover document without an address
 */
export async function clientConfiguration(
  format: ClientConfigurationFormat,
  request: ClientConfigurationRequest,
): Promise<ClientConfiguration> {
  const { data, locale, origin, publicHost } = request;
  const address = request.emailAddress === undefined ? undefined : parseEmailAddress(request.emailAddress);
  const provider = address === undefined ? defaultProvider(data) : providerForDomain(data, address.domain).provider;
  const offer = clientOffer(provider, request.incomingProtocol, ORDERING);
  const spec = DOCUMENT_FORMATS[format];
  const body = await spec.render({ data, address, offer, locale, origin, publicHost });
  return { format, contentType: spec.contentType, fileName: spec.fileName(provider.shortName), body };
}
