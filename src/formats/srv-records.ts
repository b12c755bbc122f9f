/**
 * DNS SRV records (RFC 6186 for IMAP, POP3 and submission; RFC 8314 section 5.1 for
 * `_submissions`), as zone-file text a DNS administrator can paste. Priorities come from the
 * offer's order, so a client that follows them lands on the same preferred servers as every other
 * document; a service the provider does not offer gets the target `.`, which tells clients not to
 * look for it (RFC 2782).
 */
import type { Protocol, Security } from '../catalog/types.js';
import type { ClientOffer } from '../domain/client-offer.js';
import type { Endpoint } from '../domain/endpoints.js';

/** Every service name the two RFCs define for mail clients, in the order the zone lists them. */
export const SRV_SERVICES = ['imaps', 'imap', 'pop3s', 'pop3', 'submissions', 'submission'] as const;
export type SrvService = (typeof SRV_SERVICES)[number];

const TTL = 3600;

/** Implicit TLS has its own service name; STARTTLS and cleartext share the plain one (and its port). */
export function srvService(protocol: Protocol, security: Security): SrvService {
  const implicitTls = security === 'SSL_TLS';
  if (protocol === 'IMAP') return implicitTls ? 'imaps' : 'imap';
  if (protocol === 'POP3') return implicitTls ? 'pop3s' : 'pop3';
  return implicitTls ? 'submissions' : 'submission';
}

export interface SrvRecord {
  readonly service: SrvService;
  readonly domain: string;
  readonly priority: number;
  readonly weight: number;
  readonly port: number;
  /** A host name with its trailing dot, or `.` for a service not offered. */
  readonly target: string;
}

/**
 * One record per service, port and host, its priority the position of its first endpoint in
 * `endpoints` (so the preferred endpoint has priority 0).
 */
function recordsFor(endpoints: readonly Endpoint[], domain: string): SrvRecord[] {
  const records: SrvRecord[] = [];
  for (const endpoint of endpoints) {
    const service = srvService(endpoint.protocol, endpoint.security);
    const target = `${endpoint.hostName}.`;
    if (records.some((r) => r.service === service && r.port === endpoint.port && r.target === target)) continue;
    records.push({ service, domain, priority: records.length, weight: 1, port: endpoint.port, target });
  }
  return records;
}

/** Every record for every domain of the offer's provider, unoffered services included. */
export function srvRecords(offer: ClientOffer): SrvRecord[] {
  return offer.provider.domains.flatMap((domain) => {
    const offered = [...recordsFor(offer.incoming, domain), ...recordsFor(offer.outgoing, domain)];
    return SRV_SERVICES.flatMap((service) => {
      const mine = offered.filter((r) => r.service === service);
      return mine.length > 0 ? mine : [{ service, domain, priority: 0, weight: 0, port: 0, target: '.' }];
    });
  });
}

const owner = (record: SrvRecord) => `_${record.service}._tcp.${record.domain}.`;

/** The records as zone-file lines, with a header that says what they are. */
export function srvZone(offer: ClientOffer): string {
  const records = srvRecords(offer);
  const width = Math.max(...records.map((r) => owner(r).length));
  const lines = records.map(
    (r) => `${owner(r).padEnd(width)} ${TTL} IN SRV ${r.priority} ${r.weight} ${r.port} ${r.target}`,
  );
  return [
    `; Mail client SRV records for ${offer.provider.displayName} (RFC 6186, RFC 8314 section 5.1).`,
    '; Within incoming (IMAP, POP3) and within outgoing (submission) mail, the lowest priority is the preferred server.',
    ...lines,
    '',
  ].join('\n');
}
