/**
 * The operations the pages for people send, each the text of one file in `operations/page/` as
 * the trusted-document manifest holds it, with the types of its variables and of its answer. The
 * server render and the page's script import them from here, so both send the same documents (and
 * so the manifest's hashes).
 */
import type { Locale } from '../../catalog/types.js';
import { trustedOperation } from '../../trusted-documents/operations.js';
import type {
  AddressSettings,
  DomainCheck,
  EndpointStatusRow,
  Guide,
  GuideSummary,
  IncomingProtocolName,
  PortTableRow,
  ProtocolExplanation,
  ProviderName,
  Recommendation,
  SetupGuide,
  TroubleshootingEntry,
} from '../data.js';

/** A named operation whose variables are `Variables` and whose `data` is `Data`. */
export interface Operation<Variables, Data> {
  readonly name: string;
  readonly document: string;
  /** True when its variables name a person (an address): it is sent by POST, never in a URL. */
  readonly personal?: boolean;
  /** Never set: carries the types. */
  readonly types?: (variables: Variables) => Data;
}

/** The `Locale` enum value of `locale`. */
export const localeValue = (locale: Locale) => locale.toUpperCase() as Uppercase<Locale>;

interface Localized {
  readonly locale: Uppercase<Locale>;
}

interface ForProtocol extends Localized {
  readonly incomingProtocol: IncomingProtocolName;
  /** The provider whose servers the steps name; the default provider when null. */
  readonly providerId: string | null;
}

/** What to type into a mail program for one address, and the provider's other encrypted ports. */
export const PAGE_ADDRESS_SETTINGS: Operation<
  Localized & { readonly emailAddress: string; readonly incomingProtocol: IncomingProtocolName },
  { readonly settingsForAddress: AddressSettings }
> = {
  name: 'PageAddressSettings',
  document: trustedOperation('PageAddressSettings').body,
  personal: true,
};

/** A domain as DNS shows it, for its administrator (a domain names no person: sent by GET). */
export const PAGE_DOMAIN_CHECK: Operation<
  Localized & { readonly domain: string },
  { readonly domainCheck: DomainCheck }
> = {
  name: 'PageDomainCheck',
  document: trustedOperation('PageDomainCheck').body,
};

/** The recommendation for the answers to the three questions. */
export const PAGE_RECOMMENDATION: Operation<
  Localized & {
    readonly situation: {
      readonly deviceCount: number;
      readonly wantsOfflineCopies: boolean;
      readonly limitedServerStorage: boolean;
    };
  },
  { readonly recommendation: Recommendation }
> = {
  name: 'PageRecommendation',
  document: trustedOperation('PageRecommendation').body,
};

/** The mail programs' guides with their steps. */
export const PAGE_SETUP_GUIDES: Operation<ForProtocol, { readonly guides: readonly SetupGuide[] }> = {
  name: 'PageSetupGuides',
  document: trustedOperation('PageSetupGuides').body,
};

/** The troubleshooting entries with their remedies. */
export const PAGE_TROUBLESHOOTING: Operation<
  ForProtocol,
  { readonly troubleshooting: readonly TroubleshootingEntry[] }
> = {
  name: 'PageTroubleshooting',
  document: trustedOperation('PageTroubleshooting').body,
};

/** The whole port table, and the provider whose help the pages are. */
export const PAGE_PORT_TABLE: Operation<
  Localized,
  { readonly endpoints: readonly PortTableRow[]; readonly providers: readonly ProviderName[] }
> = {
  name: 'PagePortTable',
  document: trustedOperation('PagePortTable').body,
};

/** What the scheduled server checks found, per endpoint (live: never from a cache). */
export const PAGE_SERVICE_STATUS: Operation<Localized, { readonly serviceStatus: readonly EndpointStatusRow[] }> = {
  name: 'PageServiceStatus',
  document: trustedOperation('PageServiceStatus').body,
};

/** What IMAP, POP3 and SMTP are. */
export const PAGE_PROTOCOLS: Operation<Localized, { readonly protocols: readonly ProtocolExplanation[] }> = {
  name: 'PageProtocols',
  document: trustedOperation('PageProtocols').body,
};

/** One guide, for its page. */
export const PAGE_GUIDE: Operation<
  ForProtocol & { readonly id: string },
  { readonly guide: Guide; readonly providers: readonly ProviderName[] }
> = {
  name: 'PageGuide',
  document: trustedOperation('PageGuide').body,
};

/** Every guide, for /guides. */
export const PAGE_GUIDE_LIST: Operation<
  Localized,
  { readonly guides: readonly GuideSummary[]; readonly providers: readonly ProviderName[] }
> = {
  name: 'PageGuideList',
  document: trustedOperation('PageGuideList').body,
};
