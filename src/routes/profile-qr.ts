/**
 * `/apple/profile-qr.svg`: a QR code of the link to the Apple profile for `?emailaddress=` and
 * `?protocol=`, so a person at a computer can open the profile on their phone. The link is made
 * absolute with the origin the request came to. Bad parameters are refused as the profile's own
 * route refuses them.
 */
import { APPLE_PROFILE_PATH, profileQuery } from '../paths.js';
import { parseEmailAddress } from '../domain/address.js';
import { negotiateLocale } from '../domain/locale.js';
import { qrSvg } from '../site/qr-svg.js';
import { conditionalResponse, etagFor } from '../http/cache-policy.js';
import type { RouteHandler } from '../http/route.js';
import { incomingProtocolParam, orBadRequest } from './parameters.js';

/** The QR code of the profile link for the request's parameters. */
export const profileQr: RouteHandler = (request, { url }) =>
  orBadRequest(negotiateLocale(request.headers.get('Accept-Language')), async () => {
    const protocol = incomingProtocolParam(url);
    const input = url.searchParams.get('emailaddress');
    const address = input === null ? undefined : parseEmailAddress(input, 'emailaddress').address;
    const svg = qrSvg(new URL(`${APPLE_PROFILE_PATH}${profileQuery(address, protocol)}`, url.origin).href);
    return conditionalResponse(request, svg, await etagFor(svg), { 'Content-Type': 'image/svg+xml' });
  });
