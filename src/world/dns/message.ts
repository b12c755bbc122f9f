/**
 * DNS messages for DNS over HTTPS (RFC 8484), through @leichtgewicht/dns-packet (Uint8Array, no
 * Node Buffer, so it runs in workerd): the query for one name and type, and what an answer says
 * about them, with how long it may be kept. Anything that is not a well-formed answer to the
 * question asked is MALFORMED, never an exception.
 */
import * as packet from '@leichtgewicht/dns-packet';
import { MAX_DNS_NEGATIVE_TTL_SECONDS, MAX_DNS_TTL_SECONDS } from '../../limits.js';

/** The record types the domain checks ask for; an A question also brings back CNAMEs. */
export type QuestionType = 'MX' | 'A' | 'SRV' | 'TXT';

/** One record of an answer, in the form the checks compare. */
export type DnsRecord =
  | { readonly type: 'MX'; readonly preference: number; readonly exchange: string }
  | {
      readonly type: 'SRV';
      readonly priority: number;
      readonly weight: number;
      readonly port: number;
      readonly target: string;
    }
  | { readonly type: 'TXT'; readonly text: string }
  | { readonly type: 'A'; readonly address: string }
  | { readonly type: 'CNAME'; readonly target: string };

/** Why a lookup gave no answer to judge. */
export type LookupFailure =
  'TIMEOUT' | 'UNREACHABLE' | 'HTTP_ERROR' | 'MALFORMED' | 'SERVER_FAILURE' | 'TOO_MANY_LOOKUPS';

/** What the resolver said about a name and type. `authenticated` is the AD bit (DNSSEC validated). */
export type DnsAnswer =
  | { readonly outcome: 'FOUND'; readonly records: readonly DnsRecord[]; readonly authenticated: boolean }
  | { readonly outcome: 'NO_RECORD'; readonly authenticated: boolean }
  | { readonly outcome: 'NO_SUCH_NAME'; readonly authenticated: boolean }
  | { readonly outcome: 'FAILED'; readonly failure: LookupFailure };

/** An answer and how many seconds it may be kept (0: not at all). */
export interface ReadAnswer {
  readonly answer: DnsAnswer;
  readonly ttlSeconds: number;
}

/** A name as compared: lower case, without the root's trailing dot ("" for the root itself). */
export const normalName = (name: string): string => name.toLowerCase().replace(/\.$/, '');

/**
 * The wire-format query for `name` and `type`: id 0 (RFC 8484 asks for it, so HTTP caches can
 * share answers), recursion desired, and AD set so a validating resolver reports whether it
 * validated the answer (RFC 6840 section 5.7).
 */
export function encodeQuery(name: string, type: QuestionType): Uint8Array {
  return packet.encode({
    type: 'query',
    id: 0,
    flags: packet.RECURSION_DESIRED | packet.AUTHENTIC_DATA,
    questions: [{ type, name, class: 'IN' }],
  });
}

const MALFORMED: ReadAnswer = { answer: { outcome: 'FAILED', failure: 'MALFORMED' }, ttlSeconds: 0 };

const utf8 = new TextDecoder();
const asText = (part: string | Uint8Array): string => (typeof part === 'string' ? part : utf8.decode(part));

/** One decoded resource record in our form, or undefined for one the checks do not read. */
function toRecord(answer: packet.Answer): DnsRecord | undefined {
  switch (answer.type) {
    case 'MX':
      return { type: 'MX', preference: answer.data.preference ?? 0, exchange: normalName(answer.data.exchange) };
    case 'SRV':
      return {
        type: 'SRV',
        priority: answer.data.priority ?? 0,
        weight: answer.data.weight ?? 0,
        port: answer.data.port ?? 0,
        target: normalName(answer.data.target),
      };
    case 'TXT': {
      // A TXT record of several strings is one text, the strings joined (RFC 7208 does the same).
      const parts = Array.isArray(answer.data) ? answer.data : [answer.data];
      return { type: 'TXT', text: parts.map(asText).join('') };
    }
    case 'A':
      return { type: 'A', address: answer.data };
    case 'CNAME':
      return { type: 'CNAME', target: normalName(answer.data) };
    default:
      return undefined;
  }
}

/**
 * The records of `type` at `name`, following the CNAME chain the answer carries from `name`
 * (the CNAMEs are kept too), and the lowest TTL among them.
 */
function chain(answers: readonly packet.Answer[], name: string, type: QuestionType) {
  const records: DnsRecord[] = [];
  let ttl = Infinity;
  const seen = new Set<string>();
  let owner = normalName(name);
  while (!seen.has(owner)) {
    seen.add(owner);
    const here = answers.filter((a) => normalName(a.name) === owner);
    const alias = here.find((a) => a.type === 'CNAME');
    for (const answer of here.filter((a) => a.type === type || a === alias)) {
      const record = toRecord(answer);
      if (record === undefined) continue;
      records.push(record);
      ttl = Math.min(ttl, answer.ttl ?? 0);
    }
    if (alias === undefined || type === 'MX' || type === 'SRV' || type === 'TXT') break;
    owner = normalName(alias.data as string);
  }
  return { records, ttl: ttl === Infinity ? 0 : ttl };
}

/** RFC 2308: a negative answer is kept for the lesser of its SOA's TTL and MINIMUM. */
function negativeTtl(authorities: readonly packet.Answer[]): number {
  const soa = authorities.find((a) => a.type === 'SOA');
  if (soa === undefined || soa.type !== 'SOA') return 0;
  return Math.min(soa.ttl ?? 0, soa.data.minimum ?? 0, MAX_DNS_NEGATIVE_TTL_SECONDS);
}

/**
 * What `bytes`, the resolver's answer to the question (`name`, `type`), says. A message that does
 * not decode, is no response, or answers another question is MALFORMED; a server failure or a
 * refusal is SERVER_FAILURE.
 */
export function readAnswer(bytes: Uint8Array, name: string, type: QuestionType): ReadAnswer {
  let message: packet.Packet;
  try {
    message = packet.decode(bytes);
  } catch {
    return MALFORMED;
  }
  const [question] = message.questions ?? [];
  if (
    message.type !== 'response' ||
    question === undefined ||
    question.type !== type ||
    normalName(question.name) !== normalName(name)
  ) {
    return MALFORMED;
  }
  const authenticated = message.flag_ad === true;
  // The library types rcode as a class; it is the response code's name.
  const rcode = String(message.rcode);
  if (rcode === 'NXDOMAIN') {
    return { answer: { outcome: 'NO_SUCH_NAME', authenticated }, ttlSeconds: negativeTtl(message.authorities ?? []) };
  }
  if (rcode !== 'NOERROR') return { answer: { outcome: 'FAILED', failure: 'SERVER_FAILURE' }, ttlSeconds: 0 };
  const { records, ttl } = chain(message.answers ?? [], name, type);
  if (records.length === 0) {
    return { answer: { outcome: 'NO_RECORD', authenticated }, ttlSeconds: negativeTtl(message.authorities ?? []) };
  }
  return { answer: { outcome: 'FOUND', records, authenticated }, ttlSeconds: Math.min(ttl, MAX_DNS_TTL_SECONDS) };
}
