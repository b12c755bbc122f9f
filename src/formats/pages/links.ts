/**
 * Where the pages for people live and link to. The Apple profile's path is the one its entry in
 * the document registry serves (a test holds the two together); the page's own files are static
 * assets under /page/.
 */
import type { Locale } from '../../catalog/types.js';
import type { IncomingProtocolName } from './data.js';

export const ASSISTANT_PATH = '/';
export const GUIDES_PATH = '/guides';
export const GUIDE_PREFIX = '/guides/';
export const APPLE_PROFILE_PATH = '/apple/mail.mobileconfig';
export const PROFILE_QR_PATH = '/apple/profile-qr.svg';
export const STYLESHEET_PATH = '/page/page.css';
export const SCRIPT_PATH = '/page/page.js';
/** GraphiQL, for the developers' link. */
export const API_PATH = '/graphql';

/** What a guide page is asked for besides its guide: the language, and whose servers for which protocol. */
export interface GuideOptions {
  readonly locale: Locale;
  readonly protocol?: IncomingProtocolName;
  readonly providerId?: string;
}

/** The query string (with its `?`) of a guide page as `options` say. */
export function guideQuery({ locale, protocol, providerId }: GuideOptions): string {
  const search = new URLSearchParams({ lang: locale });
  if (providerId !== undefined) search.set('provider', providerId);
  if (protocol !== undefined) search.set('protocol', protocol);
  return `?${search.toString()}`;
}

/** The page of the guide `guideId`, with its steps as `options` say. */
export const guidePath = (guideId: string, options: GuideOptions) =>
  `${GUIDE_PREFIX}${encodeURIComponent(guideId)}${guideQuery(options)}`;

/** The query string (with its `?`) of the Apple profile, or of its QR code, for an address and protocol. */
export function profileQuery(emailAddress: string | undefined, protocol: IncomingProtocolName): string {
  const search = new URLSearchParams();
  if (emailAddress !== undefined) search.set('emailaddress', emailAddress);
  search.set('protocol', protocol);
  return `?${search.toString()}`;
}
