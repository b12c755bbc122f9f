/**
 * CORS: any origin may read answers, cached or not, without credentials.
 */
import { describe, expect, it } from 'vitest';
import { fetchWorker, graphqlGet, uniqueName } from './helpers/client.js';

describe('CORS', () => {
  it('answers a preflight for GET and POST', async () => {
    const response = await fetchWorker('/graphql', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://partner.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    expect(response.headers.get('Access-Control-Allow-Headers')).toContain('Content-Type');
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
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
