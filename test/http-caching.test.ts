/**
 * The HTTP caching policy as browsers and CDNs see it: Cache-Control, ETag, 304, Vary, and
 * never storing an error.
 */
import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL_PUBLIC } from '../src/http/cache-policy.js';
import { fetchWorker, graphqlGet, graphqlPost, uniqueName } from './helpers/client.js';

describe('HTTP caching of GraphQL GETs', () => {
  it('lets browsers and shared caches keep a successful answer', async () => {
    const response = await graphqlGet(`{ ${uniqueName()}: catalogVersion }`);
    expect(response.status).toBe(200);
    const cacheControl = response.headers.get('Cache-Control') ?? '';
    expect(cacheControl).toBe(CACHE_CONTROL_PUBLIC);
    expect(cacheControl).toMatch(/\bpublic\b/);
    expect(cacheControl).toMatch(/\bmax-age=\d+/);
    expect(cacheControl).toMatch(/\bs-maxage=\d+/);
    expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/);
    expect(response.headers.get('ETag')).toMatch(/^"[\w-]{22}"$/);
    expect(response.headers.get('Vary')).toBe('Accept, Accept-Language');
  });

  it('gives the same ETag to the same answer, and a different one to a different answer', async () => {
    const alias = uniqueName();
    const first = await graphqlGet(`{ ${alias}: catalogVersion }`);
    const again = await graphqlGet(`{ ${alias}: catalogVersion }`);
    const other = await graphqlGet(`{ ${uniqueName()}: catalogVersion }`);
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(other.headers.get('ETag')).not.toBe(first.headers.get('ETag'));
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const query = `{ ${uniqueName()}: catalogVersion }`;
    const etag = (await graphqlGet(query)).headers.get('ETag') ?? '';
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await graphqlGet(query, undefined, { 'If-None-Match': ifNoneMatch });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('ETag')).toBe(etag);
      expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL_PUBLIC);
    }
  });

  it('never answers a POST with 304, whatever If-None-Match says; GET and HEAD still get it', async () => {
    const query = `{ ${uniqueName()}: catalogVersion }`;
    const fresh = await graphqlPost({ query });
    const etag = fresh.headers.get('ETag') ?? '';
    for (const ifNoneMatch of [etag, '*']) {
      const response = await graphqlPost({ query }, { 'If-None-Match': ifNoneMatch });
      expect(response.status, ifNoneMatch).toBe(200);
      expect(await response.json()).toHaveProperty('data');
    }
    expect((await graphqlGet(query, undefined, { 'If-None-Match': etag })).status).toBe(304);
    const head = await fetchWorker(`/graphql?${new URLSearchParams({ query })}`, {
      method: 'HEAD',
      headers: { accept: 'application/graphql-response+json', 'If-None-Match': etag },
    });
    expect(head.status).toBe(304);
  });

  it('answers a stale If-None-Match in full', async () => {
    const response = await graphqlGet(`{ ${uniqueName()}: catalogVersion }`, undefined, { 'If-None-Match': '"stale"' });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('data');
  });

  it('never lets a cache store an error', async () => {
    const failing = [
      await graphqlGet('{ endpoints(filter: { port: 0 }) { port } }'),
      await graphqlGet('{ nope }'),
      await graphqlGet('{ endpoints('),
      await graphqlPost({ query: '{ settingsForAddress(emailAddress: "x") { userName } }' }),
    ];
    for (const response of failing) {
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('ETag')).toBeNull();
    }
  });
});

describe('HTTP caching of the other routes', () => {
  it('applies the same policy to /version, with 304', async () => {
    const response = await fetchWorker('/version');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL_PUBLIC);
    const { catalogVersion } = await response.json<{ catalogVersion: string }>();
    expect(catalogVersion).toMatch(/^[0-9a-f]{16}$/);
    const etag = response.headers.get('ETag') ?? '';
    expect((await fetchWorker('/version', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('applies it to the GraphiQL page', async () => {
    const response = await fetchWorker('/graphql', { headers: { accept: 'text/html' } });
    expect(response.headers.get('Content-Type')).toContain('text/html');
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL_PUBLIC);
    const etag = response.headers.get('ETag') ?? '';
    expect(etag).not.toBe('');
    const again = await fetchWorker('/graphql', { headers: { accept: 'text/html', 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });
});
