/**
 * CORS: any origin may read answers, cached or not, without credentials.
 */
import { describe, expect, it } from 'vitest';
import { allowedRequestHeaders } from '../src/http/cors.js';
import { fetchWorker, graphqlGet, uniqueName } from './helpers/client.js';

/** A preflight for a POST to `path` whose request will carry `headers`. */
function preflight(headers: string | undefined, path = '/graphql') {
  return fetchWorker(path, {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://partner.example',
      'Access-Control-Request-Method': 'POST',
      ...(headers !== undefined && { 'Access-Control-Request-Headers': headers }),
    },
  });
}

describe('CORS', () => {
  it('answers a preflight for GET and POST', async () => {
    const response = await preflight('content-type');
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    expect(response.headers.get('Access-Control-Allow-Headers')).toBe('content-type');
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });

  it('allows the headers GraphQL clients send, as Chromium names them', async () => {
    // Chromium lower-cases the names, sorts them and joins them with commas.
    const requested = [
      'apollo-require-preflight',
      'apollographql-client-name',
      'apollographql-client-version',
      'authorization',
      'content-type',
      'graphql-client-name',
      'graphql-client-version',
      'x-apollo-operation-name',
    ].join(',');
    for (const path of ['/graphql', '/version', '/mail/config-v1.1.xml']) {
      const response = await preflight(requested, path);
      expect(response.status, path).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Headers'), path).toBe(requested);
      expect(response.headers.get('Vary'), path).toBe('Access-Control-Request-Headers');
      expect(response.headers.get('Access-Control-Allow-Origin'), path).toBe('*');
      expect(response.headers.get('Access-Control-Allow-Credentials'), path).toBeNull();
    }
  });

  it('allows the usual headers when the preflight names none', async () => {
    const response = await preflight(undefined);
    expect(response.headers.get('Access-Control-Allow-Headers')).toBe(
      'Content-Type, Accept, Accept-Language, If-None-Match',
    );
  });

  it('lets any origin read a miss and a hit alike, and the cache headers', async () => {
    const query = `{ ${uniqueName()}: catalogVersion }`;
    for (const response of [
      await graphqlGet(query, undefined, { Origin: 'https://a.example' }),
      await graphqlGet(query, undefined, { Origin: 'https://b.example' }),
    ]) {
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
      expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Cache-Status');
    }
  });
});

describe('the headers a preflight allows', () => {
  it('are the requested list, with white space as sent', () => {
    expect(allowedRequestHeaders('Content-Type, X-Apollo-Operation-Name')).toBe(
      'Content-Type, X-Apollo-Operation-Name',
    );
    expect(allowedRequestHeaders('  sentry-trace,baggage ')).toBe('sentry-trace,baggage');
  });

  it('are the default list for anything but header names, or a list too long', () => {
    const fallback = allowedRequestHeaders(null);
    expect(fallback).toBe('Content-Type, Accept, Accept-Language, If-None-Match');
    for (const requested of [
      '',
      ',',
      'a,,b',
      'a b',
      'x-name: value',
      'a\u0000b',
      'caf\u00e9',
      `${'a,'.repeat(600)}a`,
    ]) {
      expect(allowedRequestHeaders(requested), JSON.stringify(requested)).toBe(fallback);
    }
    expect(allowedRequestHeaders(`${'a,'.repeat(500)}a`)).toBe(`${'a,'.repeat(500)}a`);
  });
});
