/**
 * Accept, honoured with its quality values: /graphql answers in the media type the client
 * prefers, 406 when it admits neither of ours, and every refusal made before Yoga (unreadable
 * body, too large, wrong content type, wrong method, rate limited, a fault of ours) is written
 * in the negotiated type too.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Env } from '../src/env.js';
import { guard } from '../src/http/guard.js';
import { MAX_BODY_BYTES } from '../src/limits.js';
import worker from '../src/index.js';
import { fetchWorker, uniqueName } from './helpers/client.js';
import { withFaultLog } from './helpers/fault-log.js';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** A POST of `body` (bytes or text as they are) to /graphql, asking for `accept`. */
function post(accept: string, body: string | Uint8Array<ArrayBuffer>) {
  return fetchWorker('/graphql', { method: 'POST', headers: { 'content-type': JSON_TYPE, accept }, body });
}

const operation = () => JSON.stringify({ query: `{ ${uniqueName()}: catalogVersion }` });

describe('the media type of an answer', () => {
  it('follows quality values rather than the order listed', async () => {
    const response = await post(`${GRAPHQL_RESPONSE};q=0, ${JSON_TYPE}`, operation());
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(`${JSON_TYPE}; charset=utf-8`);
    const preferred = await post(`${JSON_TYPE};q=0.5, ${GRAPHQL_RESPONSE}`, operation());
    expect(preferred.headers.get('Content-Type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
  });

  it('keeps the two media types of one operation apart in the answer cache', async () => {
    const body = operation();
    const json = await post(`${GRAPHQL_RESPONSE};q=0, ${JSON_TYPE}`, body);
    const graphql = await post(GRAPHQL_RESPONSE, body);
    const jsonAgain = await post(`${GRAPHQL_RESPONSE};q=0, ${JSON_TYPE}`, body);
    expect(graphql.headers.get('Content-Type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
    expect(jsonAgain.headers.get('Cache-Status')).toBe('worker-isolate; hit');
    expect(jsonAgain.headers.get('Content-Type')).toBe(json.headers.get('Content-Type'));
  });

  it('is chosen by one parse of Accept, so white space cannot poison the cache (issue 20, item 4)', async () => {
    const body = operation();
    // The attack: a space inside the preferred type, which negotiation does not read as that type.
    const spaced = await post(`${GRAPHQL_RESPONSE.replace('+', ' +')}, ${JSON_TYPE};q=0.9`, body);
    expect(spaced.headers.get('Content-Type')).toBe(`${JSON_TYPE}; charset=utf-8`);
    // The honest client without the space is given its own type, not the stored JSON answer.
    const honest = await post(`${GRAPHQL_RESPONSE}, ${JSON_TYPE};q=0.9`, body);
    expect(honest.status).toBe(200);
    expect(honest.headers.get('Content-Type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
    // `application/ json` is no media type: 406 whether or not the answer is kept.
    await post(JSON_TYPE, body);
    const broken = await post('application/ json', body);
    expect(broken.status).toBe(406);
    expect(broken.headers.get('Cache-Status')).toBeNull();
    expect((await post(JSON_TYPE, body)).headers.get('Cache-Status')).toContain('hit');
  });

  it('is 406 when Accept admits neither type, over POST and GET, with a coded error', async () => {
    for (const response of [
      await post('text/plain', operation()),
      await post(`${GRAPHQL_RESPONSE};q=0, ${JSON_TYPE};q=0`, operation()),
      await post('text/event-stream', operation()),
      await fetchWorker(`/graphql?query=${encodeURIComponent('{ catalogVersion }')}`, {
        headers: { accept: 'application/xml' },
      }),
    ]) {
      expect(response.status).toBe(406);
      expect(response.headers.get('Content-Type')).toBe(`${JSON_TYPE}; charset=utf-8`);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      const body = await response.json<{ errors: { message: string; extensions: { code: string } }[] }>();
      expect(body.errors[0]?.extensions.code).toBe('NOT_ACCEPTABLE');
      expect(body.errors[0]?.message).toContain(GRAPHQL_RESPONSE);
    }
  });
});

/** A limiter that refuses every request. */
const refusing: RateLimit = { limit: () => Promise.resolve({ success: false }) };

/** A request straight to the Worker's fetch with rate limiting on and every request refused. */
async function rateLimited(accept: string): Promise<Response> {
  const request = new Request('http://127.0.0.1/graphql?query=%7BcatalogVersion%7D', { headers: { accept } });
  const ctx = createExecutionContext();
  const bindings = { ...env, RATE_LIMIT: 'on', RATE_LIMITER: refusing };
  const response = await worker.fetch(request as Parameters<typeof worker.fetch>[0], bindings, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** A fault of ours outside Yoga, answered by the guard, which logs it once. */
async function internalFault(accept: string): Promise<Response> {
  const failing = guard([
    {
      path: { prefix: '/' },
      methods: ['GET'],
      handler: () => {
        throw new Error('broken');
      },
    },
  ]);
  const request = new Request('http://127.0.0.1/anything', { headers: { accept } });
  const { result, faults } = await withFaultLog(async () =>
    failing(request as Parameters<typeof failing>[0], { RATE_LIMIT: 'off' } as Env, {} as ExecutionContext),
  );
  expect(faults).toHaveLength(1);
  return result;
}

const REFUSALS: readonly (readonly [string, number, (accept: string) => Promise<Response>])[] = [
  ['malformed JSON', 400, (accept) => post(accept, '{"query":')],
  ['an empty body', 400, (accept) => post(accept, '')],
  ['a body that is not UTF-8', 400, (accept) => post(accept, new Uint8Array([0x7b, 0xff, 0x7d]))],
  ['a body over the cap', 413, (accept) => post(accept, 'x'.repeat(MAX_BODY_BYTES + 1))],
  [
    'a form POST',
    415,
    (accept) =>
      fetchWorker('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
        body: 'query=%7B__typename%7D',
      }),
  ],
  ['a PUT', 405, (accept) => fetchWorker('/graphql', { method: 'PUT', headers: { accept } })],
  ['too many requests', 429, rateLimited],
  ['a fault of ours', 500, internalFault],
];

describe('refusals made before Yoga', () => {
  for (const [what, status, send] of REFUSALS) {
    it(`answer ${what} (${status}) in the negotiated media type`, async () => {
      for (const [accept, mediaType] of [
        [GRAPHQL_RESPONSE, GRAPHQL_RESPONSE],
        [`${GRAPHQL_RESPONSE}, ${JSON_TYPE}`, GRAPHQL_RESPONSE],
        [`${GRAPHQL_RESPONSE};q=0, ${JSON_TYPE}`, JSON_TYPE],
        [JSON_TYPE, JSON_TYPE],
        ['*/*', JSON_TYPE],
        ['text/html', JSON_TYPE],
      ] as const) {
        const response = await send(accept);
        expect(response.status, accept).toBe(status);
        expect(response.headers.get('Content-Type'), `${what}, Accept: ${accept}`).toBe(`${mediaType}; charset=utf-8`);
        const body = await response.json<{ errors: { extensions: { code: string } }[] }>();
        expect(body.errors[0]?.extensions.code).toMatch(/^[A-Z_]+$/);
      }
    });
  }
});
