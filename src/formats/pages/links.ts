/**
 * Where the pages for people live and link to. The Apple profile's path is the one its entry in
 * the document registry serves, and the API's the one Yoga serves (a test holds each pair
 * together: the browser's bundle takes neither module); the page's own files are static assets
 * under /page/.
 */
import type { Locale } from '../../catalog/types.js';
import type { IncomingProtocolName } from './data.js';

/** The setup assistant. */
export const ASSISTANT_PATH = '/';
/** The list of every guide. */
export const GUIDES_PATH = '/guides';
/** What a guide's page path starts with, its id following. */
export const GUIDE_PREFIX = '/guides/';
/** The Apple configuration profile. */
export const APPLE_PROFILE_PATH = '/apple/mail.mobileconfig';
/** The QR code of the profile's link. */
export const PROFILE_QR_PATH = '/apple/profile-qr.svg';
/** The pages' stylesheet, a static asset. */
export const STYLESHEET_PATH = '/page/page.css';
/** The assistant's script, a static asset bundled by `npm run assets`. */
export const SCRIPT_PATH = '/page/page.js';
/** The API: GraphiQL for the developers' link, and where the assistant's script sends its operations. */
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
