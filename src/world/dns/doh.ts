/**
 * A DNS over HTTPS client (RFC 8484, GET with `?dns=`, `application/dns-message`) for one request:
 * it asks the resolver at DOH_URL, waits at most DNS_TIMEOUT_MS, sends at most
 * MAX_DNS_LOOKUPS_PER_REQUEST questions, asks each question once however many fields need it,
 * and answers kept answers from the isolate's cache. Whatever the resolver does (hang, refuse,
 * send HTML or noise), a lookup ends in an answer: FAILED with the reason, never an exception.
 */
import { DNS_TIMEOUT_MS, MAX_DNS_LOOKUPS_PER_REQUEST, MAX_DNS_MESSAGE_BYTES } from '../../limits.js';
import { answerKey, keepAnswer, keptAnswer } from './answer-cache.js';
import { encodeQuery, readAnswer, type DnsAnswer, type LookupFailure, type QuestionType } from './message.js';
import { isLookupName } from './names.js';

/** The resolver a Worker without DOH_URL asks: Cloudflare's public one. */
export const DEFAULT_DOH_URL = 'https://cloudflare-dns.com/dns-query';

const DNS_MESSAGE = 'application/dns-message';

/** Asks one question; what the domain checks are given. */
export interface DnsResolver {
  lookup(name: string, type: QuestionType): Promise<DnsAnswer>;
}

const failed = (failure: LookupFailure): DnsAnswer => ({ outcome: 'FAILED', failure });

/** base64url without padding, as RFC 8484's `dns` parameter carries the query. */
function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Reads at most MAX_DNS_MESSAGE_BYTES of `response`; undefined for a longer body. */
async function boundedBody(response: Response): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('Content-Length') ?? '0');
  if (declared > MAX_DNS_MESSAGE_BYTES) {
    await response.body?.cancel();
    return undefined;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes.length > MAX_DNS_MESSAGE_BYTES ? undefined : bytes;
}

/** Asks the resolver at `url` one question over HTTP; no cache, no budget. */
async function ask(url: string, name: string, type: QuestionType, fetcher: typeof fetch) {
  const target = new URL(url);
  target.searchParams.set('dns', base64Url(encodeQuery(name, type)));
  let response: Response;
  try {
    response = await fetcher(target.href, {
      headers: { Accept: DNS_MESSAGE },
      signal: AbortSignal.timeout(DNS_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { answer: failed(timedOut ? 'TIMEOUT' : 'UNREACHABLE'), ttlSeconds: 0 };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { answer: failed('HTTP_ERROR'), ttlSeconds: 0 };
  }
  const mediaType = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
  try {
    if (mediaType !== DNS_MESSAGE) {
      await response.body?.cancel();
      return { answer: failed('MALFORMED'), ttlSeconds: 0 };
    }
    const body = await boundedBody(response);
    return body === undefined ? { answer: failed('MALFORMED'), ttlSeconds: 0 } : readAnswer(body, name, type);
  } catch (error) {
    // The body stopped coming within the time (the signal covers it), or decoding met something
    // the library did not foresee.
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { answer: failed(timedOut ? 'TIMEOUT' : 'MALFORMED'), ttlSeconds: 0 };
  }
}

interface ResolverOptions {
  /** The resolver's URL (DOH_URL); DEFAULT_DOH_URL when undefined or empty. */
  readonly url: string | undefined;
  /** How requests go out; the Worker's own fetch unless a test gives another. */
  readonly fetcher?: typeof fetch;
}

/**
 * A resolver for one request. Only names that parse as host names (with `_service._proto`
 * labels in front) are asked; anything else is a failed lookup that sent nothing.
 */
export function dohResolver({ url, fetcher = fetch }: ResolverOptions): DnsResolver {
  const resolverUrl = url === undefined || url.trim() === '' ? DEFAULT_DOH_URL : url.trim();
  const inFlight = new Map<string, Promise<DnsAnswer>>();
  let sent = 0;
  return {
    lookup(name, type) {
      if (!isLookupName(name)) return Promise.resolve(failed('MALFORMED'));
      const key = answerKey(resolverUrl, name, type);
      const kept = keptAnswer(key);
      if (kept !== undefined) return Promise.resolve(kept);
      const asking = inFlight.get(key);
      if (asking !== undefined) return asking;
      if (sent >= MAX_DNS_LOOKUPS_PER_REQUEST) return Promise.resolve(failed('TOO_MANY_LOOKUPS'));
      sent += 1;
      const answer = ask(resolverUrl, name, type, fetcher).then(({ answer, ttlSeconds }) => {
        keepAnswer(key, answer, ttlSeconds);
        return answer;
      });
      inFlight.set(key, answer);
      return answer;
    },
  };
}
