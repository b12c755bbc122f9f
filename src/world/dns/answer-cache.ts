/**
 * DNS answers kept in the isolate for their TTL (capped in message.ts), negative ones included,
 * keyed by resolver, type and name: never by anything of a person, such as an email address.
 * Failures are not kept, so a resolver that recovers is asked again at once.
 */
import { LRUCache } from 'lru-cache';
import { DNS_CACHE_ENTRIES } from '../../limits.js';
import type { DnsAnswer, QuestionType } from './message.js';

const answers = new LRUCache<string, DnsAnswer>({ max: DNS_CACHE_ENTRIES });

/** The key of a question to a resolver: the resolver's URL, the type and the lower-case name. */
export const answerKey = (resolver: string, name: string, type: QuestionType): string =>
  `${resolver}\n${type}\n${name.toLowerCase()}`;

/** The kept answer for `key`, while its TTL lasts. */
export function keptAnswer(key: string): DnsAnswer | undefined {
  return answers.get(key);
}

/** Keeps `answer` for `ttlSeconds`; a failure or a TTL of 0 is not kept. */
export function keepAnswer(key: string, answer: DnsAnswer, ttlSeconds: number): void {
  if (answer.outcome === 'FAILED' || ttlSeconds <= 0) return;
  answers.set(key, answer, { ttl: ttlSeconds * 1000 });
}
