/**
 * Outlook POX Autodiscover responses (`responseschema/2006` with the Outlook `2006a` payload):
 * one `Protocol` for each protocol the provider offers, each naming its preferred endpoint, which
 * like every endpoint of the offer is encrypted. `Encryption` must agree with the port: Outlook
 * reads `Encryption` over `SSL` and takes `TLS` to mean STARTTLS, so a wrong word makes it start
 * TLS at once on a STARTTLS port or the reverse.
 */
import type { ClientOffer, EncryptedEndpoint, EncryptedSecurity } from '../domain/client-offer.js';
import { preferredPerProtocol } from '../domain/client-offer.js';
import { element, renderXml, type XmlNode } from './xml.js';

/** The only response schema we answer: POP3, IMAP and SMTP settings for Outlook. */
export const OUTLOOK_RESPONSE_SCHEMA =
  'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a';

/** Autodiscover's own error codes: 600 Invalid Request, 601 Requested schema version not supported. */
export type AutodiscoverErrorCode = 600 | 601;

const RESPONSE_SCHEMA = 'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006';

/** What Outlook must be told for each kind of encryption. */
export const AUTODISCOVER_SECURITY: Readonly<
  Record<EncryptedSecurity, { readonly ssl: 'on'; readonly encryption: 'SSL' | 'TLS' }>
> = {
  SSL_TLS: { ssl: 'on', encryption: 'SSL' },
  STARTTLS: { ssl: 'on', encryption: 'TLS' },
};

function protocol(endpoint: EncryptedEndpoint, loginName: string): XmlNode {
  const { ssl, encryption } = AUTODISCOVER_SECURITY[endpoint.security];
  return element('Protocol', [
    element('Type', endpoint.protocol),
    element('Server', endpoint.hostName),
    element('Port', endpoint.port),
    element('DomainRequired', 'off'),
    element('LoginName', loginName),
    element('SPA', 'off'),
    element('SSL', ssl),
    element('Encryption', encryption),
    element('AuthRequired', 'on'),
  ]);
}

const autodiscover = (response: XmlNode) => renderXml(element('Autodiscover', response, { xmlns: RESPONSE_SCHEMA }));

/** The settings for the mailbox `emailAddress` (checked, ASCII domain), who signs in with it. */
export function autodiscoverResponse(offer: ClientOffer, emailAddress: string): string {
  return autodiscover(
    element(
      'Response',
      element('Account', [
        element('AccountType', 'email'),
        element('Action', 'settings'),
        ...preferredPerProtocol(offer).map((endpoint) => protocol(endpoint, emailAddress)),
      ]),
      { xmlns: OUTLOOK_RESPONSE_SCHEMA },
    ),
  );
}

const ERROR_MESSAGES: Readonly<Record<AutodiscoverErrorCode, string>> = {
  600: 'Invalid Request',
  601: 'Requested schema version not supported',
};

/** The Autodiscover error document for `code`; `debugData` says what was wrong, in English. */
export function autodiscoverError(code: AutodiscoverErrorCode, debugData: string): string {
  return autodiscover(
    element(
      'Response',
      element('Error', [
        element('ErrorCode', code),
        element('Message', ERROR_MESSAGES[code]),
        element('DebugData', debugData),
      ]),
    ),
  );
}
