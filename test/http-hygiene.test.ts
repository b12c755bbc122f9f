/**
 * HTTP hygiene on every route: the allowed methods (405 with Allow otherwise), JSON-only POSTs
 * to /graphql (415 otherwise, so no form can make a browser run a query), HEAD, CORS, and the
 * security headers and request id on every answer, fresh, cached, 304, error or static file.
 */
import { describe, expect, it } from 'vitest';
import { STATIC_METHODS } from '../src/http/methods.js';
import { allowedMethods, routeFor } from '../src/http/route.js';
import { HTML_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../src/http/security-headers.js';
import { ROUTES as TABLE } from '../src/routes/table.js';
import { fetchWorker, graphqlGet, graphqlPost, uniqueName } from './helpers/client.js';
import { expectStillServing } from './helpers/serving.js';

const ROUTES = ['/graphql', '/version', '/graphiql/start.js', '/', '/no-such-file'];
/** What `path` allows: its route's methods, or reading for a static file. */
const allowFor = (path: string) => {
  const route = routeFor(TABLE, path);
  return (route === undefined ? STATIC_METHODS : allowedMethods(route)).join(', ');
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function expectHardened(response: Response, what: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
  expect(response.headers.get('Access-Control-Allow-Origin'), what).toBe('*');
  expect(response.headers.get('Access-Control-Allow-Credentials'), what).toBeNull();
  expect(response.headers.get('X-Request-Id'), what).toMatch(UUID);
}

describe('methods', () => {
  it('answers any other method with 405, Allow and a coded error, on every route', async () => {
    for (const path of ROUTES) {
      for (const method of ['PUT', 'DELETE', 'PATCH']) {
        const response = await fetchWorker(path, { method });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('Allow')).toBe(allowFor(path));
        expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
        expectHardened(response, `${method} ${path}`);
      }
    }
    await expectStillServing();
  });

  it('answers OPTIONS without a preflight with 204 and Allow, and a preflight with every method', async () => {
    const plain = await fetchWorker('/graphql', { method: 'OPTIONS' });
    expect(plain.status).toBe(204);
    expect(plain.headers.get('Allow')).toBe('GET, HEAD, POST, OPTIONS');
    const preflight = await fetchWorker('/version', {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBe('GET, HEAD, POST, OPTIONS');
    expectHardened(preflight, 'preflight');
  });

  it('answers HEAD like GET, without a body, on /graphql too', async () => {
    const query = `{ ${uniqueName()}: catalogVersion }`;
    const got = await graphqlGet(query);
    const head = await fetchWorker(`/graphql?${new URLSearchParams({ query })}`, {
      method: 'HEAD',
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toBe(got.headers.get('ETag'));
    expect(await head.text()).toBe('');
    expectHardened(head, 'HEAD');
  });
});

describe('paths without a route (issue 20, item 8)', () => {
  it('answers a POST to a static file 405 with Allow and a coded error, then serves the file', async () => {
    const response = await fetchWorker('/page/page.css', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    expect((await fetchWorker('/page/page.css')).status).toBe(200);
  });

  it('answers an unknown path 404 in the error shape and negotiated media type, with Allow', async () => {
    for (const [accept, type] of [
      ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
      ['application/json', 'application/json; charset=utf-8'],
      [null, 'application/json; charset=utf-8'],
    ] as const) {
      const response = await fetchWorker('/no-such-file', accept === null ? {} : { headers: { accept } });
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Type')).toBe(type);
      expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
    expect((await fetchWorker('/version')).status).toBe(200);
  });

  it('answers a browser an HTML 404 page in its language', async () => {
    const accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const response = await fetchWorker('/no-such-page', { headers: { accept, 'accept-language': 'de' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Seite nicht gefunden');
    expect((await fetchWorker('/', { headers: { accept } })).status).toBe(200);
  });
});

describe('POST content types', () => {
  const query = 'query cop { __typename }';

  it('refuses every body but JSON with 415 and never runs it', async () => {
    const form = new FormData();
    form.set('query', query);
    for (const [label, init] of [
      [
        'form-encoded',
        {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `query=${encodeURIComponent(query)}`,
        },
      ],
      ['multipart', { body: form }],
      ['text/plain', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query }) }],
      ['application/graphql', { headers: { 'content-type': 'application/graphql' }, body: query }],
      ['no content type', { body: new TextEncoder().encode(JSON.stringify({ query })) }],
    ] as const) {
      const response = await fetchWorker('/graphql', { method: 'POST', ...init });
      expect(response.status, label).toBe(415);
      const body = await response.json<{ data?: unknown; errors: { extensions: { code: string } }[] }>();
      expect(body.data, label).toBeUndefined();
      expect(body.errors[0]?.extensions.code, label).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expectHardened(response, label);
    }
    await expectStillServing();
  });

  it('runs JSON with a charset', async () => {
    const response = await graphqlPost({ query }, { 'content-type': 'application/json; charset=utf-8' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('security headers and request ids', () => {
  it('are on every kind of answer: miss, hit, 304, error, JSON route, static file, redirect, 404', async () => {
    const query = `{ ${uniqueName()}: catalogVersion }`;
    const miss = await graphqlGet(query);
    const hit = await graphqlGet(query);
    const notModified = await graphqlGet(query, undefined, { 'If-None-Match': miss.headers.get('ETag') ?? '' });
    expect(notModified.status).toBe(304);
    const answers: [string, Response][] = [
      ['miss', miss],
      ['hit', hit],
      ['304', notModified],
      ['POST', await graphqlPost({ query })],
      ['error', await graphqlGet('{ nope }')],
      ['/version', await fetchWorker('/version')],
      ['static file', await fetchWorker('/graphiql/start.js')],
      ['redirect', await fetchWorker('/guides/', { redirect: 'manual' })],
      ['404', await fetchWorker('/no-such-file')],
    ];
    for (const [what, response] of answers) {
      expectHardened(response, what);
      expect(response.headers.get('Content-Security-Policy'), what).toBeNull();
    }
  });

  it('give the GraphiQL page a Content-Security-Policy that names no other origin', async () => {
    const response = await fetchWorker('/graphql', { headers: { accept: 'text/html' } });
    expect(response.headers.get('Content-Type')).toContain('text/html');
    expectHardened(response, 'GraphiQL');
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy).toBe(HTML_CONTENT_SECURITY_POLICY);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it("take Cloudflare's cf-ray as the request id, else a new one each time, and never keep it in a cached body", async () => {
    const ray = await graphqlGet('{ catalogVersion }', undefined, { 'cf-ray': '8a1b2c3d4e5f6789-FRA' });
    expect(ray.headers.get('X-Request-Id')).toBe('8a1b2c3d4e5f6789-FRA');
    const query = `{ ${uniqueName()}: catalogVersion }`;
    const first = await graphqlGet(query);
    const second = await graphqlGet(query);
    // Hits copy their headers from one template; each still names its own request.
    const third = await graphqlGet(query);
    const ids = [first, second, third].map((response) => response.headers.get('X-Request-Id'));
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const bodies = [await first.text(), await second.text(), await third.text()];
    expect(new Set(bodies).size).toBe(1);
    for (const id of ids) expect(bodies[0]).not.toContain(id);
  });

  it('expose the request id and Retry-After to scripts on other origins', async () => {
    const exposed = (await graphqlGet('{ catalogVersion }')).headers.get('Access-Control-Expose-Headers') ?? '';
    expect(exposed).toContain('X-Request-Id');
    expect(exposed).toContain('Retry-After');
  });
});
