/**
 * What to type into a mail client for one email address: the provider serving its domain, the
 * user name, and the preferred incoming and outgoing endpoints.
 */
import type { CatalogData, Protocol } from '../catalog/types.js';
import { parseEmailAddress, type EmailAddress } from './address.js';
import type { Ordering } from './ordering.js';
import { preferredSettings, type ConnectionSettings } from './preference.js';
import { providerForDomain, type ProviderLookup } from './providers.js';
import { similarCatalogDomain } from './similar-domain.js';

export interface ClientSettings extends ConnectionSettings, ProviderLookup {
  readonly emailAddress: EmailAddress;
  /** The provider signs mailboxes in with the full address. */
  readonly userName: string;
  /** For a domain no provider lists, the address with the catalog domain it was likely meant to be. */
  readonly suggestedEmailAddress: string | undefined;
}

/**
 * Settings for `emailAddress`.
 * @throws InvalidInputError for a malformed address or a protocol the provider does not offer
 */
export function clientSettings(
  data: CatalogData,
  emailAddress: string,
  incomingProtocol: Protocol,
  ordering: Ordering,
): ClientSettings {
  const parsed = parseEmailAddress(emailAddress);
  const lookup = providerForDomain(data, parsed.domain);
  const suggested = lookup.match === 'DEFAULT' ? similarCatalogDomain(data, parsed.domain) : undefined;
  return {
    ...lookup,
    ...preferredSettings(lookup.provider, incomingProtocol, ordering),
    emailAddress: parsed,
    userName: parsed.address,
    suggestedEmailAddress: suggested === undefined ? undefined : `${parsed.localPart}@${suggested}`,
  };
}
