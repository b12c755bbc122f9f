/**
 * Hostile and broken requests: every check the GraphQL scanner graphql-cop makes, and malformed
 * input of every kind. Each gets a 4xx or a GraphQL error that says what is wrong (never a 500,
 * never data it should not give, never internals), and the very next valid request is answered
 * correctly.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/limits.js';
import { LIMIT_CODES } from '../src/graphql-server/limits/operation-limits.js';
import { fetchWorker, get, graphqlPost, post } from './helpers/client.js';
import { expectStillServing } from './helpers/serving.js';

interface ErrorBody {
  data?: unknown;
  extensions?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs `body` as it is, with `contentType`. */
const postRaw = (body: BodyInit, contentType = 'application/json') =>
  fetchWorker('/graphql', {
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/json' },
    body,
  });

/** Asserts a 4xx answer carrying GraphQL errors and no data, then that the Worker still serves. */
async function expectRefused(response: Response, status?: number): Promise<ErrorBody> {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  if (status !== undefined) expect(response.status).toBe(status);
  const body = await response.json<ErrorBody>();
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/stack|exception|originalError|\.ts:\d|at \w+ \(/i);
  await expectStillServing();
  return body;
}

const codes = (body: ErrorBody) => body.errors?.map((error) => error.extensions?.['code']);

describe('the checks graphql-cop makes', () => {
  it('field suggestions: a mistyped field gets no "Did you mean"', async () => {
    const { status, body } = await post('query cop { __schema { directive } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('Cannot query field "directive"');
    expect(JSON.stringify(body)).not.toContain('Did you mean');
    await expectStillServing();
  });

  it('enum and argument suggestions: none, as a literal, a variable or an argument name (issue 20, item 8)', async () => {
    const attempts = [
      post('{ protocol(name: IMAPP) { name } }'),
      post('query ($p: ProtocolName!) { protocol(name: $p) { name } }', { p: 'IMAPP' }),
      post('{ protocol(nam: IMAP) { name } }'),
      post('{ endpoints(filter: { protocl: IMAP }) { port } }'),
    ];
    for (const { status, body } of await Promise.all(attempts)) {
      expect(status).toBe(400);
      expect(body.errors?.[0]?.message).toMatch(/IMAPP|nam|protocl/);
      expect(JSON.stringify(body)).not.toContain('Did you mean');
    }
    await expectStillServing();
  });

  it('alias overloading: 101 __typename aliases are refused', async () => {
    const query = `query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}: __typename`).join(' ')} }`;
    const body = await expectRefused(await graphqlPost({ query }), 400);
    expect(codes(body)).toEqual([LIMIT_CODES.aliases]);
  });

  it('batching: an array of 10 queries is refused, none of them run', async () => {
    const batch = JSON.stringify(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })));
    const body = await expectRefused(await postRaw(batch), 400);
    expect(Array.isArray(body)).toBe(false);
  });

  it('directive overloading: 10 unknown directives on one field give one error, not ten', async () => {
    const body = await expectRefused(await graphqlPost({ query: `query cop { __typename ${'@aa'.repeat(10)} }` }), 400);
    expect(codes(body)).toEqual([LIMIT_CODES.directives]);
  });

  it('circular introspection: nested fields/type introspection is refused', async () => {
    const query =
      'query cop { __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }';
    const body = await expectRefused(await graphqlPost({ query }), 400);
    expect(body.errors?.[0]?.message).toMatch(/introspection depth/i);
  });

  it('GET-based mutation: never runs (the schema has no mutations, and GET may not carry one)', async () => {
    const { status, body } = await get('mutation cop { __typename }');
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.data ?? null).toBeNull();
    await expectStillServing();
  });

  it('POST-based CSRF: a form-encoded query is refused with 415 and never runs', async () => {
    const response = await postRaw('query=query%20cop%20%7B__typename%7D', 'application/x-www-form-urlencoded');
    const body = await expectRefused(response, 415);
    expect(codes(body)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
  });

  it('unhandled errors: a broken document gets a parse error without any stack trace', async () => {
    const body = await expectRefused(await graphqlPost({ query: 'query cop { __typename {}' }), 400);
    expect(codes(body)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('trace mode: a result carries no tracing or other extensions', async () => {
    const response = await graphqlPost({ query: 'query cop { __typename }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('malformed requests', () => {
  it('malformed JSON is a 400', async () => {
    await expectRefused(await postRaw('{"query": "{ catalogVersion }"'), 400);
  });

  it('a JSON scalar or null body is a 400', async () => {
    for (const body of ['42', '"{ catalogVersion }"', 'null', 'true']) await expectRefused(await postRaw(body), 400);
  });

  it('a body that is not UTF-8 is a 400, even where the bad bytes sit inside a string', async () => {
    const prefix = new TextEncoder().encode('{"query":"{ settingsForAddress(emailAddress: \\"anna');
    const suffix = new TextEncoder().encode('@routing.net\\") { userName } }"}');
    const body = new Uint8Array([...prefix, 0xff, 0xfe, ...suffix]);
    const refused = await expectRefused(await postRaw(body), 400);
    expect(refused.errors?.[0]?.message).toContain('UTF-8');
  });

  it('a 10 MB body is refused with 413, with or without a declared length', async () => {
    const tenMegabytes = `{"query":"{ catalogVersion }","variables":{"x":"${'x'.repeat(10 * 1024 * 1024)}"}}`;
    const declared = await expectRefused(await postRaw(tenMegabytes), 413);
    expect(declared.errors?.[0]?.message).toContain(String(MAX_BODY_BYTES));
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const chunked = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 10) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    await expectRefused(await postRaw(chunked), 413);
  });

  it('a query nested 500 levels deep is refused by a limit', async () => {
    const query = `${'{ protocols '.repeat(500)}${'}'.repeat(500)}`;
    const body = await expectRefused(await graphqlPost({ query }), 400);
    expect(Object.values(LIMIT_CODES)).toContain(codes(body)?.[0]);
  });

  it('an unknown field is a 400 naming it', async () => {
    const body = await expectRefused(await graphqlPost({ query: '{ endpoints { password } }' }), 400);
    expect(body.errors?.[0]?.message).toContain('password');
    expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('a variable of the wrong type is a 400 naming it', async () => {
    const query = 'query ($s: Situation!) { recommendation(situation: $s) { incomingProtocol } }';
    for (const s of ['two', { deviceCount: 'two' }, { deviceCount: [1] }, { deviceCount: 1, extra: true }]) {
      const body = await expectRefused(await graphqlPost({ query, variables: { s } }), 400);
      expect(body.errors?.[0]?.message).toContain('$s');
    }
  });

  it('variables, operation name or extensions of the wrong JSON type are a 400', async () => {
    for (const params of [
      { query: '{ catalogVersion }', variables: '[]' },
      { query: '{ catalogVersion }', variables: [1, 2] },
      { query: '{ catalogVersion }', operationName: 42 },
      { query: '{ catalogVersion }', extensions: 'x' },
      { query: 42 },
      {},
    ]) {
      await expectRefused(await graphqlPost(params), 400);
    }
  });

  it('huge or deeply nested variable values are refused or answered, never a 500', async () => {
    const query = 'query ($e: String!) { settingsForAddress(emailAddress: $e) { userName } }';
    const long = await graphqlPost({ query, variables: { e: `${'a'.repeat(60_000)}@routing.net` } });
    expect(long.status).toBe(200);
    const body = await long.json<ErrorBody>();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'emailAddress' });
    expect(body.errors?.[0]?.message.length).toBeLessThan(500);
    await expectStillServing();

    const deep = `{"query":"{ catalogVersion }","variables":{"x":${'['.repeat(30_000)}${']'.repeat(30_000)}}}`;
    const nested = await expectRefused(await postRaw(deep), 400);
    expect(codes(nested)).toEqual([LIMIT_CODES.variablesDepth]);
  });

  it('an operation name the document does not have is a 400', async () => {
    const body = await expectRefused(
      await graphqlPost({ query: 'query A { catalogVersion }', operationName: 'B' }),
      400,
    );
    expect(codes(body)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
  });
});

describe('absurd arguments', () => {
  it('a device count of 10^12 is a 400, and zero or less a BAD_USER_INPUT', async () => {
    await expectRefused(
      await graphqlPost({
        query: '{ recommendation(situation: { deviceCount: 1000000000000 }) { incomingProtocol } }',
      }),
      400,
    );
    const { status, body } = await post('{ recommendation(situation: { deviceCount: -5 }) { incomingProtocol } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'situation.deviceCount' });
    await expectStillServing();
  });

  it('a 100 KB email address is refused: too large as a body, too long as a document', async () => {
    const address = `${'a'.repeat(100 * 1024)}@routing.net`;
    const query = 'query ($e: String!) { settingsForAddress(emailAddress: $e) { userName } }';
    await expectRefused(await graphqlPost({ query, variables: { e: address } }), 413);
    const inline = await expectRefused(
      await graphqlPost({ query: `{ settingsForAddress(emailAddress: "${address.slice(0, 60_000)}") { userName } }` }),
      400,
    );
    expect(codes(inline)).toEqual([LIMIT_CODES.documentCharacters]);
  });
});
