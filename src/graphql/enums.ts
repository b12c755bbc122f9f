/**
 * The enums of the schema. Values match the catalog's own, so resolvers pass them through as is.
 */
import type {
  Advice,
  Direction,
  GuideKind,
  IncomingProtocol,
  Platform,
  Protocol,
  ReasonCode,
  Security,
} from '../catalog/types.js';
import type { Ordering } from '../domain/ordering.js';
import type { ProviderMatch } from '../domain/providers.js';
import { builder } from './builder.js';

/**
 * Every enum lists exactly the values of the domain type it mirrors: a value added to or dropped
 * from either side fails to compile.
 */
interface EnumValue {
  readonly description: string;
}

/**
 * Fields and arguments named `protocol` or `incomingProtocol` hold these enums everywhere; the
 * `Protocol` object that explains one is always in a field ending in `Info` beside it.
 */
export const ProtocolNameEnum = builder.enumType('ProtocolName', {
  description:
    'The name of a mail protocol, which is also the `name` of its `Protocol` object. A field or argument called `protocol` always holds one of these; where an answer also carries the `Protocol` object with its explanation, it is in `protocolInfo` beside it.',
  values: {
    IMAP: {
      description: 'Internet Message Access Protocol: reads mail that stays on the server, in step across devices.',
    },
    POP3: { description: 'Post Office Protocol version 3: downloads mail to one device, which keeps it.' },
    SMTP: { description: 'Simple Mail Transfer Protocol: sends outgoing mail.' },
  } as const satisfies Record<Protocol, EnumValue>,
});

export const IncomingProtocolNameEnum = builder.enumType('IncomingProtocolName', {
  description:
    'The `ProtocolName` values that fetch mail, IMAP and POP3: the choice a person makes when adding a mailbox to a mail program. A field or argument called `incomingProtocol` always holds one of these; where an answer also carries the `Protocol` object, it is in `incomingProtocolInfo` beside it.',
  values: {
    IMAP: { description: 'Mail stays on the server and every device shows the same mailbox. The usual choice.' },
    POP3: { description: 'Mail is downloaded to one device and kept there.' },
  } as const satisfies Record<IncomingProtocol, EnumValue>,
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which way mail flows through an endpoint.',
  values: {
    INCOMING: { description: 'Fetching mail into the mail program (IMAP, POP3).' },
    OUTGOING: { description: 'Sending mail from the mail program (SMTP).' },
  } as const satisfies Record<Direction, EnumValue>,
});

export const SecurityEnum = builder.enumType('Security', {
  description:
    'How the connection to an endpoint is protected. Mail programs call this "connection security", "encryption method" or "SSL".',
  values: {
    SSL_TLS: {
      description:
        'Implicit TLS: encrypted from the first byte (mail programs label it "SSL/TLS" or "SSL"). Autoconfig calls it `SSL`.',
    },
    STARTTLS: {
      description:
        'The connection starts in plain text and is upgraded to TLS with the STARTTLS command before the password is sent.',
    },
    NONE: {
      description: 'No encryption: password and messages cross the network readable. Offered, but not recommended.',
    },
  } as const satisfies Record<Security, EnumValue>,
});

export const AdviceEnum = builder.enumType('Advice', {
  description: "The provider's own word on an endpoint, from its help page.",
  values: {
    RECOMMENDED: { description: 'The provider recommends this endpoint: use it unless your mail program cannot.' },
    SUPPORTED: { description: 'Works and is encrypted, but is not the first choice.' },
    NOT_RECOMMENDED: { description: 'Works, but the provider advises against it because it is unencrypted.' },
  } as const satisfies Record<Advice, EnumValue>,
});

export const OrderingEnum = builder.enumType('EndpointOrdering', {
  description:
    'Which endpoint counts as preferred. Lists stay grouped by protocol (IMAP, POP3, SMTP); the ordering decides the order within a protocol, and so which endpoint a recommendation picks.',
  values: {
    PROVIDER_ADVICE: {
      description:
        "The provider's advice: recommended, then supported, then not recommended. SMTP STARTTLS on 587 comes first. The default.",
    },
    RFC8314: {
      description:
        'RFC 8314: implicit TLS first, then STARTTLS, then unencrypted. SMTP on 465 with SSL/TLS comes first.',
    },
  } as const satisfies Record<Ordering, EnumValue>,
});

export const GuideKindEnum = builder.enumType('GuideKind', {
  description: 'What a guide helps with.',
  values: {
    CHOOSING_A_PROTOCOL: { description: 'Choosing between IMAP and POP3 for incoming mail.' },
    OUTGOING_MAIL: { description: 'Sending mail: why SMTP has to be set up.' },
    CLIENT_SETUP: { description: 'Step-by-step set-up of one mail program.' },
  } as const satisfies Record<GuideKind, EnumValue>,
});

export const PlatformEnum = builder.enumType('Platform', {
  description: 'An operating system a mail program runs on.',
  values: {
    WINDOWS: { description: 'Microsoft Windows.' },
    MACOS: { description: 'Apple macOS.' },
    LINUX: { description: 'Linux desktops.' },
    IOS: { description: 'Apple iOS and iPadOS.' },
    ANDROID: { description: 'Android phones and tablets.' },
  } as const satisfies Record<Platform, EnumValue>,
});

export const ProviderMatchEnum = builder.enumType('ProviderMatch', {
  description: 'How the provider of an email address was found.',
  values: {
    DOMAIN: { description: "The address's domain is one the provider lists as its own. No DNS lookup is made." },
    MAIL_EXCHANGER: {
      description:
        "No provider lists the domain, but its MX records (looked up in DNS) name the provider's mail exchangers: a customer's own domain hosted by the provider, so these settings are the right ones. `mailLocation` holds the lookup.",
    },
    DEFAULT: {
      description:
        "No provider lists the domain and its MX records name none of the catalog's mail exchangers, so the default provider answered. Its settings apply only to mailboxes it hosts: read `mailLocation` before showing them (HOSTED_ELSEWHERE: the mail is at another provider and these settings will not work; NO_SUCH_DOMAIN: ask the person to check the spelling).",
    },
  } as const satisfies Record<ProviderMatch, EnumValue>,
});

export const ReasonCodeEnum = builder.enumType('ReasonCode', {
  description: 'Why a recommendation came out as it did; stable codes for programs, with `text` for people.',
  values: {
    SEVERAL_DEVICES: { description: 'Several devices read the mailbox, so IMAP keeps them in step.' },
    ONE_DEVICE_OFFLINE_COPIES: { description: 'One device that should keep offline copies: POP3.' },
    ONE_DEVICE_LIMITED_STORAGE: { description: 'One device and limited server storage: POP3.' },
    ONE_DEVICE_KEEP_ON_SERVER: {
      description: 'One device without a wish for offline copies: IMAP keeps mail on the server.',
    },
    LOCAL_COPIES_ON_SEVERAL_DEVICES: {
      description: 'Offline copies or limited storage were asked for, but several devices rule out POP3.',
    },
    PROTOCOL_NOT_OFFERED: {
      description: 'The provider does not offer the protocol the situation called for; the other one is used.',
    },
    ENDPOINT_PROVIDER_ADVICE: { description: "The endpoint comes first in the provider's advice." },
    ENDPOINT_IMPLICIT_TLS_FIRST: { description: 'The endpoint comes first under RFC 8314 (implicit TLS first).' },
    ENCRYPTED_ONLY: { description: 'Unencrypted endpoints were left out because the situation does not accept them.' },
    SENDING_NEEDS_SMTP: { description: 'Sending needs SMTP whatever protocol fetches mail.' },
  } as const satisfies Record<ReasonCode, EnumValue>,
});
