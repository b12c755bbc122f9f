/**
 * What to type into a mail client for one email address: the provider serving its domain, the
 * user name, and the preferred incoming and outgoing endpoints.
 */
import type { CatalogData, Protocol, ProviderData } from '../catalog/types.js';
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
 * Settings for `emailAddress` (a string, or one already parsed). `mailProvider` is the provider
 * whose mail exchangers the domain's MX names, when a lookup found one: it answers a domain the
 * catalog does not list, as MAIL_EXCHANGER; a listed domain keeps its own provider.
 * @throws InvalidInputError for a malformed address or a protocol the provider does not offer
 */
export function clientSettings(
  data: CatalogData,
  emailAddress: string | EmailAddress,
  incomingProtocol: Protocol,
  ordering: Ordering,
  mailProvider?: ProviderData,
): ClientSettings {
  const parsed = typeof emailAddress === 'string' ? parseEmailAddress(emailAddress) : emailAddress;
  const listed = providerForDomain(data, parsed.domain);
  const lookup: ProviderLookup =
    listed.match === 'DEFAULT' && mailProvider !== undefined
      ? { provider: mailProvider, match: 'MAIL_EXCHANGER' }
      : listed;
  const suggested = lookup.match === 'DEFAULT' ? similarCatalogDomain(data, parsed.domain) : undefined;
  return {
    ...lookup,
    ...preferredSettings(lookup.provider, incomingProtocol, ordering),
    emailAddress: parsed,
    userName: parsed.address,
    suggestedEmailAddress: suggested === undefined ? undefined : `${parsed.localPart}@${suggested}`,
  };
}
