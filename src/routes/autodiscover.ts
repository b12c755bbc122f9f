/**
 * Outlook's POX Autodiscover: a POST of an XML request naming the mailbox, answered with the
 * response document. Every failure is Autodiscover's own error document, which Outlook reads,
 * never our JSON one.
 */
import { catalog } from '../catalog/catalog.js';
import { InvalidInputError } from '../domain/errors.js';
import { AutodiscoverRequestError, parseAutodiscoverRequest } from '../client-config/autodiscover-request.js';
import { clientConfiguration } from '../client-config/service.js';
import { autodiscoverError, type AutodiscoverErrorCode } from '../formats/autodiscover.js';
import { CACHE_CONTROL_NO_STORE } from '../http/cache-policy.js';
import { publicHost } from '../http/public-host.js';
import type { BodyLimit, RouteHandler } from '../http/route.js';
import { utf8Text } from '../lib/utf8.js';
import { MAX_AUTODISCOVER_REQUEST_BYTES } from '../limits.js';
import { documentHandler } from './documents.js';

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
export const AUTODISCOVER_BODY_LIMIT: BodyLimit = {
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

const autodiscoverGet = documentHandler('OUTLOOK_AUTODISCOVER');

/**
 * Outlook POSTs its request; a GET with `?emailaddress=` is answered too (handy with curl), and a
 * GET without one gets error 600 like a request without an address.
 */
export const autodiscover: RouteHandler = async (request, context) => {
  if (request.method === 'GET') {
    if (context.url.searchParams.has('emailaddress')) return autodiscoverGet(request, context);
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
      origin: context.url.origin,
      publicHost: () => publicHost(context.env, context.url),
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
