/**
 * An executed answer's text is turned into a Response once: asked for the text only (by the
 * answer cache, for an answer it may keep), Yoga's own Response carries no body when the byte cap
 * wrote the text (every result without errors), and the answer cache makes the one it sends from
 * that text; an error, or an answer executed without that request, keeps the body Yoga wrote.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Env } from '../src/env.js';
import { executeOnYoga } from '../src/routes/graphql.js';
import { graphqlGet } from './helpers/client.js';

async function execute(query: string, textOnly = true) {
  const url = new URL(`http://127.0.0.1/graphql?${new URLSearchParams({ query })}`);
  const ctx = createExecutionContext();
  const executed = await executeOnYoga(
    { request: new Request(url, { headers: { accept: 'application/json' } }), textOnly },
    { locale: 'en', mediaType: 'application/json' },
    { env: {} as Env, ctx, url, requestId: 'test' },
  );
  await waitOnExecutionContext(ctx);
  return executed;
}

describe("an executed answer's text", () => {
  it('is not given to the Response Yoga makes for a result without errors', async () => {
    const executed = await execute('{ endpoints { port } }');
    expect(executed.errorFree).toBe(true);
    expect(executed.response.body).toBeNull();
    expect(executed.response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(executed.body ?? '')).toMatchObject({ data: { endpoints: expect.any(Array) } });
  });

  it('stays in the Response Yoga makes when the text alone was not asked for', async () => {
    const executed = await execute('{ endpoints { port } }', false);
    expect(await executed.response.text()).toBe(executed.body);
  });

  it('stays in the Response Yoga makes for an error', async () => {
    const executed = await execute('{ nope }');
    expect(executed.body).toBeUndefined();
    expect(await executed.response.json()).toMatchObject({ errors: [{ message: expect.any(String) }] });
  });

  it('is the body the client gets, kept or not', async () => {
    const query = '{ endpoints { port protocol } }';
    const direct = (await execute(query)).body;
    for (const response of [await graphqlGet(query), await graphqlGet(query)]) {
      expect(await response.text()).toBe(direct);
    }
    // An answer naming an address is kept by no cache, and made from the text all the same.
    const personal = await graphqlGet('{ settingsForAddress(emailAddress: "anna@routing.net") { userName } }');
    expect(personal.headers.get('Cache-Control')).toBe('no-store');
    expect(await personal.json()).toEqual({ data: { settingsForAddress: { userName: 'anna@routing.net' } } });
  });
});
