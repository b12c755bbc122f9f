/**
 * The query parameters the document and page routes share, and the answer to a bad one: a 400 in
 * the reader's language, shaped like every other refusal, naming the parameter.
 */
import type { Locale, Protocol } from '../catalog/types.js';
import { InvalidInputError } from '../domain/errors.js';
import { rejection } from '../http/rejection.js';

/** The answer to a bad parameter. */
function badRequest(error: InvalidInputError, locale: Locale): Response {
  return rejection(400, error.extensions.code, error.messageIn(locale), {
    headers: { 'Content-Language': locale },
    extensions: { argument: error.extensions.argument },
  });
}

/** The answer to a bad parameter the API found: its message (in `locale` already), naming `parameter`. */
export function parameterRejection(message: string, parameter: string, locale: Locale): Response {
  return rejection(400, 'BAD_USER_INPUT', message, {
    headers: { 'Content-Language': locale },
    extensions: { argument: parameter },
  });
}

/** The `protocol` parameter of a URL or form: IMAP unless it says POP3 (any letter case). */
export function incomingProtocolParam(from: URL | URLSearchParams): Exclude<Protocol, 'SMTP'> {
  const value = (from instanceof URL ? from.searchParams : from).get('protocol');
  if (value === null || value.toUpperCase() === 'IMAP') return 'IMAP';
  if (value.toUpperCase() === 'POP3') return 'POP3';
  throw new InvalidInputError('protocol', {
    en: `The protocol "${value.slice(0, 40)}" is not offered for incoming mail; use IMAP or POP3.`,
    de: `Das Protokoll „${value.slice(0, 40)}“ gibt es für eingehende E-Mails nicht; verwenden Sie IMAP oder POP3.`,
  });
}

/** `answer()`, or the 400 for the bad parameter it threw on; any other error goes on up. */
export async function orBadRequest(locale: Locale, answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    if (error instanceof InvalidInputError) return badRequest(error, locale);
    throw error;
  }
}

/** The only body a form POST to a page or document may have. */
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/**
 * The fields of `request`'s form body (the guard has already capped its size), or the 415 for a
 * body of another type. An HTML form is how a page sends what must stay out of a URL (an address).
 */
export async function formFields(request: Request): Promise<URLSearchParams | Response> {
  const contentType = request.headers.get('Content-Type');
  if ((contentType ?? '').split(';')[0]!.trim().toLowerCase() !== FORM_CONTENT_TYPE) {
    return rejection(415, 'UNSUPPORTED_MEDIA_TYPE', `A POST here must be a form (${FORM_CONTENT_TYPE}).`, {
      accept: request.headers.get('Accept'),
    });
  }
  // Decoded as UTF-8 by hand: the runtime warns when `text()` reads a body whose type is not text.
  return new URLSearchParams(new TextDecoder().decode(await request.arrayBuffer()));
}
