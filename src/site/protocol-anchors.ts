/**
 * Where on the assistant each protocol is explained, so the recommendation and its reasons can
 * link to the explanations.
 */
import type { ProtocolName } from './data.js';

/** The element id of the explanation of `protocol`. */
export const protocolAnchor = (protocol: ProtocolName) => `protocol-${protocol.toLowerCase()}`;

/** The protocols in the order the page explains them. */
export const EXPLAINED_PROTOCOLS: readonly ProtocolName[] = ['IMAP', 'POP3', 'SMTP'];
