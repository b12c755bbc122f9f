/**
 * What the client documents (autoconfig, Autodiscover, Apple profile, SRV records) offer a mail
 * program: every encrypted endpoint of a provider, most preferred first. A document tells a
 * program what to use without asking its user, so it never offers a connection that would carry
 * the password and the mail readable on the way; the cleartext rows of the port table stay facts
 * of the GraphQL API, with the provider's advice against them. Each document takes its endpoints,
 * their order and its default servers from here, so none can offer cleartext or name a different
 * preferred server than the GraphQL API does.
 */
import type { Protocol, ProviderData, Security } from '../catalog/types.js';
import { endpointsOf, type Endpoint } from './endpoints.js';
import { orderEndpoints, type Ordering } from './ordering.js';
import { preferredSettings } from './preference.js';

/** The kinds of connection security a client document may name: implicit TLS and STARTTLS. */
export type EncryptedSecurity = Exclude<Security, 'NONE'>;

/** An endpoint whose connection is encrypted before the password is sent. */
export type EncryptedEndpoint = Endpoint & { readonly security: EncryptedSecurity; readonly encrypted: true };

export interface ClientOffer {
  readonly provider: ProviderData;
  readonly incomingProtocol: Protocol;
  /** The endpoints a client should pick by default: the ones `preferredSettings` gives. */
  readonly preferred: { readonly incoming: EncryptedEndpoint; readonly outgoing: EncryptedEndpoint };
  /**
   * Every encrypted IMAP and POP3 endpoint: the preferred one first, then the rest of its
   * protocol, then the other incoming protocol, each protocol in the one ordering.
   */
  readonly incoming: readonly EncryptedEndpoint[];
  /** Every encrypted SMTP endpoint: the preferred one first, then the rest in the one ordering. */
  readonly outgoing: readonly EncryptedEndpoint[];
}

const isEncrypted = (endpoint: Endpoint): endpoint is EncryptedEndpoint => endpoint.security !== 'NONE';

/** `endpoint`, which `preferredSettings` only ever picks among the encrypted ones. */
function encrypted(endpoint: Endpoint): EncryptedEndpoint {
  if (!isEncrypted(endpoint)) throw new Error(`The preferred endpoint ${endpoint.id} is not encrypted`);
  return endpoint;
}

/** `first`, then every other element of `rest` in its order. */
const leading = (first: EncryptedEndpoint, rest: readonly EncryptedEndpoint[]) => [
  first,
  ...rest.filter((e) => e !== first),
];

/**
 * The offer of `provider` to a client that fetches mail with `incomingProtocol`.
 * @throws InvalidInputError when `incomingProtocol` does not fetch mail or the provider does not offer it
 */
export function clientOffer(provider: ProviderData, incomingProtocol: Protocol, ordering: Ordering): ClientOffer {
  const settings = preferredSettings(provider, incomingProtocol, ordering);
  const preferred = { incoming: encrypted(settings.incoming), outgoing: encrypted(settings.outgoing) };
  const ordered = orderEndpoints(endpointsOf(provider), ordering).filter(isEncrypted);
  const incoming = ordered.filter((e) => e.direction === 'INCOMING');
  const chosenProtocolFirst = [
    ...incoming.filter((e) => e.protocol === incomingProtocol),
    ...incoming.filter((e) => e.protocol !== incomingProtocol),
  ];
  return {
    provider,
    incomingProtocol,
    preferred,
    incoming: leading(preferred.incoming, chosenProtocolFirst),
    outgoing: leading(
      preferred.outgoing,
      ordered.filter((e) => e.direction === 'OUTGOING'),
    ),
  };
}

/**
 * One endpoint for each protocol of the offer, in the offer's order: for the chosen incoming
 * protocol and for SMTP the preferred one. For documents that carry one server per protocol
 * (Autodiscover).
 */
export function preferredPerProtocol(offer: ClientOffer): EncryptedEndpoint[] {
  const offered = [...offer.incoming, ...offer.outgoing];
  return offered.filter((e, index) => offered.findIndex((other) => other.protocol === e.protocol) === index);
}
