/**
 * The one function that orders endpoints. Every output (GraphQL lists, recommendations, guides and
 * the client documents) takes its order from here, so no two of them can disagree on which
 * endpoint comes first.
 */
import type { Advice, Protocol, Security } from '../catalog/types.js';
import type { Endpoint } from './endpoints.js';

/**
 * PROVIDER_ADVICE follows the help page: recommended first, then supported, then not recommended
 * (so SMTP STARTTLS on 587 leads). RFC8314 puts implicit TLS first, then STARTTLS, then cleartext
 * (so SMTP on 465 leads), as RFC 8314 section 3 asks of mail clients.
 */
export const ORDERINGS = ['PROVIDER_ADVICE', 'RFC8314'] as const;
export type Ordering = (typeof ORDERINGS)[number];

const rank =
  <T>(precedence: readonly T[]) =>
  (value: T) =>
    precedence.indexOf(value);
// Stated here rather than taken from any declaration order, so reordering a type or a data file
// can never change which endpoint a client is told to use.
const protocolRank = rank<Protocol>(['IMAP', 'POP3', 'SMTP']);
const adviceRank = rank<Advice>(['RECOMMENDED', 'SUPPORTED', 'NOT_RECOMMENDED']);
const securityRank = rank<Security>(['SSL_TLS', 'STARTTLS', 'NONE']);

type SortKey = (endpoint: Endpoint) => number;
const byProtocol: SortKey = (e) => protocolRank(e.protocol);
const byAdvice: SortKey = (e) => adviceRank(e.advice);
const bySecurity: SortKey = (e) => securityRank(e.security);
const byPort: SortKey = (e) => e.port;

const SORT_KEYS: Readonly<Record<Ordering, readonly SortKey[]>> = {
  PROVIDER_ADVICE: [byProtocol, byAdvice, bySecurity, byPort],
  RFC8314: [byProtocol, bySecurity, byAdvice, byPort],
};

function compare(a: Endpoint, b: Endpoint, ordering: Ordering): number {
  for (const key of SORT_KEYS[ordering]) {
    const difference = key(a) - key(b);
    if (difference !== 0) return difference;
  }
  return a.hostName.localeCompare(b.hostName);
}

/**
 * A new array of `endpoints`, grouped by protocol (IMAP, POP3, SMTP) and, within a protocol,
 * most preferred first according to `ordering`.
 */
export function orderEndpoints(endpoints: readonly Endpoint[], ordering: Ordering): Endpoint[] {
  return [...endpoints].sort((a, b) => compare(a, b, ordering));
}
