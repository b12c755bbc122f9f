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
import { CORS_HEADERS } from './cors.js';
import { readBodyText } from './request-body.js';

type RouteHandler = (request: Request, url: URL) => Promise<Response>;

const GET_ONLY = 'GET, HEAD';

function methodNotAllowed(allow: string): Response {
  return new Response(`Method not allowed; use ${allow}.\n`, {
    status: 405,
    headers: { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': CACHE_CONTROL_NO_STORE, ...CORS_HEADERS },
  });
}

function badRequest(error: InvalidInputError, locale: Locale): Response {
  return new Response(`${error.messageIn(locale)}\n`, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': locale, 'Cache-Control': CACHE_CONTROL_NO_STORE, ...CORS_HEADERS },
  });
}

const isRead = (request: Request) => request.method === 'GET' || request.method === 'HEAD';

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
function documentRoute(format: ClientConfigurationFormat, { attachment, localized }: { attachment: boolean; localized: boolean }): RouteHandler {
  return async (request, url) => {
    if (!isRead(request)) return methodNotAllowed(GET_ONLY);
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
        ...CORS_HEADERS,
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
    headers: { 'Content-Type': 'text/xml; charset=utf-8', 'Cache-Control': CACHE_CONTROL_NO_STORE, ...CORS_HEADERS },
  });
}

/** The address an Autodiscover POST asks about, or the error document to answer with. */
async function autodiscoverAddress(request: Request): Promise<string | Response> {
  const body = await readBodyText(request, MAX_AUTODISCOVER_REQUEST_BYTES);
  if (!body.ok) {
    return body.problem === 'too-large'
      ? autodiscoverFailure(600, `The request is larger than ${MAX_AUTODISCOVER_REQUEST_BYTES} bytes.`, 413)
      : autodiscoverFailure(600, 'The request is not UTF-8 text.', 400);
  }
  try {
    return parseAutodiscoverRequest(body.text).emailAddress;
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
  if (request.method !== 'POST') return methodNotAllowed(`${GET_ONLY}, POST`);
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
      headers: { 'Content-Type': document.contentType, 'Cache-Control': CACHE_CONTROL_NO_STORE, ...CORS_HEADERS },
    });
  } catch (error) {
    if (error instanceof InvalidInputError) return autodiscoverFailure(600, error.messageIn('en'), 400);
    throw error;
  }
};

const GUIDE_PREFIX = '/guides/';

/** `/guides/{id}`: the guide page in `?lang=` or, without one, the language Accept-Language prefers. */
const guide: RouteHandler = async (request, url) => {
  if (!isRead(request)) return methodNotAllowed(GET_ONLY);
  // Compared as sent: guide ids are plain ASCII, and decoding would fail on a stray `%`.
  const id = url.pathname.slice(GUIDE_PREFIX.length);
  const locale = preferredLocale(url.searchParams.get('lang')) ?? negotiateLocale(request.headers.get('Accept-Language'));
  const found = catalog.guides.find((g) => g.id === id);
  if (found === undefined) {
    return new Response('No guide has this address.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': CACHE_CONTROL_NO_STORE, ...CORS_HEADERS },
    });
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
const AUTODISCOVER_PATH = '/autodiscover/autodiscover.xml';

/** The handler for a client-document or guide path, or undefined when `pathname` is none. */
export function clientConfigRoute(pathname: string): RouteHandler | undefined {
  if (pathname.toLowerCase() === AUTODISCOVER_PATH) return autodiscover;
  if (pathname.startsWith(GUIDE_PREFIX)) return guide;
  return CLIENT_CONFIG_PATHS[pathname];
}
