/**
 * Automatic persisted queries: unknown hash, register, then short GETs that hit the cache; the
 * registering request and the hash-only ones share one cache entry; only documents that validate
 * are registered, and a hash that does not match its document is refused without a trace.
 */
import { describe, expect, it } from 'vitest';
import { IsolateCache } from '../src/cache/isolate-cache.js';
import { PersistedQueryStore } from '../src/graphql-server/persisted-queries.js';
import { sha256Hex } from '../src/lib/sha256.js';
import { handler, send } from './helpers/answer-cache.js';
import { cacheResult, fetchWorker, graphqlPost, uniqueName } from './helpers/client.js';

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/** The first error's code in `response`. */
async function errorCode(response: Response): Promise<string | undefined> {
  const body = await response.json<{ errors?: { extensions: { code: string } }[] }>();
  return body.errors?.[0]?.extensions.code;
}

function persistedGet(hash: string, variables?: Record<string, unknown>) {
  const params = new URLSearchParams({
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
  });
  if (variables !== undefined) params.set('variables', JSON.stringify(variables));
  // The Accept header graphqlPost sends: it is part of the cache key.
  return fetchWorker(`/graphql?${params}`, { headers: { accept: 'application/graphql-response+json' } });
}

describe('automatic persisted queries', () => {
  it('register, then answer short GETs, from the cache on repeat', async () => {
    const query = `query ($p: ProtocolName) { ${uniqueName()}: endpoints(filter: { protocol: $p }) { port } }`;
    const hash = await sha256Hex(query);

    const unknown = await persistedGet(hash, { p: 'IMAP' });
    expect(unknown.status).toBe(200);
    const notFound = await unknown.json<{ errors: { message: string; extensions: { code: string } }[] }>();
    expect(notFound.errors[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
    expect(unknown.headers.get('Cache-Control')).toBe('no-store');

    const registered = await graphqlPost({
      query,
      variables: { p: 'IMAP' },
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    expect((await registered.json<{ data: Record<string, unknown> }>()).data).toBeDefined();

    const first = await persistedGet(hash, { p: 'IMAP' });
    const body = await first.json<{ data: Record<string, { port: number }[]> }>();
    expect(Object.values(body.data)[0]?.map((e) => e.port)).toEqual([993, 143, 143]);
    expect(cacheResult(first)).toBe('HIT');

    const otherVariables = await persistedGet(hash, { p: 'SMTP' });
    expect(cacheResult(otherVariables)).toBe('MISS');
    const smtp = await otherVariables.json<{ data: Record<string, { port: number }[]> }>();
    expect(Object.values(smtp.data)[0]?.map((e) => e.port)).toEqual([587, 465, 25]);
  });

  it('refuse a hash that does not match the document', async () => {
    const response = await graphqlPost({
      query: '{ catalogVersion }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect(response.status).toBe(400);
    const body = await response.json<{ errors: { extensions: { code: string } }[] }>();
    expect(body.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_MISMATCH');
  });
});

describe('persisted queries and the answer cache', () => {
  it('answer the first hash-only GET after registration from the isolate map, without Yoga', async () => {
    const { handle, counter } = handler();
    const query = `{ ${uniqueName()}: endpoints(filter: { protocol: POP3 }) { port } }`;
    const hash = await sha256Hex(query);
    const registered = await send(handle, { query, extensions: persisted(hash) });
    expect(cacheResult(registered)).toBe('MISS');
    const first = await send(handle, { extensions: persisted(hash) }, 'GET');
    expect(first.headers.get('Cache-Status')).toBe('worker-isolate; hit');
    expect(await first.text()).toBe(await registered.text());
    expect(counter.executions).toBe(1);
  });

  it('register no document that does not parse or validate', async () => {
    const { handle } = handler();
    const invalid = [
      [`{ ${uniqueName()}: noSuchField }`, 'GRAPHQL_VALIDATION_FAILED'],
      [`{ ${uniqueName()}: endpoints { port `, 'GRAPHQL_PARSE_FAILED'],
    ];
    for (const [query = '', code] of invalid) {
      const hash = await sha256Hex(query);
      const refused = await send(handle, { query, extensions: persisted(hash) });
      expect(await errorCode(refused), query).toBe(code);
      const later = await send(handle, { extensions: persisted(hash) }, 'GET');
      expect(await errorCode(later), query).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });

  it("refuse a hash that is not the document's, leaving no entry and not poisoning the one the hash names", async () => {
    const isolateCache = new IsolateCache();
    const { handle, counter } = handler({ isolateCache });
    const named = `{ ${uniqueName()}: endpoints(filter: { protocol: SMTP }) { port } }`;
    const sent = `{ ${uniqueName()}: catalogVersion }`;
    const hash = await sha256Hex(named);

    const beforeRegistration = await send(handle, { query: sent, extensions: persisted(hash) });
    expect(beforeRegistration.status).toBe(400);
    expect(await errorCode(beforeRegistration)).toBe('PERSISTED_QUERY_MISMATCH');
    expect(isolateCache.size).toBe(0);
    expect(await errorCode(await send(handle, { extensions: persisted(hash) }, 'GET'))).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );

    const answer = await (await send(handle, { query: named, extensions: persisted(hash) })).text();
    const executions = counter.executions;
    const afterRegistration = await send(handle, { query: sent, extensions: persisted(hash) });
    expect(afterRegistration.status).toBe(400);
    expect(await errorCode(afterRegistration)).toBe('PERSISTED_QUERY_MISMATCH');
    expect(counter.executions).toBe(executions + 1);
    const byHash = await send(handle, { extensions: persisted(hash) }, 'GET');
    expect(cacheResult(byHash)).toBe('HIT');
    expect(await byHash.text()).toBe(answer);
  });
});

describe('the persisted-query store', () => {
  it('keeps at most maxEntries documents, dropping the least recently used', () => {
    const store = new PersistedQueryStore({ maxEntries: 3, maxDocumentLength: 100 });
    for (let i = 0; i < 10; i += 1) store.register(`h${i}`, `{ a${i}: catalogVersion }`);
    expect(store.size).toBe(3);
    expect(store.get('h0')).toBeUndefined();
    expect(store.get('h9')).toBe('{ a9: catalogVersion }');
  });

  it('does not register documents over maxDocumentLength', () => {
    const store = new PersistedQueryStore({ maxEntries: 3, maxDocumentLength: 20 });
    expect(store.register('long', `{ ${'a'.repeat(30)} }`)).toBe(false);
    expect(store.get('long')).toBeUndefined();
    expect(store.register('short', '{ catalogVersion }')).toBe(true);
  });
});
