/**
 * GraphQL over HTTP, as other people's software checks it: every one of graphql-http's server
 * audits, run against the Worker's own fetch, one test per audit by its id. Beside them, the cases
 * those audits mean but do not reach: their "validation failure" (`{ 8f31… }`) fails to parse,
 * and their "variable coercion failure" (an unused `$id: ID!`) fails validation, so a real unknown
 * field and a real variable of the wrong type are sent here, with the status the spec gives each
 * media type.
 *
 * Two audits ask for what an older draft of the spec said and pass as they are, by choice:
 * 80D8 and 47DE want `application/json` for a request without `Accept` or with `*` / `*`; the
 * current draft says a missing `Accept` SHOULD be read as `application/graphql-response+json`,
 * but `application/json` is what every client written before that reads, and both are SHOULDs.
 */
import { exports } from 'cloudflare:workers';
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';

const URL = 'http://127.0.0.1/graphql';
const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

const audits = serverAudits({
  url: URL,
  fetchFn: (input: RequestInfo, init?: RequestInit) => exports.default.fetch(input, init),
});

describe("graphql-http's server audits", () => {
  it('are all here, each with its own id', () => {
    expect(audits.length).toBeGreaterThan(50);
    expect(new Set(audits.map(({ id }) => id)).size).toBe(audits.length);
  });

  for (const audit of audits) {
    it(`${audit.id}: ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') {
        const body = await result.response.text();
        expect.fail(`${result.reason} (${result.response.status}: ${body.slice(0, 300)})`);
      }
    });
  }
});

/** POSTs `body` as JSON, asking for `accept`. */
async function postAs(accept: string, body: Record<string, unknown>) {
  const response = await exports.default.fetch(URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify(body),
  });
  return { response, body: await response.json<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>() };
}

describe('the failures those audits name, reached for real', () => {
  const unknownField = { query: '{ fieldThatDoesNotExist }' };
  const wrongVariableType = {
    query: 'query Ports($port: Int) { endpoints(filter: { port: $port }) { port } }',
    variables: { port: 'nine hundred ninety-three' },
  };

  for (const [accept, status] of [
    [JSON_TYPE, 200],
    [GRAPHQL_RESPONSE, 400],
  ] as const) {
    it(`answers a validation failure under ${accept} with ${status} and no data`, async () => {
      const { response, body } = await postAs(accept, unknownField);
      expect(response.status).toBe(status);
      expect(response.headers.get('Content-Type')).toBe(`${accept}; charset=utf-8`);
      expect(body).not.toHaveProperty('data');
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it(`answers a variable coercion failure under ${accept} with ${status} and no data`, async () => {
      const { response, body } = await postAs(accept, wrongVariableType);
      expect(response.status).toBe(status);
      expect(response.headers.get('Content-Type')).toBe(`${accept}; charset=utf-8`);
      expect(body).not.toHaveProperty('data');
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  }

  it('refuses a mutation over GET with 405 and Allow: POST, as the spec says it MUST', async () => {
    const response = await exports.default.fetch(`${URL}?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { accept: GRAPHQL_RESPONSE },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
  });
});
