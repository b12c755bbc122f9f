/**
 * From a person's situation to the settings that suit it: which incoming protocol, which incoming
 * and outgoing endpoint, and why. Each reason points at the protocol, endpoint or guide it rests on.
 */
import {
  REASON_GUIDE_IDS,
  type IncomingProtocol,
  type ProviderData,
  type Protocol,
  type ReasonCode,
  type Security,
} from '../catalog/types.js';
import { endpointsOf, type Endpoint } from './endpoints.js';
import { InvalidInputError } from './errors.js';
import { orderEndpoints, type Ordering } from './ordering.js';
import { preferredEndpoint } from './preference.js';

export interface Situation {
  /** How many devices read this mailbox; a whole number of at least 1. */
  readonly deviceCount: number;
  readonly wantsOfflineCopies: boolean;
  readonly limitedServerStorage: boolean;
  /** Unencrypted endpoints are never chosen unless this is true, and then only for a protocol with no encrypted endpoint. */
  readonly allowUnencrypted: boolean;
}

/** Values for the placeholders of a reason's text. */
interface ReasonValues {
  readonly protocol?: Protocol;
  readonly otherProtocol?: Protocol;
  readonly deviceCount?: number;
  readonly port?: number;
  readonly security?: Security;
}

export interface Reason {
  readonly code: ReasonCode;
  readonly values: ReasonValues;
  /** The protocol the reason is about, if any. */
  readonly protocol?: Protocol;
  /** The endpoints the reason is about: the one chosen, or those it left out. */
  readonly endpoints: readonly Endpoint[];
  /** The guide that explains the reason further, if any. */
  readonly guideId?: string;
}

export interface Recommendation {
  readonly incomingProtocol: IncomingProtocol;
  readonly incoming: Endpoint;
  readonly outgoing: Endpoint;
  readonly reasons: readonly Reason[];
}

/** Throws `InvalidInputError` for a situation no person can be in. */
function checkSituation(situation: Situation, argument = 'situation'): void {
  const { deviceCount } = situation;
  if (!Number.isInteger(deviceCount) || deviceCount < 1) {
    throw new InvalidInputError(`${argument}.deviceCount`, {
      en: `deviceCount is the number of devices that read the mailbox, a whole number of at least 1; got ${deviceCount}.`,
      de: `deviceCount ist die Zahl der Geräte, die das Postfach lesen, eine ganze Zahl ab 1; erhalten: ${deviceCount}.`,
    });
  }
}

/** The incoming protocol the situation calls for, with the reasons, before checking what is offered. */
function wantedIncoming(situation: Situation): { protocol: IncomingProtocol; reasons: Reason[] } {
  const { deviceCount, wantsOfflineCopies, limitedServerStorage } = situation;
  const about = (code: ReasonCode, protocol: IncomingProtocol, otherProtocol: IncomingProtocol): Reason => ({
    code,
    protocol,
    guideId: REASON_GUIDE_IDS.choosingProtocol,
    endpoints: [],
    values: { protocol, otherProtocol, deviceCount },
  });
  if (deviceCount > 1) {
    const reasons = [about('SEVERAL_DEVICES', 'IMAP', 'POP3')];
    if (wantsOfflineCopies || limitedServerStorage)
      reasons.push(about('LOCAL_COPIES_ON_SEVERAL_DEVICES', 'IMAP', 'POP3'));
    return { protocol: 'IMAP', reasons };
  }
  if (wantsOfflineCopies) return { protocol: 'POP3', reasons: [about('ONE_DEVICE_OFFLINE_COPIES', 'POP3', 'IMAP')] };
  if (limitedServerStorage) return { protocol: 'POP3', reasons: [about('ONE_DEVICE_LIMITED_STORAGE', 'POP3', 'IMAP')] };
  return { protocol: 'IMAP', reasons: [about('ONE_DEVICE_KEEP_ON_SERVER', 'IMAP', 'POP3')] };
}

function endpointReason(endpoint: Endpoint, ordering: Ordering): Reason {
  return {
    code: ordering === 'PROVIDER_ADVICE' ? 'ENDPOINT_PROVIDER_ADVICE' : 'ENDPOINT_IMPLICIT_TLS_FIRST',
    protocol: endpoint.protocol,
    endpoints: [endpoint],
    values: { protocol: endpoint.protocol, port: endpoint.port, security: endpoint.security },
  };
}

/**
 * The recommendation for `situation` at `provider`.
 * @throws InvalidInputError for an impossible situation
 */
export function recommend(provider: ProviderData, situation: Situation, ordering: Ordering): Recommendation {
  checkSituation(situation);
  const endpoints = endpointsOf(provider);
  const options = { ordering, allowUnencrypted: situation.allowUnencrypted };
  const wanted = wantedIncoming(situation);
  const reasons = [...wanted.reasons];

  let incomingProtocol: IncomingProtocol = wanted.protocol;
  let incoming = preferredEndpoint(endpoints, incomingProtocol, options);
  if (incoming === undefined) {
    const otherProtocol = incomingProtocol;
    incomingProtocol = incomingProtocol === 'IMAP' ? 'POP3' : 'IMAP';
    incoming = preferredEndpoint(endpoints, incomingProtocol, options);
    reasons.push({
      code: 'PROTOCOL_NOT_OFFERED',
      protocol: incomingProtocol,
      endpoints: [],
      values: { protocol: incomingProtocol, otherProtocol },
    });
  }
  const outgoing = preferredEndpoint(endpoints, 'SMTP', options);
  // The catalog check guarantees an encrypted endpoint for SMTP and for at least one incoming protocol.
  if (incoming === undefined || outgoing === undefined) {
    throw new Error(`Provider ${provider.id} lacks an incoming or outgoing endpoint`);
  }

  reasons.push(endpointReason(incoming, ordering), endpointReason(outgoing, ordering));
  reasons.push({
    code: 'SENDING_NEEDS_SMTP',
    protocol: 'SMTP',
    guideId: REASON_GUIDE_IDS.sendingMail,
    endpoints: [],
    values: { protocol: 'SMTP' },
  });
  if (!situation.allowUnencrypted) {
    const protocols = [incomingProtocol, 'SMTP'];
    const leftOut = endpoints.filter((e) => !e.encrypted && protocols.includes(e.protocol));
    if (leftOut.length > 0)
      reasons.push({ code: 'ENCRYPTED_ONLY', endpoints: orderEndpoints(leftOut, ordering), values: {} });
  }
  return { incomingProtocol, incoming, outgoing, reasons };
}
