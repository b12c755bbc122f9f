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
import { AUTODISCOVER_PATH, autodiscoverResponse } from '../formats/autodiscover.js';
import { autodiscoverV2Answer } from '../formats/autodiscover-v2.js';
import { dnsPlan } from '../formats/dns-plan.js';
import { paccDigestRecord, paccDocument, paccHost } from '../formats/pacc.js';
import { srvZone } from '../formats/srv-records.js';

export const CLIENT_CONFIGURATION_FORMATS = [
  'MOZILLA_AUTOCONFIG',
  'OUTLOOK_AUTODISCOVER',
  'APPLE_PROFILE',
  'DNS_SRV',
  'PACC',
  'OUTLOOK_AUTODISCOVER_V2',
  'DNS_ZONE',
] as const;
export type ClientConfigurationFormat = (typeof CLIENT_CONFIGURATION_FORMATS)[number];

/** What a renderer gets: the offer, the address it is for (if any), and where links point. */
export interface RenderInput {
  readonly data: CatalogData;
  readonly address: EmailAddress | undefined;
  readonly offer: ClientOffer;
  readonly locale: Locale;
  /** The origin links to our own pages point to (autoconfig `documentation`, Autodiscover v2). */
  readonly origin: string;
  /** The host the API is served at, which DNS records name; asked for only by those documents. */
  readonly publicHost: () => string;
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

/**
 * The PACC document of the offer's provider. Clients check its bytes against a digest in DNS, so
 * nothing of the request goes in: its help link is the first guide (where the guides start) on the
 * document's own host, which serves the guide pages like every host of the Worker.
 */
function paccBody({ data, offer }: RenderInput): string {
  const { provider } = offer;
  const [guide] = data.guides;
  const host = paccHost(provider.domains[0] ?? provider.id);
  const documentationUrl =
    guide === undefined ? undefined : new URL(guidePath(guide.id, provider.id), `https://${host}`).href;
  return paccDocument({ offer, documentationUrl });
}

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
    render: ({ offer, publicHost }) => srvZone(offer, { autodiscoverHost: publicHost() }),
  },
  PACC: {
    paths: ['/.well-known/user-agent-configuration.json'],
    contentType: 'application/json',
    fileName: () => 'user-agent-configuration.json',
    localized: false,
    attachment: false,
    needsAddress: false,
    render: paccBody,
  },
  OUTLOOK_AUTODISCOVER_V2: {
    // Asked for by a GET at a path in any letter case, naming a protocol: `routes/autodiscover-v2.ts`.
    paths: [],
    contentType: 'application/json; charset=utf-8',
    fileName: () => 'autodiscover.json',
    localized: false,
    attachment: false,
    needsAddress: false,
    // It leads to the POX Autodiscover answer, which carries the offer.
    render: ({ origin }) => autodiscoverV2Answer(new URL(AUTODISCOVER_PATH, origin).href),
  },
  DNS_ZONE: {
    paths: ['/dns/discovery.zone'],
    contentType: 'text/plain; charset=utf-8',
    fileName: (shortName) => `${shortName}-discovery.zone`,
    localized: false,
    attachment: false,
    needsAddress: false,
    // The digest is of the very function the PACC route serves with, so the two cannot drift.
    render: async (input) =>
      dnsPlan(input.offer, {
        publicHost: input.publicHost(),
        paccDigestRecord: await paccDigestRecord(paccBody(input)),
      }),
  },
};
