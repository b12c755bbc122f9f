/**
 * DNS SRV records (RFC 6186 for IMAP, POP3 and submission; RFC 8314 section 5.1 for
 * `_submissions`; Microsoft's `_autodiscover._tcp` for Outlook), as zone-file text a DNS
 * administrator can paste. Priorities come from the offer's order, so a client that follows them
 * lands on the same preferred servers as every other document, and like every document they name
 * encrypted endpoints only. A mail service the provider does not offer gets the target `.`, which
 * tells clients not to look for it (RFC 2782).
 */
import type { Protocol } from '../catalog/types.js';
import type { ClientOffer, EncryptedEndpoint, EncryptedSecurity } from '../domain/client-offer.js';
import { absolute, zoneText, type ZoneRecord } from './zone-file.js';

/** Every service name the two RFCs define for mail clients, in the order the zone lists them. */
const MAIL_SERVICES = ['imaps', 'imap', 'pop3s', 'pop3', 'submissions', 'submission'] as const;
type MailService = (typeof MAIL_SERVICES)[number];
/** The mail services and Outlook's, which names where Autodiscover is served. */
type SrvService = MailService | 'autodiscover';

/** Port 25 relays mail between servers (RFC 5321); programs submit on 587 or 465 (RFC 6409, RFC 8314). */
const RELAY_PORT = 25;

/** Outlook asks for Autodiscover over HTTPS only. */
const HTTPS_PORT = 443;

/** Implicit TLS has its own service name; STARTTLS takes the plain one (and its port). */
export function srvService(protocol: Protocol, security: EncryptedSecurity): MailService {
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

interface SrvOptions {
  /**
   * The host serving this API's Autodiscover, which `_autodiscover._tcp` names: the provider's
   * mail host does not serve it.
   */
  readonly autodiscoverHost: string;
}

/**
 * One record per service, port and host, its priority the position of its first endpoint in
 * `endpoints` (so the preferred endpoint has priority 0).
 */
function recordsFor(endpoints: readonly EncryptedEndpoint[], domain: string): SrvRecord[] {
  const records: SrvRecord[] = [];
  for (const endpoint of endpoints) {
    const service = srvService(endpoint.protocol, endpoint.security);
    const target = absolute(endpoint.hostName);
    if (records.some((r) => r.service === service && r.port === endpoint.port && r.target === target)) continue;
    records.push({ service, domain, priority: records.length, weight: 1, port: endpoint.port, target });
  }
  return records;
}

/**
 * Every record for every domain of the offer's provider (or for `domains`, such as a customer's
 * own domain served by the provider): the mail services, unoffered ones included, then Outlook's
 * Autodiscover.
 */
export function srvRecords(
  offer: ClientOffer,
  { autodiscoverHost }: SrvOptions,
  domains: readonly string[] = offer.provider.domains,
): SrvRecord[] {
  const submission = offer.outgoing.filter((e) => e.port !== RELAY_PORT);
  return domains.flatMap((domain) => {
    const offered = [...recordsFor(offer.incoming, domain), ...recordsFor(submission, domain)];
    const mail = MAIL_SERVICES.flatMap((service) => {
      const mine = offered.filter((r) => r.service === service);
      return mine.length > 0 ? mine : [{ service, domain, priority: 0, weight: 0, port: 0, target: '.' }];
    });
    const autodiscover: SrvRecord = {
      service: 'autodiscover',
      domain,
      priority: 0,
      weight: 1,
      port: HTTPS_PORT,
      target: absolute(autodiscoverHost),
    };
    return [...mail, autodiscover];
  });
}

/** The owner name of `record`, with its trailing dot. */
export const srvOwner = (record: SrvRecord) => `_${record.service}._tcp.${record.domain}.`;

/** The SRV records of `offer` as zone-file records. */
export function srvZoneRecords(offer: ClientOffer, options: SrvOptions): ZoneRecord[] {
  return srvRecords(offer, options).map((r) => ({
    owner: srvOwner(r),
    type: 'SRV',
    data: `${r.priority} ${r.weight} ${r.port} ${r.target}`,
  }));
}

/** What the SRV records are, for the comment lines of a zone that holds them. */
export const SRV_COMMENTS = [
  'Encrypted endpoints only; no SMTP on port 25, which relays mail between servers and is not for mail programs.',
  'Within incoming (IMAP, POP3) and within outgoing (submission) mail, the lowest priority is the preferred server.',
];

/** The records as zone-file lines, with a header that says what they are. */
export function srvZone(offer: ClientOffer, options: SrvOptions): string {
  return zoneText(
    [
      `Mail client SRV records for ${offer.provider.displayName} (RFC 6186, RFC 8314 section 5.1), and Outlook's Autodiscover.`,
      ...SRV_COMMENTS,
    ],
    srvZoneRecords(offer, options),
  );
}
