/**
 * Automatic persisted queries: unknown hash, register, then short GETs that hit the cache.
 */
import { describe, expect, it } from 'vitest';
import { PersistedQueryStore } from '../src/graphql-server/persisted-queries.js';
import { sha256Hex } from '../src/lib/sha256.js';
import { cacheResult, fetchWorker, graphqlPost, uniqueName } from './helpers/client.js';

function persistedGet(hash: string, variables?: Record<string, unknown>) {
  const params = new URLSearchParams({
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
  });
  if (variables !== undefined) params.set('variables', JSON.stringify(variables));
  return fetchWorker(`/graphql?${params}`, { headers: { accept: 'application/json' } });
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
    expect(cacheResult(first)).toBe('MISS');
    expect(cacheResult(await persistedGet(hash, { p: 'IMAP' }))).toBe('HIT');

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
