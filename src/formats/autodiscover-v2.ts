import { AUTODISCOVER_V2_MAX_ECHOED } from '../limits.js';
/**
 * Outlook's Autodiscover v2 (`autodiscover.json`), which Outlook and Microsoft's cloud AutoDetect
 * ask before anything else: a GET naming a protocol, answered with the URL of that protocol's
 * service. The one protocol served here is `AutodiscoverV1`, whose URL is the POX Autodiscover this
 * Worker answers with the offer; any other (ActiveSync, EWS, …) gets the `InvalidProtocol` error
 * that Exchange Online and the open-source servers Outlook meets answer with. Microsoft publishes
 * no specification of v2, so the member names are those servers'.
 */

/** The protocol whose service is POX Autodiscover, as Outlook names it. */
export const AUTODISCOVER_V1 = 'AutodiscoverV1';

/** The answer for `AutodiscoverV1`: where Outlook POSTs its POX Autodiscover request. */
export function autodiscoverV2Answer(autodiscoverUrl: string): string {
  return JSON.stringify({ Protocol: AUTODISCOVER_V1, Url: autodiscoverUrl });
}

/** The error for a request naming `protocol` (empty when it named none). */
export function autodiscoverV2Error(protocol: string): string {
  const echoed = protocol.replace(/[^a-z0-9]/gi, '').slice(0, AUTODISCOVER_V2_MAX_ECHOED);
  return JSON.stringify({
    ErrorCode: 'InvalidProtocol',
    ErrorMessage: `The protocol '${echoed}' is not served here; the only supported value is '${AUTODISCOVER_V1}'.`,
  });
}
