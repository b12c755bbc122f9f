/**
 * Will mail programs find the settings for a domain? Its published records against the DNS plan
 * the API serves for it (formats/dns-plan.ts): `autoconfig.`, `autodiscover.` and
 * `ua-auto-config.` leading to the public host (a CNAME, or an address the public host has), the
 * SRV records of the implicit-TLS services, submission and Outlook's Autodiscover, and the
 * `_ua-auto-config` TXT with the digest of the PACC document served now. Each record is OK,
 * MISSING, WRONG or LOOKUP_FAILED (never a guess), with what was expected and what was found.
 */
import type { DomainPlan } from '../formats/dns-plan.js';
import type { SrvRecord } from '../formats/srv-records.js';
import { MAX_FOUND_RECORD_LENGTH, MAX_FOUND_RECORDS_REPORTED } from '../limits.js';
import type { DnsResolver } from './dns/doh.js';
import { normalName, type DnsAnswer, type DnsRecord, type LookupFailure } from './dns/message.js';

/** The SRV services checked: those mail programs use first (RFC 8314 prefers implicit TLS) and Outlook's. */
export const CHECKED_SRV_SERVICES: readonly SrvRecord['service'][] = [
  'imaps',
  'submissions',
  'submission',
  'pop3s',
  'autodiscover',
];

export const DISCOVERY_STATUSES = ['OK', 'MISSING', 'WRONG', 'LOOKUP_FAILED'] as const;
export type DiscoveryStatus = (typeof DISCOVERY_STATUSES)[number];

export const DISCOVERY_RECORD_TYPES = ['CNAME', 'SRV', 'TXT'] as const;
export type DiscoveryRecordType = (typeof DISCOVERY_RECORD_TYPES)[number];

export interface DiscoveryRecordCheck {
  /** The record's owner name, without the trailing dot. */
  readonly name: string;
  readonly type: DiscoveryRecordType;
  /** The record's data as the plan gives it (zone-file form; TXT unquoted). */
  readonly expected: string;
  /** What the name has, in zone-file form (`CNAME x.` or `A 192.0.2.1` for an alias). */
  readonly found: readonly string[];
  readonly status: DiscoveryStatus;
  readonly failure: LookupFailure | undefined;
  /** True when the resolver validated the answer with DNSSEC (the AD bit). */
  readonly authenticated: boolean;
}

const bounded = (found: readonly string[]) =>
  found.slice(0, MAX_FOUND_RECORDS_REPORTED).map((text) => text.slice(0, MAX_FOUND_RECORD_LENGTH));

const absolute = (name: string) => (name === '' ? '.' : `${name}.`);

/** What an answer found, as zone-file data. */
function shown(record: DnsRecord): string {
  switch (record.type) {
    case 'CNAME':
      return `CNAME ${absolute(record.target)}`;
    case 'A':
      return `A ${record.address}`;
    case 'SRV':
      return `${record.priority} ${record.weight} ${record.port} ${absolute(record.target)}`;
    case 'TXT':
      return record.text;
    case 'MX':
      return `${record.preference} ${absolute(record.exchange)}`;
  }
}

type Judged = Pick<DiscoveryRecordCheck, 'found' | 'status' | 'failure' | 'authenticated'>;

/** The part of a check every answer decides the same way: a failure, or nothing there. */
function unfound(answer: DnsAnswer): Judged | undefined {
  if (answer.outcome === 'FAILED') {
    return { found: [], status: 'LOOKUP_FAILED', failure: answer.failure, authenticated: false };
  }
  if (answer.outcome !== 'FOUND') {
    return { found: [], status: 'MISSING', failure: undefined, authenticated: answer.authenticated };
  }
  return undefined;
}

const records = (answer: DnsAnswer) => (answer.outcome === 'FOUND' ? answer.records : []);

/** An alias: a CNAME chain through the public host, or an address the public host has. */
async function judgeAlias(resolver: DnsResolver, owner: string, publicHost: string): Promise<Judged> {
  const answer = await resolver.lookup(normalName(owner), 'A');
  const early = unfound(answer);
  if (early !== undefined) return early;
  const found = records(answer);
  const judged = (status: DiscoveryStatus, failure?: LookupFailure): Judged => ({
    found: bounded(found.map(shown)),
    status,
    failure,
    authenticated: answer.outcome === 'FOUND' && answer.authenticated,
  });
  const host = normalName(publicHost);
  if (found.some((r) => r.type === 'CNAME' && r.target === host)) return judged('OK');
  const addresses = found.flatMap((r) => (r.type === 'A' ? [r.address] : []));
  if (addresses.length === 0) return judged('WRONG');
  const publicAnswer = await resolver.lookup(host, 'A');
  if (publicAnswer.outcome === 'FAILED') return judged('LOOKUP_FAILED', publicAnswer.failure);
  const own = records(publicAnswer).flatMap((r) => (r.type === 'A' ? [r.address] : []));
  return judged(addresses.some((address) => own.includes(address)) ? 'OK' : 'WRONG');
}

/** An SRV record: one with the planned target and port (priority and weight are the domain's to choose). */
async function judgeSrv(resolver: DnsResolver, record: SrvRecord, owner: string): Promise<Judged> {
  const answer = await resolver.lookup(normalName(owner), 'SRV');
  const early = unfound(answer);
  if (early !== undefined) return early;
  const found = records(answer);
  const target = normalName(record.target);
  const right = found.some((r) => r.type === 'SRV' && r.port === record.port && r.target === target);
  return {
    found: bounded(found.map(shown)),
    status: right ? 'OK' : 'WRONG',
    failure: undefined,
    authenticated: answer.outcome === 'FOUND' && answer.authenticated,
  };
}

/** The tags of a `tag=value; tag=value` record, names in lower case. */
export function tagsOf(text: string): ReadonlyMap<string, string> {
  const tags = new Map<string, string>();
  for (const part of text.split(';')) {
    const equals = part.indexOf('=');
    if (equals > 0) tags.set(part.slice(0, equals).trim().toLowerCase(), part.slice(equals + 1).trim());
  }
  return tags;
}

/** True when `found` vouches for the same document as `expected`: same version, algorithm and digest. */
export function sameDigestRecord(found: string, expected: string): boolean {
  const have = tagsOf(found);
  const want = tagsOf(expected);
  return ['v', 'a', 'd'].every((tag) => want.get(tag) !== undefined && have.get(tag) === want.get(tag));
}

/** The PACC digest: one TXT record of those at the name (several are allowed during a change) that matches. */
async function judgeDigest(resolver: DnsResolver, owner: string, expected: string): Promise<Judged> {
  const answer = await resolver.lookup(normalName(owner), 'TXT');
  const early = unfound(answer);
  if (early !== undefined) return early;
  const texts = records(answer).flatMap((r) => (r.type === 'TXT' ? [r.text] : []));
  return {
    found: bounded(texts),
    status: texts.some((text) => sameDigestRecord(text, expected)) ? 'OK' : 'WRONG',
    failure: undefined,
    authenticated: answer.outcome === 'FOUND' && answer.authenticated,
  };
}

/**
 * Every checked record of `plan`, looked up in parallel: aliases, then SRV, then the digest.
 * `publicHost` is the host the aliases must lead to.
 */
export async function checkDiscoveryRecords(
  resolver: DnsResolver,
  plan: DomainPlan,
  publicHost: string,
): Promise<DiscoveryRecordCheck[]> {
  const aliases = plan.aliases.map(async ({ owner, target }) => ({
    name: normalName(owner),
    type: 'CNAME' as const,
    expected: target,
    ...(await judgeAlias(resolver, owner, publicHost)),
  }));
  const srv = plan.srv
    .filter((record) => CHECKED_SRV_SERVICES.includes(record.service))
    .map(async (record) => {
      const owner = `_${record.service}._tcp.${record.domain}`;
      return {
        name: owner,
        type: 'SRV' as const,
        expected: `${record.priority} ${record.weight} ${record.port} ${record.target}`,
        ...(await judgeSrv(resolver, record, owner)),
      };
    });
  const digest = (async () => ({
    name: normalName(plan.paccDigest.owner),
    type: 'TXT' as const,
    expected: plan.paccDigest.text,
    ...(await judgeDigest(resolver, plan.paccDigest.owner, plan.paccDigest.text)),
  }))();
  return Promise.all([...aliases, ...srv, digest]);
}
