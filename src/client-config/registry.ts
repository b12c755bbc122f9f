/**
 * Every client document, one entry a format: what it is (the description partners read in the
 * schema), its media type and file name, whether it follows the reader's language or downloads as
 * an attachment, and how it is rendered from the offer. The route table serves each entry at its
 * paths and the GraphQL `clientConfiguration` field reads the same entries, so both serve the same
 * bytes; adding a GET document is adding an entry, its renderer and its route.
 */
import {
  APPLE_PROFILE_PATH,
  AUTOCONFIG_PATH,
  AUTOCONFIG_WELL_KNOWN_PATH,
  AUTODISCOVER_PATH,
  DNS_SRV_PATH,
  DNS_ZONE_PATH,
  guidePath,
  PACC_PATH,
} from '../paths.js';
import type { CatalogData, Locale } from '../catalog/types.js';
import type { EmailAddress } from '../domain/address.js';
import type { ClientOffer } from '../domain/client-offer.js';
import { InvalidInputError } from '../domain/errors.js';
import { appleProfile } from '../formats/apple-profile.js';
import { autoconfigDocument } from '../formats/autoconfig.js';
import { autodiscoverResponse } from '../formats/autodiscover.js';
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
interface RenderInput {
  readonly data: CatalogData;
  readonly address: EmailAddress | undefined;
  readonly offer: ClientOffer;
  readonly locale: Locale;
  /** The origin links to our own pages point to (autoconfig `documentation`, Autodiscover v2). */
  readonly origin: string;
  /** The host the API is served at, which DNS records name; asked for only by those documents. */
  readonly publicHost: () => string;
}

interface DocumentFormat {
  /** What the document is, who reads it and where it is served: its enum value's description. */
  readonly description: string;
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
 * The PACC document of the offer's provider. Clients check its bytes against a digest in DNS, so
 * nothing of the request goes in: its help link is the first guide (where the guides start) on the
 * document's own host, which serves the guide pages like every host of the Worker.
 */
function paccBody({ data, offer }: RenderInput): string {
  const { provider } = offer;
  const [guide] = data.guides;
  const host = paccHost(provider.domains[0] ?? provider.id);
  const documentationUrl =
    guide === undefined ? undefined : new URL(guidePath(guide.id, { providerId: provider.id }), `https://${host}`).href;
  return paccDocument({ offer, documentationUrl });
}

export const DOCUMENT_FORMATS: Readonly<Record<ClientConfigurationFormat, DocumentFormat>> = {
  MOZILLA_AUTOCONFIG: {
    description: `Mozilla autoconfig 1.1 (\`config-v1.1.xml\`), read by Thunderbird, Thunderbird for Android, Evolution and others. Served at \`${AUTOCONFIG_PATH}\` and \`${AUTOCONFIG_WELL_KNOWN_PATH}\`; the user name is the placeholder \`%EMAILADDRESS%\`, which the client fills in. Lists every encrypted endpoint, \`incomingProtocol\` first.`,
    contentType: 'application/xml; charset=utf-8',
    fileName: () => 'config-v1.1.xml',
    localized: false,
    attachment: false,
    needsAddress: false,
    render: ({ data, offer, origin }) =>
      autoconfigDocument({
        offer,
        guides: data.guides,
        guideUrl: (guide) => new URL(guidePath(guide.id, { providerId: offer.provider.id }), origin).href,
      }),
  },
  OUTLOOK_AUTODISCOVER: {
    description:
      'Outlook POX Autodiscover response (`responseschema/2006`), one `Protocol` each for IMAP, POP3 and SMTP, `incomingProtocol` first. Served for `POST /autodiscover/autodiscover.xml`. It names the mailbox to sign in with, so `emailAddress` is required.',
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
    description: `Apple configuration profile (\`.mobileconfig\`) for iPhone, iPad and Mac: one Mail account, IMAP or POP3 as \`incomingProtocol\` says, without a password. Served at \`${APPLE_PROFILE_PATH}\`. Texts follow the locale; without \`emailAddress\` the device asks for the address.`,
    contentType: 'application/x-apple-aspen-config',
    fileName: (shortName) => `${shortName}.mobileconfig`,
    localized: true,
    attachment: true,
    needsAddress: false,
    render: ({ data, address, offer, locale }) =>
      appleProfile({ offer, emailAddress: address, texts: data.profile, locale }),
  },
  DNS_SRV: {
    description: `DNS SRV records (RFC 6186 and RFC 8314 \`_submissions\`) as zone-file text for the provider's domains, priorities in the order of preference, \`incomingProtocol\` first. Served at \`${DNS_SRV_PATH}\`.`,
    contentType: 'text/plain; charset=utf-8',
    fileName: (shortName) => `${shortName}-srv.zone`,
    localized: false,
    attachment: false,
    needsAddress: false,
    render: ({ offer, publicHost }) => srvZone(offer, { autodiscoverHost: publicHost() }),
  },
  PACC: {
    description: `PACC (IETF draft-ietf-mailmaint-pacc-03), the JSON document clients fetch from \`https://ua-auto-config.<domain>${PACC_PATH}\`: a host each for IMAP, POP3 and submission, implicit TLS only (993, 995 and 465, so SMTP is 465 here), password sign-in, the provider's names and a help link. Served at \`${PACC_PATH}\`; the same bytes for every request, as clients check them against the SHA-256 digest in the \`_ua-auto-config\` TXT record.`,
    contentType: 'application/json',
    fileName: () => 'user-agent-configuration.json',
    localized: false,
    attachment: false,
    needsAddress: false,
    render: paccBody,
  },
  OUTLOOK_AUTODISCOVER_V2: {
    description: `Outlook's Autodiscover v2 answer for the protocol \`AutodiscoverV1\`: JSON naming the URL of this API's POX Autodiscover (\`${AUTODISCOVER_PATH}\`), where Outlook then asks for the settings. Served for \`GET /autodiscover/autodiscover.json?Protocol=AutodiscoverV1\` and \`/autodiscover/autodiscover.json/v1.0/{email}?Protocol=AutodiscoverV1\`.`,
    contentType: 'application/json; charset=utf-8',
    fileName: () => 'autodiscover.json',
    localized: false,
    attachment: false,
    needsAddress: false,
    // It leads to the POX Autodiscover answer, which carries the offer.
    render: ({ origin }) => autodiscoverV2Answer(new URL(AUTODISCOVER_PATH, origin).href),
  },
  DNS_ZONE: {
    description: `The DNS plan: every record the provider publishes for mail programs to find their settings, as zone-file text: the SRV records of DNS_SRV, CNAMEs from \`autoconfig.\`, \`autodiscover.\` and \`ua-auto-config.\` under each domain to the host serving this API, and the \`_ua-auto-config\` TXT record with the SHA-256 digest of the PACC document. Served at \`${DNS_ZONE_PATH}\`.`,
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
