/**
 * The shape of the catalog: providers, their servers and endpoints, the protocols and the guides.
 *
 * Data files are written against these types; `check.ts` enforces what the types cannot say
 * (unique endpoints, valid ports and host names, texts in every locale).
 */

/** Locales every human-readable text must exist in. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** One text in every supported locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export const PROTOCOLS = ['IMAP', 'POP3', 'SMTP'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** The protocols that fetch mail: the choice a person makes for incoming mail. */
export type IncomingProtocol = Exclude<Protocol, 'SMTP'>;

export const DIRECTIONS = ['INCOMING', 'OUTGOING'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** IMAP and POP3 fetch mail; SMTP sends it. */
export const DIRECTION_OF: Readonly<Record<Protocol, Direction>> = {
  IMAP: 'INCOMING',
  POP3: 'INCOMING',
  SMTP: 'OUTGOING',
};

/** How a connection is protected: implicit TLS from the first byte, an upgrade with STARTTLS, or none. */
export const SECURITIES = ['SSL_TLS', 'STARTTLS', 'NONE'] as const;
export type Security = (typeof SECURITIES)[number];

/** The provider's own word on an endpoint, as its help page gives it. */
export const ADVICES = ['RECOMMENDED', 'SUPPORTED', 'NOT_RECOMMENDED'] as const;
export type Advice = (typeof ADVICES)[number];

/** One row of a provider's port table. */
export interface EndpointData {
  readonly protocol: Protocol;
  readonly security: Security;
  readonly port: number;
  readonly advice: Advice;
}

export interface ServerData {
  readonly hostName: string;
  readonly endpoints: readonly EndpointData[];
}

export interface ProviderData {
  readonly id: string;
  readonly displayName: string;
  readonly shortName: string;
  /** Email domains whose mailboxes live at this provider. */
  readonly domains: readonly string[];
  /**
   * Where this provider's mail exchangers live: an MX host equal to one of these names or under
   * one (`mx01.routing.net` under `routing.net`) means a domain's mail is received here, so a
   * customer's own domain gets this provider's settings.
   */
  readonly mailExchangerDomains: readonly string[];
  /** Where the provider's own help desk lives, when the source names an address for it. */
  readonly helpDeskUrl: string | null;
  /** Answers lookups for domains no provider lists. Exactly one provider has it. */
  readonly isDefault: boolean;
  readonly servers: readonly ServerData[];
}

export interface ProtocolData {
  readonly name: Protocol;
  readonly fullName: string;
  readonly summary: LocalizedText;
  readonly explanation: LocalizedText;
  readonly strengths: readonly LocalizedText[];
  readonly suitedFor: readonly LocalizedText[];
}

export const GUIDE_KINDS = ['CHOOSING_A_PROTOCOL', 'OUTGOING_MAIL', 'CLIENT_SETUP'] as const;
export type GuideKind = (typeof GUIDE_KINDS)[number];

export const PLATFORMS = ['WINDOWS', 'MACOS', 'LINUX', 'IOS', 'ANDROID'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Placeholders a guide step may contain, filled from the provider's preferred endpoints so that
 * no guide can disagree with the port table.
 */
export const STEP_PLACEHOLDERS = [
  'incomingProtocol',
  'incomingHost',
  'incomingPort',
  'incomingSecurity',
  'outgoingHost',
  'outgoingPort',
  'outgoingSecurity',
] as const;
export type StepPlaceholder = (typeof STEP_PLACEHOLDERS)[number];

export interface MailClientData {
  readonly name: string;
  readonly platforms: readonly Platform[];
}

export interface GuideData {
  readonly id: string;
  readonly kind: GuideKind;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly paragraphs: readonly LocalizedText[];
  /** Ordered steps; `{placeholder}` tokens are filled in when the guide is read. */
  readonly steps: readonly LocalizedText[];
  readonly protocols: readonly Protocol[];
  readonly mailClient: MailClientData | null;
}

/** Why a recommendation came out as it did; each code has one text in the catalog. */
export const REASON_CODES = [
  'SEVERAL_DEVICES',
  'ONE_DEVICE_OFFLINE_COPIES',
  'ONE_DEVICE_LIMITED_STORAGE',
  'ONE_DEVICE_KEEP_ON_SERVER',
  'LOCAL_COPIES_ON_SEVERAL_DEVICES',
  'PROTOCOL_NOT_OFFERED',
  'ENDPOINT_PROVIDER_ADVICE',
  'ENDPOINT_IMPLICIT_TLS_FIRST',
  'ENCRYPTED_ONLY',
  'SENDING_NEEDS_SMTP',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Placeholders a reason text may contain, filled from the endpoint or protocol it is about. */
export const REASON_PLACEHOLDERS = ['protocol', 'port', 'security', 'deviceCount', 'otherProtocol'] as const;

/** The guides a recommendation's reasons point readers to; the catalog check requires both. */
export const REASON_GUIDE_IDS = {
  /** Behind the choice between IMAP and POP3. */
  choosingProtocol: 'choosing-imap-or-pop3',
  /** Behind the reminder that sending needs SMTP. */
  sendingMail: 'why-smtp-matters',
} as const;

/** Display labels for enum values, as a person reads them in a settings table. */
export interface LabelData {
  readonly security: Readonly<Record<Security, LocalizedText>>;
  readonly advice: Readonly<Record<Advice, LocalizedText>>;
}

/** Placeholders the Apple profile's texts may contain. */
export const PROFILE_PLACEHOLDERS = ['provider', 'address'] as const;

/** What a person sees on their device while installing the Apple configuration profile. */
export interface ProfileTextData {
  /** The profile's name in Settings. */
  readonly displayName: LocalizedText;
  /** What installing the profile does, for a profile made for one address. */
  readonly description: LocalizedText;
  /** What installing the profile does, for a profile made without an address. */
  readonly descriptionWithoutAddress: LocalizedText;
  /** What a person agrees to before the device installs the profile (`ConsentText`). */
  readonly consent: LocalizedText;
}

/** Where a troubleshooting entry's advice comes from. */
export const TROUBLESHOOTING_SOURCES = ['HELP_PAGE', 'GENERAL_KNOWLEDGE'] as const;
export type TroubleshootingSource = (typeof TROUBLESHOOTING_SOURCES)[number];

/** A failure people meet while setting up mail, and what to do about it. */
export interface TroubleshootingData {
  readonly id: string;
  /** HELP_PAGE when the provider's help page says it; GENERAL_KNOWLEDGE otherwise. */
  readonly source: TroubleshootingSource;
  readonly title: LocalizedText;
  /** What the person sees. */
  readonly symptom: LocalizedText;
  /** What to do, in order; step placeholders are filled from the preferred endpoints. */
  readonly remedies: readonly LocalizedText[];
}

export interface CatalogData {
  readonly providers: readonly ProviderData[];
  readonly protocols: readonly ProtocolData[];
  readonly guides: readonly GuideData[];
  readonly reasons: Readonly<Record<ReasonCode, LocalizedText>>;
  readonly labels: LabelData;
  readonly profile: ProfileTextData;
  readonly troubleshooting: readonly TroubleshootingData[];
}
