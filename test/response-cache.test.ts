/**
 * The hot path: repeated operations answered from the isolate map or the Cache API without
 * reaching Yoga, keyed canonically.
 */
import { describe, expect, it } from 'vitest';
import { EdgeCache } from '../src/cache/edge-cache.js';
import { IsolateCache } from '../src/cache/isolate-cache.js';
import type { Env } from '../src/env.js';
import { sha256Hex } from '../src/lib/sha256.js';
import { defaultCache, handler, send } from './helpers/answer-cache.js';
import { cacheResult, fetchWorker, graphqlGet, graphqlPost, uniqueName } from './helpers/client.js';

const QUERY = 'query Ports($p: ProtocolName) { endpoints(filter: { protocol: $p }) { port } }';

describe('the Worker', () => {
  it('answers a second identical GET from the isolate map', async () => {
    const query = `{ ${uniqueName()}: catalogVersion }`;
    const first = await graphqlGet(query);
    expect(cacheResult(first)).toBe('MISS');
    // New to the isolate, the operation is executed without asking the Cache API first.
    expect(first.headers.get('Cache-Status')).toBe(
      'worker-cache-api; fwd=bypass; detail=new-operation, worker-isolate; fwd=miss; stored',
    );
    const second = await graphqlGet(query);
    expect(cacheResult(second)).toBe('HIT');
    expect(second.headers.get('Cache-Status')).toBe('worker-isolate; hit');
    expect(second.headers.get('Age')).toMatch(/^\d+$/);
    // An isolate hit did no work worth timing; Cache-Status names it.
    expect(second.headers.get('Server-Timing')).toBeNull();
    expect(first.headers.get('Server-Timing')).toMatch(/^cache;desc="new-stored", total;dur=[\d.]+$/);
    expect(await second.text()).toBe(await first.text());
  });

  it('answers a second identical POST from the isolate map', async () => {
    const body = { query: `{ ${uniqueName()}: catalogVersion }` };
    expect(cacheResult(await graphqlPost(body))).toBe('MISS');
    const second = await graphqlPost(body);
    expect(cacheResult(second)).toBe('HIT');
    expect((await second.json<{ data: unknown }>()).data).toBeDefined();
  });
});

describe('a warm cache answers only what Yoga accepts (issue 20, item 5)', () => {
  /** A body Yoga refuses, with what it says, whatever the cache holds for its query. */
  const refused: [string, (query: string) => string, RegExp][] = [
    ['an unknown parameter', (query) => JSON.stringify({ query, foo: 1 }), /Unexpected parameter \\"foo\\"/],
    [
      'an empty documentId',
      (query) => JSON.stringify({ query, documentId: '' }),
      /Unexpected parameter \\"documentId\\"/,
    ],
    ['a documentId that is no string', (query) => JSON.stringify({ query, documentId: 1 }), /documentId/],
    [
      '__proto__',
      (query) => `{"query":${JSON.stringify(query)},"__proto__":{}}`,
      /Unexpected parameter \\"__proto__\\"/,
    ],
    ['extensions that are a list', (query) => JSON.stringify({ query, extensions: [] }), /extensions/],
  ];

  it.each(refused)(
    'refuses %s as Yoga does, cold and warm, and then answers the honest request',
    async (_name, body, message) => {
      const query = `{ ${uniqueName()}: catalogVersion }`;
      const send = (text: string) =>
        fetchWorker('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: text,
        });
      const cold = await send(body(query));
      expect(cold.status).toBe(400);
      expect(await cold.text()).toMatch(message);
      expect((await graphqlPost({ query })).status).toBe(200);
      const warm = await send(body(query));
      expect(warm.status).toBe(400);
      expect(await warm.text()).toMatch(message);
      const honest = await graphqlPost({ query });
      expect(cacheResult(honest)).toBe('HIT');
      expect(await honest.json()).toHaveProperty('data');
    },
  );

  it('answers what Yoga accepts from the cache: empty and unknown extensions, a null documentId', async () => {
    const query = `{ ${uniqueName()}: catalogVersion }`;
    expect((await graphqlPost({ query })).status).toBe(200);
    for (const body of [
      { query, extensions: {} },
      { query, extensions: { tracing: true } },
      { query, documentId: null },
    ]) {
      const response = await graphqlPost(body);
      expect(response.status).toBe(200);
      expect(cacheResult(response)).toBe('HIT');
    }
  });
});

describe('canonical keys', () => {
  it('hit whatever the white space, comments and variable order', async () => {
    const { handle, counter } = handler();
    const variables = { situation: { deviceCount: 2, wantsOfflineCopies: true } };
    const query = 'query R($situation: Situation!) { recommendation(situation: $situation) { incoming { port } } }';
    const responses = [
      await send(handle, { query, variables }),
      await send(handle, { query: `# a comment\n${query.replace(/ /g, '\n  ')}`, variables }),
      await send(handle, { query, variables: { situation: { wantsOfflineCopies: true, deviceCount: 2 } } }),
      await send(handle, { query, variables }, 'GET'),
    ];
    expect(counter.executions).toBe(1);
    expect(responses.map((r) => cacheResult(r))).toEqual(['MISS', 'HIT', 'HIT', 'HIT']);
  });

  it('hold the declared variables alone: varying an undeclared one does not get past the cache', async () => {
    const query = `query ($p: ProtocolName) { ${uniqueName()}: endpoints(filter: { protocol: $p }) { port } }`;
    const sent = async (variables: Record<string, unknown>) => {
      const response = await graphqlPost({ query, variables });
      return { result: cacheResult(response), body: await response.text() };
    };
    const first = await sent({ p: 'IMAP', bust: 1 });
    const busted = await Promise.all([2, 3, 4].map((bust) => sent({ p: 'IMAP', bust })));
    expect([first.result, ...busted.map(({ result }) => result)]).toEqual(['MISS', 'HIT', 'HIT', 'HIT']);
    expect(new Set([first.body, ...busted.map(({ body }) => body)]).size).toBe(1);
    // A declared variable still tells answers apart.
    const other = await sent({ p: 'POP3', bust: 5 });
    expect(other.result).toBe('MISS');
    expect(other.body).not.toBe(first.body);
  });

  it('miss for different variables or operation name', async () => {
    const { handle, counter } = handler();
    await send(handle, { query: QUERY, variables: { p: 'IMAP' } });
    await send(handle, { query: QUERY, variables: { p: 'POP3' } });
    await send(handle, { query: QUERY, variables: { p: 'POP3' }, operationName: 'Ports' });
    expect(counter.executions).toBe(3);
  });

  it('miss for a different locale or catalog version, sharing the same caches', async () => {
    const isolateCache = new IsolateCache();
    const catalogVersion = `test-${uniqueName()}`;
    const body = { query: QUERY, variables: { p: 'SMTP' } };
    const base = handler({ isolateCache, catalogVersion });
    const sameLocale = handler({ isolateCache, catalogVersion });
    const otherVersion = handler({ isolateCache, catalogVersion: `${catalogVersion}-next` });
    await send(base.handle, body);
    expect(cacheResult(await send(base.handle, body))).toBe('HIT');
    expect(cacheResult(await send(sameLocale.handle, body, 'POST', {}, 'de-CH, en;q=0.5'))).toBe('MISS');
    expect(cacheResult(await send(sameLocale.handle, body, 'POST', {}, 'de'))).toBe('HIT');
    expect(cacheResult(await send(otherVersion.handle, body))).toBe('MISS');
    expect([base.counter.executions, sameLocale.counter.executions, otherVersion.counter.executions]).toEqual([
      1, 1, 1,
    ]);
  });
});

describe('the layers', () => {
  /** A catalog version of its own whose first isolate was asked for `body` twice: the Cache API holds it. */
  async function sharedByAnIsolate(body: Record<string, unknown>) {
    const catalogVersion = `test-${uniqueName()}`;
    const first = handler({ catalogVersion });
    await send(first.handle, body);
    await send(first.handle, body);
    return { catalogVersion, first };
  }

  it('fall back to the Cache API for an operation the isolate has executed before', async () => {
    const body = { query: QUERY, variables: { p: 'IMAP' } };
    const { catalogVersion } = await sharedByAnIsolate(body);
    const freshIsolate = handler({ catalogVersion });
    // The operation is known here once it has run, with other variables.
    await send(freshIsolate.handle, { query: QUERY, variables: { p: 'POP3' } });
    const fromEdge = await send(freshIsolate.handle, body);
    expect(fromEdge.headers.get('Cache-Status')).toBe('worker-cache-api; hit, worker-isolate; fwd=miss; stored');
    expect(fromEdge.headers.get('Age')).toMatch(/^\d+$/);
    expect((await send(freshIsolate.handle, body)).headers.get('Cache-Status')).toBe('worker-isolate; hit');
    expect(freshIsolate.counter.executions).toBe(1);
  });

  it('read the Cache API at once for an operation named by its hash', async () => {
    const catalogVersion = `test-${uniqueName()}`;
    const query = `query Ports($p: ProtocolName) { ${uniqueName()}: endpoints(filter: { protocol: $p }) { port } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256Hex(query) } };
    const first = handler({ catalogVersion });
    const registered = await send(first.handle, { query, variables: { p: 'IMAP' }, extensions });
    expect(registered.headers.get('Cache-Status')).toBe('worker-cache-api; fwd=miss, worker-isolate; fwd=miss; stored');
    await send(first.handle, { variables: { p: 'IMAP' }, extensions });
    const freshIsolate = handler({ catalogVersion });
    const fromEdge = await send(freshIsolate.handle, { variables: { p: 'IMAP' }, extensions });
    expect(fromEdge.headers.get('Cache-Status')).toBe('worker-cache-api; hit, worker-isolate; fwd=miss; stored');
    expect(freshIsolate.counter.executions).toBe(0);
  });

  it('execute an operation new to the isolate without reading the Cache API', async () => {
    const body = { query: QUERY, variables: { p: 'IMAP' } };
    const { catalogVersion, first } = await sharedByAnIsolate(body);
    // The Cache API holds the answer now; one that counts its reads shows none is tried.
    const reads = { count: 0 };
    const counting = () => {
      const cache = defaultCache();
      return {
        match: (...args: Parameters<Cache['match']>) => {
          reads.count += 1;
          return cache.match(...args);
        },
        put: (...args: Parameters<Cache['put']>) => cache.put(...args),
      } as unknown as Cache;
    };
    const freshIsolate = handler({ catalogVersion, edgeCache: counting });
    const executed = await send(freshIsolate.handle, body);
    expect(executed.headers.get('Cache-Status')).toBe(
      'worker-cache-api; fwd=bypass; detail=new-operation, worker-isolate; fwd=miss; stored',
    );
    expect([reads.count, freshIsolate.counter.executions]).toEqual([0, 1]);
    expect(await executed.text()).toBe(await (await send(first.handle, body)).text());
  });

  it('write an answer to the Cache API only once it is asked for again', async () => {
    const catalogVersion = `test-${uniqueName()}`;
    const body = { query: QUERY, variables: { p: 'SMTP' } };
    const first = handler({ catalogVersion });
    // Sent once, as an operation new with each request is: the isolates' shared cache is untouched.
    await send(first.handle, body);
    const second = handler({ catalogVersion });
    expect(cacheResult(await send(second.handle, body))).toBe('MISS');
    expect(second.counter.executions).toBe(1);
    // Asked for again in the first isolate, it is answered from there and written for the others.
    expect((await send(first.handle, body)).headers.get('Cache-Status')).toBe('worker-isolate; hit');
    const third = handler({ catalogVersion });
    await send(third.handle, { query: QUERY, variables: { p: 'IMAP' } });
    expect((await send(third.handle, body)).headers.get('Cache-Status')).toBe(
      'worker-cache-api; hit, worker-isolate; fwd=miss; stored',
    );
    expect([first.counter.executions, third.counter.executions]).toEqual([1, 1]);
  });

  it('keep the language of an answer and replay it from either layer', async () => {
    const catalogVersion = `test-${uniqueName()}`;
    const query = '{ protocol(name: IMAP, locale: DE) { summary } en: protocol(name: SMTP) { summary } }';
    const body = { query, extensions: { persistedQuery: { version: 1, sha256Hash: await sha256Hex(query) } } };
    const first = handler({ catalogVersion });
    const computed = await send(first.handle, body);
    const fromIsolate = await send(first.handle, body);
    const fromEdge = await send(handler({ catalogVersion }).handle, body);
    expect([cacheResult(computed), cacheResult(fromIsolate), cacheResult(fromEdge)]).toEqual(['MISS', 'HIT', 'HIT']);
    expect(fromEdge.headers.get('Cache-Status')).toBe('worker-cache-api; hit, worker-isolate; fwd=miss; stored');
    for (const response of [computed, fromIsolate, fromEdge]) {
      expect(response.headers.get('Content-Language')).toBe('en, de');
    }
  });

  it('compute again an answer the Cache API kept without its language', async () => {
    const cache = defaultCache();
    const url = EdgeCache.url(await EdgeCache.digest(`test-${uniqueName()}`));
    const edge = new EdgeCache(cache);
    await cache.put(url, new Response('{"data":{}}', { headers: { ETag: '"old"', 'Cache-Control': 'max-age=60' } }));
    expect(await edge.get(url)).toBeUndefined();
    const stored = {
      body: '{"data":{}}',
      contentType: 'application/json',
      contentLanguage: 'de',
      etag: '"e"',
      storedAt: 1,
    };
    await edge.put(url, stored);
    expect(await edge.get(url)).toEqual(stored);
  });

  it('write to the Cache API through ctx.waitUntil, once, on the first repeat', async () => {
    const { handle } = handler();
    const waited: Promise<unknown>[] = [];
    const ctx = { waitUntil: (p: Promise<unknown>) => waited.push(p), passThroughOnException() {}, props: {} };
    const body = JSON.stringify({ query: `{ ${uniqueName()}: catalogVersion }` });
    const request = () =>
      new Request('http://127.0.0.1/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const context = {
      env: {} as Env,
      ctx: ctx as unknown as ExecutionContext,
      url: new URL(request().url),
      requestId: 'test',
    };
    await handle(request(), context);
    expect(waited).toHaveLength(0);
    await handle(request(), context);
    expect(waited).toHaveLength(1);
    await Promise.all(waited);
    await handle(request(), context);
    expect(waited).toHaveLength(1);
  });

  it('are both skipped when RESPONSE_CACHE is off', async () => {
    const { handle, counter } = handler();
    const body = { query: QUERY, variables: { p: 'POP3' } };
    await send(handle, body);
    const off = await send(handle, body, 'POST', { RESPONSE_CACHE: 'off' });
    expect(cacheResult(off)).toBe('BYPASS');
    expect(counter.executions).toBe(2);
    expect(off.headers.get('Cache-Control')).toContain('public');
    expect(off.headers.get('ETag')).toMatch(/^"[\w-]{22}"$/);
    expect(off.headers.get('Vary')).toBe('Accept, Accept-Language');
    const failing = await send(handle, { query: '{ endpoints(filter: { port: 70000 }) { port } }' }, 'POST', {
      RESPONSE_CACHE: 'off',
    });
    expect(failing.headers.get('Cache-Control')).toBe('no-store');
    expect(failing.headers.get('ETag')).toBeNull();
    expect(failing.headers.get('Vary')).toBe('Accept, Accept-Language');
  });

  it('answer as a miss when the Cache API fails', async () => {
    const broken = { match: () => Promise.reject(new Error('down')), put: () => Promise.reject(new Error('down')) };
    const { handle, counter } = handler({ edgeCache: () => broken as unknown as Cache });
    const body = { query: QUERY, variables: { p: 'SMTP' } };
    const first = await send(handle, body);
    expect(first.status).toBe(200);
    expect(cacheResult(first)).toBe('MISS');
    expect(cacheResult(await send(handle, body))).toBe('HIT');
    expect(counter.executions).toBe(1);
  });

  it('never keep an error', async () => {
    const { handle, counter } = handler();
    const body = { query: '{ endpoints(filter: { port: 70000 }) { port } }' };
    const first = await send(handle, body);
    const second = await send(handle, body);
    expect(counter.executions).toBe(2);
    expect(cacheResult(second)).toBe('MISS');
    expect(second.headers.get('Cache-Status')).toBe(
      'worker-cache-api; fwd=bypass; detail=new-operation, worker-isolate; fwd=miss',
    );
    expect(first.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('the isolate map', () => {
  const stored = (body: string) => ({
    body,
    contentType: 'application/json',
    contentLanguage: 'en',
    etag: '"x"',
    storedAt: 0,
  });

  it('holds at most maxEntries, evicting the least recently used', () => {
    const cache = new IsolateCache({ maxEntries: 2, maxSize: 1_000_000 });
    cache.set('a', stored('1'));
    cache.set('b', stored('2'));
    cache.get('a');
    cache.set('c', stored('3'));
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body).toBe('1');
  });

  it('holds at most maxSize characters', () => {
    const cache = new IsolateCache({ maxEntries: 100, maxSize: 250 });
    for (const key of ['a', 'b', 'c']) cache.set(key, stored('x'.repeat(99)));
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
  });
});
