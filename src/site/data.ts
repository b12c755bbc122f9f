/**
 * The answers of the page's GraphQL operations (`operations/page/*.graphql`) as the renderers read
 * them: each type is the selection of one operation, field for field, so a renamed field is fixed
 * in its `.graphql` file (with an alias, if need be) and here, and nowhere else.
 */

/** An incoming protocol, as the `IncomingProtocolName` enum names it. */
export type IncomingProtocolName = 'IMAP' | 'POP3';

/** A mail protocol, as the `ProtocolName` enum names it. */
export type ProtocolName = IncomingProtocolName | 'SMTP';

/** An endpoint as the settings show it. */
export interface ServerEndpoint {
  readonly endpointId: string;
  readonly protocol: ProtocolName;
  readonly hostName: string;
  readonly port: number;
  readonly securityLabel: string;
}

/** `PageAddressSettings`: `settingsForAddress`. */
export interface AddressSettings {
  readonly emailAddress: string;
  readonly domain: string;
  readonly providerMatch: 'DOMAIN' | 'MAIL_EXCHANGER' | 'DEFAULT';
  /** For a domain no provider lists, the address with the listed domain it was likely meant to be. */
  readonly suggestedEmailAddress: string | null;
  /** Where the domain's mail goes (its MX in DNS); null for a listed domain, never looked up. */
  readonly mailLocation: {
    readonly verdict: 'HOSTED_HERE' | 'HOSTED_ELSEWHERE' | 'NO_MAIL' | 'NO_SUCH_DOMAIN' | 'LOOKUP_FAILED';
    /** The verdict in words, in the page's language. */
    readonly explanation: string;
    readonly preferredMailExchanger: { readonly host: string } | null;
  } | null;
  readonly userName: string;
  readonly provider: {
    readonly providerId: string;
    readonly displayName: string;
    readonly endpoints: readonly (ServerEndpoint & { readonly adviceLabel: string })[];
  };
  readonly incoming: ServerEndpoint;
  readonly outgoing: ServerEndpoint;
}

/** `PageDomainCheck`: `domainCheck`. */
export interface DomainCheck {
  readonly mail: {
    readonly domain: string;
    readonly verdict: NonNullable<AddressSettings['mailLocation']>['verdict'];
    readonly explanation: string;
  };
  readonly discoveryRecords: readonly {
    readonly name: string;
    readonly type: 'CNAME' | 'SRV' | 'TXT';
    readonly expected: string;
    readonly found: readonly string[];
    readonly status: 'OK' | 'MISSING' | 'WRONG' | 'LOOKUP_FAILED';
    readonly advice: string;
  }[];
}

/** An endpoint as a recommendation names it. */
interface RecommendedEndpoint {
  readonly hostName: string;
  readonly port: number;
  readonly securityLabel: string;
}

/** `PageRecommendation`: `recommendation`. */
export interface Recommendation {
  readonly incomingProtocol: { readonly name: IncomingProtocolName; readonly summary: string };
  readonly incoming: RecommendedEndpoint;
  readonly outgoing: RecommendedEndpoint;
  readonly reasons: readonly {
    readonly code: string;
    readonly text: string;
    readonly protocol: { readonly name: ProtocolName } | null;
    readonly guide: { readonly guideId: string; readonly title: string } | null;
  }[];
}

/** The operating systems a mail program runs on, as the `Platform` enum names them. */
export type Platform = 'WINDOWS' | 'MACOS' | 'LINUX' | 'IOS' | 'ANDROID';

/** What a guide says of the mail program it is for. */
interface MailClient {
  readonly name: string;
  readonly platforms: readonly Platform[];
}

/** `PageSetupGuides`: one of `guides(kind: CLIENT_SETUP)`. */
export interface SetupGuide {
  readonly guideId: string;
  readonly title: string;
  readonly summary: string;
  readonly mailClient: MailClient | null;
  readonly steps: readonly string[];
}

/** `PageTroubleshooting`: one of `troubleshooting`. */
export interface TroubleshootingEntry {
  readonly troubleshootingEntryId: string;
  readonly title: string;
  readonly symptom: string;
  readonly source: 'HELP_PAGE' | 'GENERAL_KNOWLEDGE';
  readonly remedies: readonly string[];
}

/** `PagePortTable`, `PageGuide` and `PageGuideList`: one of `providers`, whose default owns the pages. */
export interface ProviderName {
  readonly displayName: string;
  readonly isDefault: boolean;
}

/** `PagePortTable`: one of `endpoints`. */
export interface PortTableRow {
  readonly endpointId: string;
  readonly hostName: string;
  readonly protocol: ProtocolName;
  readonly port: number;
  readonly securityLabel: string;
  readonly advice: 'RECOMMENDED' | 'SUPPORTED' | 'NOT_RECOMMENDED';
  readonly adviceLabel: string;
}

/** `PageServiceStatus`: one of `serviceStatus`. */
export interface EndpointStatusRow {
  readonly endpoint: ServerEndpoint & { readonly security: 'NONE' | 'SSL_TLS' | 'STARTTLS' };
  /** The newest scheduled check; null when none has run. */
  readonly lastCheck: {
    readonly checkedAt: string;
    readonly good: boolean;
    readonly failure: string | null;
    /** The failure in words, in the page's language. */
    readonly failureReason: string | null;
  } | null;
  readonly goodShareLast24Hours: number | null;
  /** 24 clock hours, oldest first. */
  readonly lastDayByHour: readonly { readonly start: string; readonly checks: number; readonly goodChecks: number }[];
}

/** `PageProtocols`: one of `protocols`. */
export interface ProtocolExplanation {
  readonly name: ProtocolName;
  readonly fullName: string;
  readonly summary: string;
  readonly explanation: string;
  readonly strengths: readonly string[];
  readonly suitedFor: readonly string[];
}

/** What a guide is about, as the `GuideKind` enum names it. */
type GuideKind = 'CHOOSING_A_PROTOCOL' | 'OUTGOING_MAIL' | 'CLIENT_SETUP';

/** `PageGuideList`: one of `guides`. */
export interface GuideSummary {
  readonly guideId: string;
  readonly kind: GuideKind;
  readonly title: string;
  readonly summary: string;
  readonly mailClient: MailClient | null;
}

/** `PageGuide`: `guide`. */
export interface Guide extends GuideSummary {
  readonly paragraphs: readonly string[];
  readonly steps: readonly string[];
}

/** An answer that the caller's input may have made an error, said in the reader's language. */
export type InputResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Everything the assistant's changing sections show, for one state of the page. */
export interface AssistantData {
  /** The protocol the settings, the guides and the remedies are for. */
  readonly protocol: IncomingProtocolName;
  /** Undefined until the questions are answered with a number of devices. */
  readonly recommendation: InputResult<Recommendation> | undefined;
  /** Undefined without an address. */
  readonly settings: InputResult<AddressSettings> | undefined;
  /** Undefined without a domain to check. */
  readonly domainCheck: InputResult<DomainCheck> | undefined;
  readonly guides: readonly SetupGuide[];
  readonly troubleshooting: readonly TroubleshootingEntry[];
}
