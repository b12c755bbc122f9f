/**
 * The address lookups with DNS: a domain the catalog lists is answered from the catalog with no
 * lookup; any other domain's MX records are looked up, and a provider's mail exchanger there makes
 * that provider answer (MAIL_EXCHANGER). `settingsForAddress` and `recommendedSettings` both come
 * here, so both give the same provider for the same address.
 */
import type { Ordering } from '../domain/ordering.js';
import type { Protocol, ProviderData } from '../catalog/types.js';
import { parseEmailAddress, type EmailAddress } from '../domain/address.js';
import { clientSettings, type ClientSettings } from '../domain/client-settings.js';
import { defaultProvider, providerForDomain } from '../domain/providers.js';
import { locateMail, type MailLocation } from '../world/mail-location.js';
import type { Context } from './context.js';

/** Settings, and where the domain's mail is when that was looked up. */
export interface LookedUpSettings extends ClientSettings {
  /** Undefined for a domain the catalog lists: no lookup is made. */
  readonly mailLocation: MailLocation | undefined;
}

/** The provider a lookup found for `address`, and the lookup; no lookup for a listed domain. */
export async function lookUpProvider(
  ctx: Context,
  address: EmailAddress,
): Promise<{ readonly mailProvider: ProviderData | undefined; readonly mailLocation: MailLocation | undefined }> {
  if (providerForDomain(ctx.catalog, address.domain).match === 'DOMAIN') {
    return { mailProvider: undefined, mailLocation: undefined };
  }
  const mailLocation = await locateMail(ctx.catalog, ctx.dns(), address.domain, defaultProvider(ctx.catalog));
  const found = mailLocation.verdict === 'HOSTED_HERE' || mailLocation.verdict === 'HOSTED_ELSEWHERE';
  return { mailProvider: found ? mailLocation.preferred?.provider : undefined, mailLocation };
}

/**
 * Settings for `emailAddress`, its domain looked up in DNS when the catalog does not list it.
 * @throws InvalidInputError for a malformed address
 */
export async function settingsWithLookup(
  ctx: Context,
  emailAddress: string,
  incomingProtocol: Protocol,
  ordering: Ordering,
): Promise<LookedUpSettings> {
  const address = parseEmailAddress(emailAddress);
  const { mailProvider, mailLocation } = await lookUpProvider(ctx, address);
  return { ...clientSettings(ctx.catalog, address, incomingProtocol, ordering, mailProvider), mailLocation };
}
