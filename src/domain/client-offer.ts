/**
 * What the client documents (autoconfig, Autodiscover, Apple profile, SRV records) offer a mail
 * program: every endpoint of a provider, most preferred first. Each document takes its order and
 * its default servers from here, so none can name a different preferred server than the
 * GraphQL API does.
 */
import type { Protocol, ProviderData } from '../catalog/types.js';
import { endpointsOf, type Endpoint } from './endpoints.js';
import { orderEndpoints, type Ordering } from './ordering.js';
import { preferredSettings, type ConnectionSettings } from './preference.js';

export interface ClientOffer {
  readonly provider: ProviderData;
  readonly incomingProtocol: Protocol;
  /** The endpoints a client should pick by default: the ones `preferredSettings` gives. */
  readonly preferred: ConnectionSettings;
  /**
   * Every IMAP and POP3 endpoint: the preferred one first, then the rest of its protocol, then
   * the other incoming protocol, each protocol in the one ordering.
   */
  readonly incoming: readonly Endpoint[];
  /** Every SMTP endpoint: the preferred one first, then the rest in the one ordering. */
  readonly outgoing: readonly Endpoint[];
}

/** `first`, then every other element of `rest` in its order. */
const leading = (first: Endpoint, rest: readonly Endpoint[]): Endpoint[] => [first, ...rest.filter((e) => e !== first)];

/**
 * The offer of `provider` to a client that fetches mail with `incomingProtocol`.
 * @throws InvalidInputError when `incomingProtocol` does not fetch mail or the provider does not offer it
 */
export function clientOffer(provider: ProviderData, incomingProtocol: Protocol, ordering: Ordering): ClientOffer {
  const preferred = preferredSettings(provider, incomingProtocol, ordering);
  const ordered = orderEndpoints(endpointsOf(provider), ordering);
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
 * One endpoint for each protocol of the offer, in the offer's order: the first encrypted one,
 * which for the chosen incoming protocol and for SMTP is the preferred one. For documents that
 * carry one server per protocol (Autodiscover).
 */
export function preferredPerProtocol(offer: ClientOffer): Endpoint[] {
  const encrypted = [...offer.incoming, ...offer.outgoing].filter((e) => e.encrypted);
  return encrypted.filter((e, index) => encrypted.findIndex((other) => other.protocol === e.protocol) === index);
}
