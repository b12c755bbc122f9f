/**
 * What the DoH client sends to the real local resolver, counted by a wrapper around the Worker's
 * own fetch: an answer is reused by the next request for its TTL (a negative one too), a question
 * asked twice in one request goes out once, a request sends at most MAX_DNS_LOOKUPS_PER_REQUEST
 * questions, and names that are no host names are never sent.
 */
import { describe, expect, inject, it } from 'vitest';
import { MAX_DNS_LOOKUPS_PER_REQUEST } from '../../src/limits.js';
import { dohResolver } from '../../src/world/dns/doh.js';
import { LOCAL_DOH_URL } from '../../scripts/local-dns/ports.js';

const state = inject('dnsServers');
const up = state === 'up';
if (!up) console.warn(`SKIPPED: the DNS cache tests did not run: ${state}.`);

/** A resolver for one request at the local DNS, and how many questions it sent. */
function counted(url = LOCAL_DOH_URL) {
  const sent: string[] = [];
  const fetcher: typeof fetch = (input, init) => {
    sent.push(input instanceof Request ? input.url : input.toString());
    return fetch(input, init);
  };
  return { resolver: dohResolver({ url, fetcher }), sent };
}

// A query string makes a URL of its own, so each test's answers are kept apart from the others'.
const fresh = (tag: string) => `${LOCAL_DOH_URL}?test=${tag}`;

describe.runIf(up)('the DoH client', () => {
  it('sends RFC 8484 GETs and reuses an answer in the next request', async () => {
    const url = fresh('reuse');
    const first = counted(url);
    const answer = await first.resolver.lookup('hosted-here.mail-check.test', 'MX');
    expect(answer).toMatchObject({ outcome: 'FOUND', authenticated: false });
    expect(first.sent).toHaveLength(1);
    expect(new URL(first.sent[0]!).searchParams.get('dns')).toMatch(/^[A-Za-z0-9_-]+$/);
    const second = counted(url);
    expect(await second.resolver.lookup('Hosted-Here.mail-check.test', 'MX')).toEqual(answer);
    expect(second.sent).toHaveLength(0);
  });

  it('keeps a negative answer too, by the SOA minimum', async () => {
    const url = fresh('negative');
    const first = counted(url);
    expect(await first.resolver.lookup('nowhere.mail-check.test', 'MX')).toMatchObject({ outcome: 'NO_SUCH_NAME' });
    expect(await first.resolver.lookup('hosted-here.mail-check.test', 'TXT')).toMatchObject({
      outcome: 'NO_RECORD',
    });
    const second = counted(url);
    await second.resolver.lookup('nowhere.mail-check.test', 'MX');
    await second.resolver.lookup('hosted-here.mail-check.test', 'TXT');
    expect(second.sent).toHaveLength(0);
  });

  it('asks a question once however often one request needs it', async () => {
    const { resolver, sent } = counted(fresh('once'));
    await Promise.all([1, 2, 3].map(() => resolver.lookup('complete.mail-check.test', 'MX')));
    expect(sent).toHaveLength(1);
  });

  it('sends at most the budget of questions in one request, then fails in words', async () => {
    const { resolver, sent } = counted(fresh('budget'));
    const names = Array.from({ length: MAX_DNS_LOOKUPS_PER_REQUEST + 3 }, (_, i) => `n${i}.mail-check.test`);
    const answers = await Promise.all(names.map((name) => resolver.lookup(name, 'MX')));
    expect(sent).toHaveLength(MAX_DNS_LOOKUPS_PER_REQUEST);
    expect(answers.filter((a) => a.outcome === 'FAILED' && a.failure === 'TOO_MANY_LOOKUPS')).toHaveLength(3);
  });

  it('never sends an IP literal, a single label or anything else that is no host name', async () => {
    const { resolver, sent } = counted(fresh('names'));
    for (const name of ['192.0.2.1', '::1', 'localhost', 'a b.example', 'example.com/x', '']) {
      expect(await resolver.lookup(name, 'A')).toEqual({ outcome: 'FAILED', failure: 'MALFORMED' });
    }
    expect(sent).toHaveLength(0);
  });
});
