/**
 * Apple configuration profiles (`.mobileconfig`) for iOS, iPadOS and macOS: one
 * `com.apple.mail.managed` payload with the preferred incoming (IMAP or POP3) and outgoing
 * endpoints. Identifiers and UUIDs are derived from the provider and the address, so the same
 * request gives the same profile byte for byte, and installing it again replaces the old one. No
 * password is ever written: the device asks for it. Its texts, `PayloadDescription` included, are
 * in the reader's language; `ConsentText`, which the device shows before installing, carries every
 * language. The profile is not signed: that takes the provider's own certificate.
 */
import { LOCALES, type Locale, type ProfileTextData } from '../catalog/types.js';
import type { ClientOffer, EncryptedEndpoint } from '../domain/client-offer.js';
import type { EmailAddress } from '../domain/address.js';
import { fillPlaceholders } from '../lib/template.js';
import { localize } from '../domain/texts.js';
import { renderPlist, type PlistValue } from './plist.js';
import { uuidV5 } from './uuid.js';

/** Our own namespace for profile UUIDs; changing it would make every device install a duplicate. */
const PROFILE_NAMESPACE = '6f1d2a52-3c1e-4b8a-9d0e-5a7b2c4e8f10';

const APPLE_ACCOUNT_TYPE = { IMAP: 'EmailTypeIMAP', POP3: 'EmailTypePOP' } as const;

interface AppleProfileInput {
  readonly offer: ClientOffer;
  /** The mailbox; without one the device asks for the address while installing. */
  readonly emailAddress: EmailAddress | undefined;
  readonly texts: ProfileTextData;
  readonly locale: Locale;
}

/** `domain` backwards, as Apple's reverse-DNS identifiers are written. */
const reverseDns = (domain: string) => domain.split('.').reverse().join('.');

/**
 * Apple's flag means "use TLS", whether from the first byte or through STARTTLS: Mail decides
 * by the port, so the flag is on for every endpoint of the offer, all of them encrypted.
 */
function server(
  prefix: 'Incoming' | 'Outgoing',
  endpoint: EncryptedEndpoint,
  userName: string | undefined,
): Record<string, PlistValue> {
  return {
    [`${prefix}MailServerAuthentication`]: 'EmailAuthPassword',
    [`${prefix}MailServerHostName`]: endpoint.hostName,
    [`${prefix}MailServerPortNumber`]: endpoint.port,
    [`${prefix}MailServerUseSSL`]: endpoint.encrypted,
    ...(userName === undefined ? {} : { [`${prefix}MailServerUsername`]: userName }),
  };
}

/** The profile for `input`, as an unsigned XML property list. */
export async function appleProfile({ offer, emailAddress, texts, locale }: AppleProfileInput): Promise<string> {
  const { provider, preferred, incomingProtocol } = offer;
  if (incomingProtocol === 'SMTP') throw new Error('SMTP does not fetch mail');
  const address = emailAddress?.address;
  const name = `${provider.id}/${incomingProtocol}/${address ?? ''}`;
  const [profileUuid, accountUuid] = await Promise.all([
    uuidV5(PROFILE_NAMESPACE, `profile:${name}`),
    uuidV5(PROFILE_NAMESPACE, `account:${name}`),
  ]);
  const identifier = `${reverseDns(provider.domains[0] ?? provider.id)}.mail-settings.${profileUuid}`;
  const text = (which: keyof ProfileTextData, language: Locale = locale) =>
    fillPlaceholders(localize(texts[which], language), { provider: provider.displayName, address: address ?? '' });
  const description = text(address === undefined ? 'descriptionWithoutAddress' : 'description');
  const account: Record<string, PlistValue> = {
    EmailAccountDescription: provider.displayName,
    EmailAccountType: APPLE_ACCOUNT_TYPE[incomingProtocol],
    ...(address === undefined ? {} : { EmailAddress: address }),
    ...server('Incoming', preferred.incoming, address),
    ...server('Outgoing', preferred.outgoing, address),
    OutgoingPasswordSameAsIncomingPassword: true,
    PayloadDescription: description,
    PayloadDisplayName: provider.displayName,
    PayloadIdentifier: `${identifier}.account`,
    PayloadType: 'com.apple.mail.managed',
    PayloadUUID: accountUuid,
    PayloadVersion: 1,
  };
  return renderPlist({
    // Every language, as the device shows the one its user reads; `default` serves any other
    // language, and is the profile's own, which its reader asked for.
    ConsentText: {
      default: text('consent'),
      ...Object.fromEntries(LOCALES.map((language) => [language, text('consent', language)])),
    },
    PayloadContent: [account],
    PayloadDescription: description,
    PayloadDisplayName: text('displayName'),
    PayloadIdentifier: identifier,
    PayloadOrganization: provider.displayName,
    PayloadRemovalDisallowed: false,
    PayloadType: 'Configuration',
    PayloadUUID: profileUuid,
    PayloadVersion: 1,
  });
}
