/**
 * Which endpoint a mail client should use for a protocol: the first encrypted one the ordering
 * gives; an unencrypted one only when the caller accepts it and the protocol has no encrypted
 * endpoint. The recommendation, the address lookup and the guides all ask this one function.
 */
import { DIRECTION_OF, type Protocol, type ProviderData } from '../catalog/types.js';
import { endpointsOf, type Endpoint } from './endpoints.js';
import { InvalidInputError } from './errors.js';
import { orderEndpoints, type Ordering } from './ordering.js';

interface PreferenceOptions {
  readonly ordering: Ordering;
  /** Unencrypted endpoints are candidates only when this is true. */
  readonly allowUnencrypted: boolean;
}

/** The preferred endpoint for `protocol` among `endpoints`, or undefined when none qualifies. */
export function preferredEndpoint(
  endpoints: readonly Endpoint[],
  protocol: Protocol,
  { ordering, allowUnencrypted }: PreferenceOptions,
): Endpoint | undefined {
  const offered = endpoints.filter((e) => e.protocol === protocol);
  const encrypted = offered.filter((e) => e.encrypted);
  // Allowing unencrypted endpoints is a fallback, not a preference: the provider's advice may
  // rank a cleartext port above an encrypted one it does not recommend.
  const candidates = encrypted.length > 0 || !allowUnencrypted ? encrypted : offered;
  return orderEndpoints(candidates, ordering)[0];
}

/** What a mail client needs: one endpoint to fetch mail from and one to send through. */
export interface ConnectionSettings {
  readonly incoming: Endpoint;
  readonly outgoing: Endpoint;
}

/**
 * The preferred encrypted endpoints of `provider` for `incomingProtocol` and for SMTP.
 * @throws InvalidInputError when `incomingProtocol` does not fetch mail or the provider does not offer it
 */
export function preferredSettings(
  provider: ProviderData,
  incomingProtocol: Protocol,
  ordering: Ordering,
): ConnectionSettings {
  if (DIRECTION_OF[incomingProtocol] !== 'INCOMING') {
    throw new InvalidInputError('incomingProtocol', {
      en: `${incomingProtocol} sends mail; the incoming protocol is IMAP or POP3.`,
      de: `${incomingProtocol} versendet E-Mails; das Protokoll für eingehende E-Mails ist IMAP oder POP3.`,
    });
  }
  const endpoints = endpointsOf(provider);
  const options = { ordering, allowUnencrypted: false };
  const incoming = preferredEndpoint(endpoints, incomingProtocol, options);
  const outgoing = preferredEndpoint(endpoints, 'SMTP', options);
  if (incoming === undefined) {
    throw new InvalidInputError('incomingProtocol', {
      en: `${provider.displayName} does not offer ${incomingProtocol}.`,
      de: `${provider.displayName} bietet ${incomingProtocol} nicht an.`,
    });
  }
  // The catalog check guarantees every provider an encrypted SMTP endpoint.
  if (outgoing === undefined) throw new Error(`Provider ${provider.id} has no encrypted SMTP endpoint`);
  return { incoming, outgoing };
}
