/**
 * Finding a provider: by id, or by the domain of a mailbox. A domain the catalog does not list is
 * answered with the default provider, and the answer says so.
 */
import type { CatalogData, ProviderData } from '../catalog/types.js';
import { InvalidInputError } from './errors.js';

/**
 * DOMAIN: the catalog lists the domain; MAIL_EXCHANGER: it does not, but the domain's MX is a
 * provider's (found by a DNS lookup outside this module); DEFAULT: neither.
 */
export type ProviderMatch = 'DOMAIN' | 'MAIL_EXCHANGER' | 'DEFAULT';

export interface ProviderLookup {
  readonly provider: ProviderData;
  readonly match: ProviderMatch;
}

/** The provider marked `isDefault` (the catalog check guarantees exactly one). */
export function defaultProvider(data: CatalogData): ProviderData {
  const provider = data.providers.find((p) => p.isDefault);
  if (provider === undefined) throw new Error('The catalog has no default provider');
  return provider;
}

/** The provider with `id`, or undefined. */
function providerById(data: CatalogData, id: string): ProviderData | undefined {
  return data.providers.find((p) => p.id === id);
}

/**
 * The provider with `id`.
 * @throws InvalidInputError naming the known ids when there is none
 */
export function requireProvider(data: CatalogData, id: string, argument = 'providerId'): ProviderData {
  const provider = providerById(data, id);
  if (provider !== undefined) return provider;
  const known = data.providers.map((p) => `"${p.id}"`).join(', ');
  throw new InvalidInputError(argument, {
    en: `No provider has the id "${id}"; known ids: ${known}.`,
    de: `Kein Anbieter hat die ID „${id}“; bekannte IDs: ${known}.`,
  });
}

/**
 * The provider with `id`, or the default provider when `id` is null or undefined.
 * @throws InvalidInputError when no provider has `id`
 */
export function providerOrDefault(
  data: CatalogData,
  id: string | null | undefined,
  argument = 'providerId',
): ProviderData {
  return id == null ? defaultProvider(data) : requireProvider(data, id, argument);
}

/** The provider serving `domain` (lower-case ASCII form), or the default provider. */
export function providerForDomain(data: CatalogData, domain: string): ProviderLookup {
  const provider = data.providers.find((p) => p.domains.includes(domain));
  return provider === undefined ? { provider: defaultProvider(data), match: 'DEFAULT' } : { provider, match: 'DOMAIN' };
}
