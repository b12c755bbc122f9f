/**
 * Autodiscover v2: `GET /autodiscover/autodiscover.json?Email=…&Protocol=AutodiscoverV1` or
 * `/autodiscover/autodiscover.json/v1.0/{email}?Protocol=AutodiscoverV1`, the path in any letter
 * case. Exchange reads query parameter names in any letter case, and clients write the protocol
 * both `AutodiscoverV1` and `Autodiscoverv1`, so both are compared without case. The answer is the
 * same for every mailbox, as Exchange Online's is, so the address is not read, and a shared cache
 * may keep it; a refusal is `no-store`.
 */
import { AUTODISCOVER_V2_PREFIX } from '../paths.js';
import { AUTODISCOVER_V1, autodiscoverV2Error } from '../formats/autodiscover-v2.js';
import { CACHE_CONTROL_NO_STORE } from '../http/cache-policy.js';
import { rejection } from '../http/rejection.js';
import type { RouteHandler } from '../http/route.js';
import { documentResponse } from './documents.js';

/** What may follow the prefix: nothing, or the mailbox after `/v1.0/`. */
const MAILBOX_PATH = /^(?:\/v1\.0\/[^/]+)?$/i;

/** The first value of the query parameter `name`, its name in any letter case. */
function queryParameter(url: URL, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return [...url.searchParams].find(([key]) => key.toLowerCase() === wanted)?.[1];
}

export const autodiscoverV2: RouteHandler = (request, context) => {
  const { url } = context;
  const rest = url.pathname.slice(AUTODISCOVER_V2_PREFIX.length);
  if (!MAILBOX_PATH.test(rest)) {
    return rejection(
      404,
      'NOT_FOUND',
      `Autodiscover v2 is ${AUTODISCOVER_V2_PREFIX} or ${AUTODISCOVER_V2_PREFIX}/v1.0/{email}, with ?Protocol=${AUTODISCOVER_V1}.`,
    );
  }
  const protocol = queryParameter(url, 'Protocol') ?? '';
  if (protocol.toLowerCase() !== AUTODISCOVER_V1.toLowerCase()) {
    return new Response(autodiscoverV2Error(protocol), {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': CACHE_CONTROL_NO_STORE },
    });
  }
  return documentResponse(request, context, 'OUTLOOK_AUTODISCOVER_V2', {
    emailAddress: undefined,
    incomingProtocol: 'IMAP',
    locale: 'en',
  });
};
