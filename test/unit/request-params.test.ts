/**
 * Reading a /graphql request's parameters before Yoga, and what Yoga is handed on a miss.
 */
import { describe, expect, it } from 'vitest';
import { parseGraphQLParams, readRawPost } from '../../src/cache/params.js';

const post = (body: string) =>
  new Request('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });

async function rawPost(body: string) {
  const raw = await readRawPost(post(body));
  if (raw === undefined || typeof raw === 'symbol') throw new Error('not read as a JSON POST');
  return raw;
}

describe('a JSON POST', () => {
  it('hands Yoga the object its body parsed to, the very one the parameters were read from', async () => {
    const raw = await rawPost('{"query":"{ catalogVersion }","operationName":null,"foo":1}');
    expect(raw.json()).toBe(raw.json());
    const forwarded = raw.forward();
    expect(forwarded.body).toBe(raw.json().value);
    // Unknown parameters and nulls stay as sent: Yoga judges them as it would its own parse.
    expect(forwarded.body).toEqual({ query: '{ catalogVersion }', operationName: null, foo: 1 });
    expect(forwarded.request.bodyUsed).toBe(true);
  });

  it('hands Yoga a copy with the text when the body is no JSON object, for Yoga to refuse', async () => {
    for (const text of ['[]', 'null', '1', '"query"', '{"query":', '']) {
      const forwarded = (await rawPost(text)).forward();
      expect(forwarded.body, text).toBeUndefined();
      expect(await forwarded.request.text(), text).toBe(text);
    }
  });

  it('reads as malformed a body that is no JSON, an empty one included', async () => {
    for (const text of ['{"query":', ''])
      expect(parseGraphQLParams(await rawPost(text)), text).toEqual({ malformed: 'body' });
  });
});
