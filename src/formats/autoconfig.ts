/**
 * Mozilla autoconfig 1.1 (`config-v1.1.xml`), read by Thunderbird, Thunderbird for Android,
 * Evolution and others. Clients take the first server of each direction they can use as the
 * default, so the order is the offer's: the preferred endpoint leads. The offer holds encrypted
 * endpoints only, and that is also what lets Thunderbird for Android read the document at all: it
 * refuses the whole document over one IMAP or SMTP server whose `socketType` is `plain`.
 */
import { LOCALES, type GuideData } from '../catalog/types.js';
import type { ClientOffer, EncryptedEndpoint, EncryptedSecurity } from '../domain/client-offer.js';
import { element, renderXml, type XmlNode } from './xml.js';

/** The `socketType` words of the format for each kind of encryption. */
const SOCKET_TYPE: Readonly<Record<EncryptedSecurity, string>> = { SSL_TLS: 'SSL', STARTTLS: 'STARTTLS' };

/** Clients replace this with the address the user typed; the provider signs in with the full address. */
const USERNAME_PLACEHOLDER = '%EMAILADDRESS%';

interface AutoconfigInput {
  readonly offer: ClientOffer;
  /** Guides to link as `documentation`, each with both languages' titles. */
  readonly guides: readonly GuideData[];
  /** The absolute URL where a person reads the guide. */
  readonly guideUrl: (guide: GuideData) => string;
}

function server(tag: 'incomingServer' | 'outgoingServer', endpoint: EncryptedEndpoint): XmlNode {
  return element(
    tag,
    [
      element('hostname', endpoint.hostName),
      element('port', endpoint.port),
      element('socketType', SOCKET_TYPE[endpoint.security]),
      element('username', USERNAME_PLACEHOLDER),
      element('authentication', 'password-cleartext'),
    ],
    { type: endpoint.protocol.toLowerCase() },
  );
}

function documentation(guide: GuideData, url: string): XmlNode {
  return element(
    'documentation',
    LOCALES.map((lang) => element('descr', guide.title[lang], { lang })),
    { url },
  );
}

/** The autoconfig document for `input.offer`. */
export function autoconfigDocument({ offer, guides, guideUrl }: AutoconfigInput): string {
  const { provider } = offer;
  return renderXml(
    element(
      'clientConfig',
      element(
        'emailProvider',
        [
          ...provider.domains.map((domain) => element('domain', domain)),
          element('displayName', provider.displayName),
          element('displayShortName', provider.shortName),
          ...offer.incoming.map((e) => server('incomingServer', e)),
          ...offer.outgoing.map((e) => server('outgoingServer', e)),
          ...guides.map((guide) => documentation(guide, guideUrl(guide))),
        ],
        { id: provider.domains[0] ?? provider.id },
      ),
      { version: '1.1' },
    ),
  );
}
