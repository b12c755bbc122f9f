/**
 * The route table is the one place a path's methods are decided: every route answers each method
 * it lacks with 405 and its own `Allow`, and a path no route answers goes to the static assets.
 */
import { describe, expect, it } from 'vitest';
import { allowedMethods, type PathPattern } from '../src/http/route.js';
import { ROUTES } from '../src/routes/table.js';
import { fetchWorker } from './helpers/client.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

/** A path the pattern answers, as a client would send it. */
function samplePath(pattern: PathPattern): string {
  if ('exact' in pattern) return pattern.exact;
  if ('caseInsensitive' in pattern) return pattern.caseInsensitive.toUpperCase();
  if ('caseInsensitivePrefix' in pattern) return `${pattern.caseInsensitivePrefix.toUpperCase()}/v1.0/anna@routing.net`;
  return `${pattern.prefix}choosing-imap-or-pop3`;
}

describe('the route table', () => {
  for (const route of ROUTES) {
    const path = samplePath(route.path);
    const allow = allowedMethods(route);
    const lacking = METHODS.filter((method) => !allow.includes(method));

    it(`answers ${lacking.join(', ')} on ${path} with 405 and Allow: ${allow.join(', ')}`, async () => {
      expect(lacking.length).toBeGreaterThan(0);
      for (const method of lacking) {
        const response = await fetchWorker(path, { method, ...(method === 'GET' ? {} : { body: 'x' }) });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('Allow'), `${method} ${path}`).toBe(allow.join(', '));
        expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
      }
    });

    it(`answers OPTIONS on ${path} with its Allow`, async () => {
      const response = await fetchWorker(path, { method: 'OPTIONS' });
      expect(response.status).toBe(204);
      expect(response.headers.get('Allow')).toBe(allow.join(', '));
    });
  }

  it('refuses POST /version, which once fell through to the static files', async () => {
    const response = await fetchWorker('/version', { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('hands a path no route answers to the static assets', async () => {
    expect((await fetchWorker('/graphiql/start.js')).status).toBe(200);
    expect((await fetchWorker('/no-such-file')).status).toBe(404);
  });
});
