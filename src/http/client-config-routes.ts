/**
 * The routes mail clients fetch their settings from: Mozilla autoconfig, Outlook Autodiscover,
 * the Apple configuration profile, DNS SRV zone text, and the guide pages the autoconfig
 * document links to. Each document comes from `formats/client-configuration.ts`, under the one
 * caching policy; bad input is a 4xx with a message, in the format's own error document where it
 * has one.
 */
import { catalog } from '../catalog/catalog.js';
import type { Locale, Protocol } from '../catalog/types.js';
import { negotiateLocale, preferredLocale } from '../domain/locale.js';
import { InvalidInputError } from '../domain/errors.js';
import { parseEmailAddress } from '../domain/address.js';
import {
  AutodiscoverRequestError,
  MAX_AUTODISCOVER_REQUEST_BYTES,
  parseAutodiscoverRequest,
  type AutodiscoverErrorCode,
} from '../formats/autodiscover-request.js';
import { autodiscoverError } from '../formats/autodiscover.js';
import { clientConfiguration, type ClientConfigurationFormat } from '../formats/client-configuration.js';
import { guidePage } from '../formats/guide-page.js';
import { CACHE_CONTROL_NO_STORE, conditionalResponse, etagFor, VARY_LOCALIZED } from './cache-policy.js';
import { utf8Text } from './body-limit.js';
import type { BodyLimit } from './guard.js';
import { methodNotAllowed } from './methods.js';
import { rejection } from './rejection.js';

type RouteHandler = (request: Request, url: URL) => Promise<Response>;

const GET_ONLY = ['GET', 'HEAD'];

/** Bad input in the reader's language, shaped like every other refusal, naming the parameter. */
function badRequest(error: InvalidInputError, locale: Locale): Response {
  return rejection(400, error.extensions.code, error.messageIn(locale), {
    headers: { 'Content-Language': locale },
    extensions: { argument: error.extensions.argument },
  });
}

/** The guard lets only GET, POST and OPTIONS through (HEAD arrives as a GET). */
const isRead = (request: Request) => request.method === 'GET';

/** The `protocol` query parameter: IMAP unless it says POP3 (any letter case). */
function incomingProtocolParam(url: URL): Protocol {
  const value = url.searchParams.get('protocol');
  if (value === null || value.toUpperCase() === 'IMAP') return 'IMAP';
  if (value.toUpperCase() === 'POP3') return 'POP3';
  throw new InvalidInputError('protocol', {
    en: `The protocol "${value.slice(0, 40)}" is not offered for incoming mail; use IMAP or POP3.`,
    de: `Das Protokoll „${value.slice(0, 40)}“ gibt es für eingehende E-Mails nicht; verwenden Sie IMAP oder POP3.`,
  });
}

/**
 * A GET route serving the document in `format`, its address from `?emailaddress=` (the
 * parameter Thunderbird sends). `localized` documents vary with Accept-Language.
 */
function documentRoute(
  format: ClientConfigurationFormat,
  { attachment, localized }: { attachment: boolean; localized: boolean },
): RouteHandler {
  return async (request, url) => {
    if (!isRead(request)) return methodNotAllowed(request.method, GET_ONLY);
    const locale = negotiateLocale(request.headers.get('Accept-Language'));
    try {
      const document = await clientConfiguration(format, {
        data: catalog,
        emailAddress: url.searchParams.get('emailaddress') ?? undefined,
        incomingProtocol: incomingProtocolParam(url),
        locale,
        origin: url.origin,
      });
      return conditionalResponse(request, document.body, await etagFor(document.body), {
        'Content-Type': document.contentType,
        ...(attachment ? { 'Content-Disposition': `attachment; filename="${document.fileName}"` } : {}),
        ...(localized ? { Vary: VARY_LOCALIZED, 'Content-Language': locale } : {}),
      });
    } catch (error) {
      if (error instanceof InvalidInputError) return badRequest(error, locale);
      throw error;
    }
  };
}

function autodiscoverFailure(code: AutodiscoverErrorCode, debugData: string, status: 400 | 413): Response {
  return new Response(autodiscoverError(code, debugData), {
    status,
    headers: { 'Content-Type': 'text/xml; charset=utf-8', 'Cache-Control': CACHE_CONTROL_NO_STORE },
  });
}

/**
 * The body cap of the Autodiscover path, which the guard applies while reading: real requests
 * are tiny, and Outlook expects its own error document, not our JSON one.
 */
const AUTODISCOVER_BODY_LIMIT: BodyLimit = {
  maxBytes: MAX_AUTODISCOVER_REQUEST_BYTES,
  tooLarge: () => autodiscoverFailure(600, `The request is larger than ${MAX_AUTODISCOVER_REQUEST_BYTES} bytes.`, 413),
};

/** The address an Autodiscover POST asks about, or the error document to answer with. */
async function autodiscoverAddress(request: Request): Promise<string | Response> {
  const text = utf8Text(await request.arrayBuffer());
  if (text === undefined) return autodiscoverFailure(600, 'The request is not UTF-8 text.', 400);
  try {
    return parseAutodiscoverRequest(text).emailAddress;
  } catch (error) {
    if (error instanceof AutodiscoverRequestError) return autodiscoverFailure(error.code, error.message, 400);
    throw error;
  }
}

const autodiscoverDocument = documentRoute('OUTLOOK_AUTODISCOVER', { attachment: false, localized: false });

/**
 * Outlook POSTs its request; a GET with `?emailaddress=` is answered too (handy with curl), and a
 * GET without one gets error 600 like a request without an address.
 */
const autodiscover: RouteHandler = async (request, url) => {
  if (isRead(request)) {
    if (url.searchParams.has('emailaddress')) return autodiscoverDocument(request, url);
    return autodiscoverFailure(600, 'Send a POST with an Autodiscover request, or a GET with ?emailaddress=.', 400);
  }
  const address = await autodiscoverAddress(request);
  if (address instanceof Response) return address;
  try {
    const document = await clientConfiguration('OUTLOOK_AUTODISCOVER', {
      data: catalog,
      emailAddress: address,
      incomingProtocol: 'IMAP',
      locale: 'en',
      origin: url.origin,
    });
    // The answer names the mailbox: no shared cache keeps it.
    return new Response(document.body, {
      headers: { 'Content-Type': document.contentType, 'Cache-Control': CACHE_CONTROL_NO_STORE },
    });
  } catch (error) {
    if (error instanceof InvalidInputError) return autodiscoverFailure(600, error.messageIn('en'), 400);
    throw error;
  }
};

const GUIDE_PREFIX = '/guides/';

/** `/guides/{id}`: the guide page in `?lang=` or, without one, the language Accept-Language prefers. */
const guide: RouteHandler = async (request, url) => {
  if (!isRead(request)) return methodNotAllowed(request.method, GET_ONLY);
  // Compared as sent: guide ids are plain ASCII, and decoding would fail on a stray `%`.
  const id = url.pathname.slice(GUIDE_PREFIX.length);
  const locale =
    preferredLocale(url.searchParams.get('lang')) ?? negotiateLocale(request.headers.get('Accept-Language'));
  const found = catalog.guides.find((g) => g.id === id);
  if (found === undefined) {
    const known = catalog.guides.map((g) => g.id).join(', ');
    return rejection(404, 'NOT_FOUND', `No guide has the id "${id.slice(0, 80)}"; known ids: ${known}.`);
  }
  const html = guidePage(catalog, found, locale);
  return conditionalResponse(request, html, await etagFor(html), {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': locale,
    Vary: VARY_LOCALIZED,
  });
};

const autoconfig = documentRoute('MOZILLA_AUTOCONFIG', { attachment: false, localized: false });

/** Every client-document path (exactly as written) and its handler. */
export const CLIENT_CONFIG_PATHS: Readonly<Record<string, RouteHandler>> = {
  '/mail/config-v1.1.xml': autoconfig,
  '/.well-known/autoconfig/mail/config-v1.1.xml': autoconfig,
  '/apple/mail.mobileconfig': documentRoute('APPLE_PROFILE', { attachment: true, localized: true }),
  '/dns/srv.zone': documentRoute('DNS_SRV', { attachment: false, localized: false }),
};

/** Outlook and its Autodiscover clients write this path in whatever letter case they like. */
const isAutodiscoverPath = (pathname: string) => pathname.toLowerCase() === '/autodiscover/autodiscover.xml';

/** The guard's body cap for `pathname`: Autodiscover's own, or undefined for the general one. */
export function clientConfigBodyLimit(pathname: string): BodyLimit | undefined {
  return isAutodiscoverPath(pathname) ? AUTODISCOVER_BODY_LIMIT : undefined;
}

/** The handler for a client-document or guide path, or undefined when `pathname` is none. */
export function clientConfigRoute(pathname: string): RouteHandler | undefined {
  if (isAutodiscoverPath(pathname)) return autodiscover;
  if (pathname.startsWith(GUIDE_PREFIX)) return guide;
  return CLIENT_CONFIG_PATHS[pathname];
}
