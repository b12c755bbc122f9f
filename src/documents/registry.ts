/**
 * Every client document, one entry a format: the paths it is served at, its media type and file
 * name, whether it follows the reader's language or downloads as an attachment, and how it is
 * rendered from the offer. The HTTP routes are made from these entries and the GraphQL
 * `clientConfiguration` field reads them, so both serve the same bytes; adding a GET document is
 * adding an entry and its renderer.
 */
import type { CatalogData, Locale } from '../catalog/types.js';
import type { EmailAddress } from '../domain/address.js';
import type { ClientOffer } from '../domain/client-offer.js';
import { InvalidInputError } from '../domain/errors.js';
import { appleProfile } from '../formats/apple-profile.js';
import { autoconfigDocument } from '../formats/autoconfig.js';
import { autodiscoverResponse } from '../formats/autodiscover.js';
import { srvZone } from '../formats/srv-records.js';

export const CLIENT_CONFIGURATION_FORMATS = [
  'MOZILLA_AUTOCONFIG',
  'OUTLOOK_AUTODISCOVER',
  'APPLE_PROFILE',
  'DNS_SRV',
] as const;
export type ClientConfigurationFormat = (typeof CLIENT_CONFIGURATION_FORMATS)[number];

/** What a renderer gets: the offer, the address it is for (if any), and where links point. */
export interface RenderInput {
  readonly data: CatalogData;
  readonly address: EmailAddress | undefined;
  readonly offer: ClientOffer;
  readonly locale: Locale;
  /** The origin links to our own pages point to (autoconfig `documentation`); its host serves Autodiscover (SRV). */
  readonly origin: string;
}

export interface DocumentFormat {
  /** The paths a GET serves it at, exactly as written; empty when a route of its own serves it. */
  readonly paths: readonly string[];
  readonly contentType: string;
  readonly fileName: (shortName: string) => string;
  /** True when its texts follow the reader's language, so answers vary with Accept-Language. */
  readonly localized: boolean;
  /** True when browsers should save it rather than show it. */
  readonly attachment: boolean;
  /**
   * True when the document names the mailbox to sign in with, so its renderer refuses a request
   * without an address; the GraphQL input for the format then requires `emailAddress`.
   */
  readonly needsAddress: boolean;
  readonly render: (input: RenderInput) => Promise<string> | string;
}

/**
 * Where a person reads a guide: this API's guide page, with the servers of the provider the
 * document is for (another provider's readers must not be sent to the default one's hosts).
 */
export const guidePath = (guideId: string, providerId: string) =>
  `/guides/${encodeURIComponent(guideId)}?provider=${encodeURIComponent(providerId)}`;

export const DOCUMENT_FORMATS: Readonly<Record<ClientConfigurationFormat, DocumentFormat>> = {
  MOZILLA_AUTOCONFIG: {
    paths: ['/mail/config-v1.1.xml', '/.well-known/autoconfig/mail/config-v1.1.xml'],
    contentType: 'application/xml; charset=utf-8',
    fileName: () => 'config-v1.1.xml',
    localized: false,
    attachment: false,
    needsAddress: false,
    render: ({ data, offer, origin }) =>
      autoconfigDocument({
        offer,
        guides: data.guides,
        guideUrl: (guide) => new URL(guidePath(guide.id, offer.provider.id), origin).href,
      }),
  },
  OUTLOOK_AUTODISCOVER: {
    // POSTed by Outlook to a path in any letter case: `routes/autodiscover.ts`.
    paths: [],
    contentType: 'text/xml; charset=utf-8',
    fileName: () => 'autodiscover.xml',
    localized: false,
    attachment: false,
    needsAddress: true,
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
    paths: ['/apple/mail.mobileconfig'],
    contentType: 'application/x-apple-aspen-config',
    fileName: (shortName) => `${shortName}.mobileconfig`,
    localized: true,
    attachment: true,
    needsAddress: false,
    render: ({ data, address, offer, locale }) =>
      appleProfile({ offer, emailAddress: address, texts: data.profile, locale }),
  },
  DNS_SRV: {
    paths: ['/dns/srv.zone'],
    contentType: 'text/plain; charset=utf-8',
    fileName: (shortName) => `${shortName}-srv.zone`,
    localized: false,
    attachment: false,
    needsAddress: false,
    render: ({ offer, origin }) => srvZone(offer, { autodiscoverHost: new URL(origin).hostname }),
  },
};
