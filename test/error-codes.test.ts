/**
 * Every error a caller sees carries `extensions.code`, whichever stage raised it (request
 * parameters, parsing, validation, variable coercion, argument coercion during execution), with
 * the status each media type gets; and no error, refusal or not, carries internals
 * (`originalError`, a stack) from the JavaScript that raised it.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { yoga } from '../src/graphql-server/yoga.js';
import { fetchWorker } from './helpers/client.js';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

interface Case {
  readonly what: string;
  readonly body: Record<string, unknown>;
  readonly code: string;
  /** The status under application/json and under application/graphql-response+json. */
  readonly status: readonly [number, number];
  /** Whether the answer has a `data` entry (null): only when execution began. */
  readonly data: boolean;
}

/** An error that stops the request before execution: 200 under JSON, 400 under the GraphQL type. */
const requestError = (what: string, body: Record<string, unknown>, code: string): Case => ({
  what,
  body,
  code,
  status: [200, 400],
  data: false,
});

const CASES: readonly Case[] = [
  requestError(
    'a variable of the wrong type',
    { query: 'query ($p: Int) { endpoints(filter: { port: $p }) { port } }', variables: { p: 'ninety' } },
    'BAD_USER_INPUT',
  ),
  requestError(
    'a required variable left out',
    { query: 'query ($a: String!) { settingsForAddress(emailAddress: $a) { userName } }' },
    'BAD_USER_INPUT',
  ),
  {
    what: 'null for a non-null argument that has a default',
    body: { query: 'query ($o: EndpointOrdering) { endpoints(ordering: $o) { port } }', variables: { o: null } },
    code: 'BAD_USER_INPUT',
    status: [200, 200],
    data: true,
  },
  requestError(
    'a subscription (the schema has no subscription type)',
    { query: 'subscription { endpoints { port } }' },
    'GRAPHQL_VALIDATION_FAILED',
  ),
  requestError(
    'a mutation (the schema has no mutation type)',
    { query: 'mutation { __typename }' },
    'GRAPHQL_VALIDATION_FAILED',
  ),
  {
    what: 'a value a resolver refuses',
    body: { query: '{ endpoints(filter: { port: 70000 }) { port } }' },
    code: 'BAD_USER_INPUT',
    status: [200, 200],
    data: true,
  },
  requestError('no query', {}, 'BAD_REQUEST'),
  requestError('a field that does not exist', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED'),
  requestError('a document that does not parse', { query: '{ endpoints(' }, 'GRAPHQL_PARSE_FAILED'),
  {
    what: 'an operation name the document does not have (Yoga answers 400 under either type)',
    body: { query: 'query A { catalogVersion }', operationName: 'B' },
    code: 'OPERATION_RESOLUTION_FAILURE',
    status: [400, 400],
    data: false,
  },
  {
    what: 'an operation limit exceeded (ours: 400 under either type)',
    body: { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: catalogVersion`).join(' ')} }` },
    code: 'MAX_ALIASES_EXCEEDED',
    status: [400, 400],
    data: false,
  },
];

/** POSTs `body` asking for `accept`, as text, to read it both as JSON and as it is. */
async function post(body: Record<string, unknown>, accept: string) {
  const response = await fetchWorker('/graphql', {
    method: 'POST',
    headers: { 'content-type': JSON_TYPE, accept },
    body: JSON.stringify(body),
  });
  return { response, text: await response.text() };
}

describe('every error carries a code', () => {
  for (const { what, body, code, status, data } of CASES) {
    it(`${what}: ${code}, ${status[0]} under ${JSON_TYPE} and ${status[1]} under ${GRAPHQL_RESPONSE}`, async () => {
      for (const [accept, expected] of [
        [JSON_TYPE, status[0]],
        [GRAPHQL_RESPONSE, status[1]],
      ] as const) {
        const { response, text } = await post(body, accept);
        const result = JSON.parse(text) as { data?: unknown; errors: { extensions?: { code?: unknown } }[] };
        expect(response.status, accept).toBe(expected);
        expect(result.errors.map((error) => error.extensions?.code)).toEqual([code]);
        if (data) expect(result.data).toBeNull();
        else expect(result).not.toHaveProperty('data');
        expect(text).not.toMatch(/originalError|stack/);
      }
    });
  }
});

describe('no internals in any refusal', () => {
  const REFUSED: readonly (readonly [string, RequestInit])[] = [
    ['an empty POST body', { method: 'POST', headers: { 'content-type': JSON_TYPE } }],
    ['a POST body of white space', { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: ' \n' }],
    ['a truncated JSON body', { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: '{"query":' }],
    ['a JSON body that is not an object', { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: '[]' }],
    ['a JSON null body', { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: 'null' }],
    ['a query that is a number', { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: '{"query":1}' }],
    ['an unknown parameter', { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: '{"qeury":"{a}"}' }],
    ['variables that are not JSON', { method: 'GET' }],
    ['a form POST', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }],
    ['a PUT', { method: 'PUT' }],
  ];

  for (const [what, init] of REFUSED) {
    it(`for ${what}`, async () => {
      for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE]) {
        const path = init.method === 'GET' ? '/graphql?query=%7Ba%7D&variables=%7B' : '/graphql';
        const response = await fetchWorker(path, { ...init, headers: { ...init.headers, accept } });
        expect(response.status, `${what}, ${accept}`).toBeGreaterThanOrEqual(400);
        const text = await response.text();
        expect(text, `${what}, ${accept}`).not.toMatch(/originalError|stack|SyntaxError/);
        const { errors } = JSON.parse(text) as { errors: { extensions: { code: string } }[] };
        expect(errors[0]?.extensions.code).toMatch(/^[A-Z_]+$/);
      }
    });
  }

  it('even when a request reaches Yoga without the route in front (an empty body)', async () => {
    const ctx = createExecutionContext();
    const response = await yoga.handle(
      new Request('http://127.0.0.1/graphql', {
        method: 'POST',
        headers: { 'content-type': JSON_TYPE, accept: JSON_TYPE },
      }),
      {
        env: {} as never,
        ctx,
        requestId: 'test',
        requestUrl: new URL('http://127.0.0.1/graphql'),
        locale: 'en',
        mediaType: JSON_TYPE,
        outcome: { errorFree: false },
        textOnly: false,
        waitUntil: (promise) => ctx.waitUntil(Promise.resolve(promise)),
      },
    );
    await waitOnExecutionContext(ctx);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/originalError|stack|SyntaxError/);
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });
});
