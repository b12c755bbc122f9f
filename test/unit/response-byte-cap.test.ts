/**
 * The response byte cap, in a Yoga of its own with the cap lowered: an answer within the cap is
 * the answer Yoga gives without the plugin, byte for byte; one over it is a `no-store` 400 with
 * the single error RESPONSE_TOO_LARGE and no data.
 */
import { createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import { operationContext, type Context } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/schema.js';
import { RESPONSE_TOO_LARGE_CODE, useResponseByteCap } from '../../src/graphql-server/limits/response-byte-cap.js';
import { CACHE_CONTROL_NO_STORE } from '../../src/http/cache-policy.js';

/** Sends `query` to a Yoga with `plugins`. */
function send(query: string, plugins: Plugin[]): Promise<Response> {
  const yoga = createYoga<object, Context>({
    schema,
    plugins,
    logging: false,
    context: () =>
      operationContext({
        catalog,
        catalogVersion: 'test',
        locale: 'en',
        origin: 'http://127.0.0.1',
      }),
  });
  return Promise.resolve(
    yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    }),
  );
}

/** The answer to `query` without the cap: status and body. */
async function uncapped(query: string) {
  const response = await send(query, []);
  return { status: response.status, body: await response.text() };
}

const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

describe('the response byte cap', () => {
  const query = '{ protocols(locale: DE) { name summary } }';

  it('passes an answer within the cap unchanged, up to its last byte', async () => {
    const expected = await uncapped(query);
    expect(expected.status).toBe(200);
    // The German summaries hold letters of two bytes, so the cap must count bytes.
    expect(bytes(expected.body)).toBeGreaterThan(expected.body.length);
    const response = await send(query, [useResponseByteCap(bytes(expected.body))]);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(expected.body);
  });

  it('refuses an answer one byte over the cap with a no-store 400 and no data', async () => {
    const maxBytes = bytes((await uncapped(query)).body) - 1;
    const response = await send(query, [useResponseByteCap(maxBytes)]);
    expect(response.status).toBe(400);
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL_NO_STORE);
    const body = await response.json<{ data?: unknown; errors: { message: string; extensions: { code: string } }[] }>();
    expect(body).not.toHaveProperty('data');
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions.code).toBe(RESPONSE_TOO_LARGE_CODE);
    expect(body.errors[0]?.message).toContain(` ${maxBytes} `);
  });

  it('writes an answer once, its headers in the http extension left out of the text', async () => {
    let writes = 0;
    const counted = {
      toJSON: () => {
        writes += 1;
        return 'counted';
      },
    };
    // As the API's own plugins label every result (Content-Language), in the extension Yoga reads.
    const labelled: Plugin = {
      onExecute: () => ({
        onExecuteDone({ result, setResult }) {
          if (!('data' in result)) return;
          const extensions = { http: { headers: { 'Content-Language': 'de' } }, note: 1 };
          setResult({ ...result, data: { ...result.data, counted }, extensions });
        },
      }),
    };
    const response = await send(query, [labelled, useResponseByteCap(1_000_000)]);
    expect(response.headers.get('Content-Language')).toBe('de');
    const body = await response.text();
    expect(writes).toBe(1);
    expect(body).toContain('"counted":"counted"');
    expect(body.endsWith(',"extensions":{"note":1}}')).toBe(true);
  });

  it('measures answers with errors too, counting their internal extensions as well', async () => {
    const withError = '{ catalogVersion endpoints(filter: { port: 70000 }) { port } }';
    const expected = await uncapped(withError);
    expect(expected.body).toContain('"errors"');
    const within = await send(withError, [useResponseByteCap(2 * bytes(expected.body))]);
    expect({ status: within.status, body: await within.text() }).toEqual(expected);
    expect((await send(withError, [useResponseByteCap(bytes(expected.body) / 2)])).status).toBe(400);
  });
});
