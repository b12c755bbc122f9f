/**
 * Every path the Worker answers or links to, and the builders of links with a query. A leaf with
 * no imports, so the route table, the renderers, the client-configuration registry and the
 * browser's bundle all take their paths from one place.
 */

/** The GraphQL API: GraphiQL for a browser's GET, operations by GET and POST. */
export const GRAPHQL_PATH = '/graphql';
/** The trusted documents as a persisted-query manifest, beside the API. */
export const MANIFEST_PATH = '/graphql/persisted-operations.json';
/** Which catalog this deploy serves. */
export const VERSION_PATH = '/version';

/** Mozilla autoconfig, where Thunderbird asks the provider's own host (`autoconfig.<domain>`). */
export const AUTOCONFIG_PATH = '/mail/config-v1.1.xml';
/** Mozilla autoconfig, where Thunderbird asks the mail domain's website. */
export const AUTOCONFIG_WELL_KNOWN_PATH = '/.well-known/autoconfig/mail/config-v1.1.xml';
/** POX Autodiscover, POSTed by Outlook in any letter case. */
export const AUTODISCOVER_PATH = '/Autodiscover/Autodiscover.xml';
/** Autodiscover v2, in any letter case, optionally followed by `/v1.0/{email}`. */
export const AUTODISCOVER_V2_PREFIX = '/autodiscover/autodiscover.json';
/** The Apple configuration profile. */
export const APPLE_PROFILE_PATH = '/apple/mail.mobileconfig';
/** The QR code of the profile's link. */
export const PROFILE_QR_PATH = '/apple/profile-qr.svg';
/** The PACC document, at the well-known path of draft-ietf-mailmaint-pacc. */
export const PACC_PATH = '/.well-known/user-agent-configuration.json';
/** The SRV records as zone-file text. */
export const DNS_SRV_PATH = '/dns/srv.zone';
/** Every discovery record (the DNS plan) as zone-file text. */
export const DNS_ZONE_PATH = '/dns/discovery.zone';

/** The setup assistant. */
export const ASSISTANT_PATH = '/';
/** The list of every guide. */
export const GUIDES_PATH = '/guides';
/** What a guide's page path starts with, its id following. */
export const GUIDE_PREFIX = '/guides/';

/** The pages' stylesheet, a static asset. */
export const STYLESHEET_PATH = '/page/page.css';
/** The assistant's script, a static asset bundled by `npm run assets`. */
export const SCRIPT_PATH = '/page/page.js';
/** GraphiQL's own files, static assets copied from `@graphql-yoga/graphiql` by `npm run assets`. */
export const GRAPHIQL_ASSET_PATH = '/graphiql/vendor';

/** What a guide page is asked for besides its guide: the language, and whose servers for which protocol. */
interface GuideOptions {
  readonly locale?: string;
  readonly protocol?: string;
  readonly providerId?: string;
}

/** The query string (with its `?`) of a guide page as `options` say; empty when they say nothing. */
export function guideQuery({ locale, protocol, providerId }: GuideOptions): string {
  const search = new URLSearchParams();
  if (locale !== undefined) search.set('lang', locale);
  if (providerId !== undefined) search.set('provider', providerId);
  if (protocol !== undefined) search.set('protocol', protocol);
  const query = search.toString();
  return query === '' ? '' : `?${query}`;
}

/** The page of the guide `guideId`, with its steps as `options` say. */
export const guidePath = (guideId: string, options: GuideOptions) =>
  `${GUIDE_PREFIX}${encodeURIComponent(guideId)}${guideQuery(options)}`;

/** The query string (with its `?`) of the Apple profile, or of its QR code, for an address and protocol. */
export function profileQuery(emailAddress: string | undefined, protocol: string): string {
  const search = new URLSearchParams();
  if (emailAddress !== undefined) search.set('emailaddress', emailAddress);
  search.set('protocol', protocol);
  return `?${search.toString()}`;
}
