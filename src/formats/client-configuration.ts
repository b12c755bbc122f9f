/**
 * The client documents as one set: which formats exist, and for a request (address, incoming
 * protocol, locale) each document with its media type and file name. The HTTP routes and the
 * GraphQL `clientConfiguration` field both come here, so they serve the same bytes.
 */
import type { CatalogData, Locale, Protocol } from '../catalog/types.js';
import { parseEmailAddress, type EmailAddress } from '../domain/address.js';
import { clientOffer, type ClientOffer } from '../domain/client-offer.js';
import { InvalidInputError } from '../domain/errors.js';
import { defaultProvider, providerForDomain } from '../domain/providers.js';
import { appleProfile } from './apple-profile.js';
import { autoconfigDocument } from './autoconfig.js';
import { autodiscoverResponse } from './autodiscover.js';
import { srvZone } from './srv-records.js';

export const CLIENT_CONFIGURATION_FORMATS = [
  'MOZILLA_AUTOCONFIG',
  'OUTLOOK_AUTODISCOVER',
  'APPLE_PROFILE',
  'DNS_SRV',
] as const;
export type ClientConfigurationFormat = (typeof CLIENT_CONFIGURATION_FORMATS)[number];

/** The documents' order of endpoints: the provider's advice, as every default answer uses. */
const ORDERING = 'PROVIDER_ADVICE';

export interface ClientConfigurationRequest {
  readonly data: CatalogData;
  /** The address as the caller gave it; checked here. */
  readonly emailAddress: string | undefined;
  readonly incomingProtocol: Protocol;
  readonly locale: Locale;
  /** The origin guide links point to (autoconfig `documentation`); its host serves Autodiscover (SRV). */
  readonly origin: string;
}

export interface ClientConfiguration {
  readonly format: ClientConfigurationFormat;
  readonly contentType: string;
  readonly fileName: string;
  readonly body: string;
}

/** Where a person reads a guide: the guide page of this API. */
export const guidePath = (guideId: string) => `/guides/${encodeURIComponent(guideId)}`;

interface RenderInput {
  readonly request: ClientConfigurationRequest;
  readonly address: EmailAddress | undefined;
  readonly offer: ClientOffer;
}

type Render = (input: RenderInput) => Promise<string> | string;

interface FormatSpec {
  readonly contentType: string;
  readonly fileName: (shortName: string) => string;
  readonly render: Render;
}

const FORMATS: Readonly<Record<ClientConfigurationFormat, FormatSpec>> = {
  MOZILLA_AUTOCONFIG: {
    contentType: 'application/xml; charset=utf-8',
    fileName: () => 'config-v1.1.xml',
    render: ({ request, offer }) =>
      autoconfigDocument({
        offer,
        guides: request.data.guides,
        guideUrl: (guide) => new URL(guidePath(guide.id), request.origin).href,
      }),
  },
  OUTLOOK_AUTODISCOVER: {
    contentType: 'text/xml; charset=utf-8',
    fileName: () => 'autodiscover.xml',
    render: ({ address, offer }) => {
      if (address === undefined) {
        throw new InvalidInputError('emailAddress', {
          en: 'Autodiscover names the mailbox to sign in with, so it needs an email address.',
          de: 'Autodiscover nennt das Postfach für die Anmeldung und braucht daher eine E-Mail-Adresse.',
        });
      }
      return autodiscoverResponse(offer, address.address);
    },
  },
  APPLE_PROFILE: {
    contentType: 'application/x-apple-aspen-config',
    fileName: (shortName) => `${shortName}.mobileconfig`,
    render: ({ request, address, offer }) =>
      appleProfile({ offer, emailAddress: address, texts: request.data.profile, locale: request.locale }),
  },
  DNS_SRV: {
    contentType: 'text/plain; charset=utf-8',
    fileName: (shortName) => `${shortName}-srv.zone`,
    render: ({ request, offer }) => srvZone(offer, { autodiscoverHost: new URL(request.origin).hostname }),
  },
};

/**
 * The document in `format` for `request`.
 * @throws InvalidInputError for a malformed address, an incoming protocol that does not fetch
 * mail, or an Autodiscover document without an address
 */
export async function clientConfiguration(
  format: ClientConfigurationFormat,
  request: ClientConfigurationRequest,
): Promise<ClientConfiguration> {
  const address = request.emailAddress === undefined ? undefined : parseEmailAddress(request.emailAddress);
  const provider =
    address === undefined ? defaultProvider(request.data) : providerForDomain(request.data, address.domain).provider;
  const offer = clientOffer(provider, request.incomingProtocol, ORDERING);
  const spec = FORMATS[format];
  const body = await spec.render({ request, address, offer });
  return { format, contentType: spec.contentType, fileName: spec.fileName(provider.shortName), body };
}
