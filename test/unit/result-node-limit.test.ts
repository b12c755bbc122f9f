/**
 * The result node limit as a Yoga plugin, in a Yoga of its own whose context counts every read
 * of the catalog: an operation over a limit is refused with the limit's error before any
 * resolver has read anything, and one within it runs.
 */
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import { operationContext, type Context } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/schema.js';
import {
  INTROSPECTION_FIELDS_CODE,
  RESULT_NODES_CODE,
  useResultNodeLimit,
  type ResultNodeLimits,
} from '../../src/graphql-server/limits/result-node-limit.js';
import { RESULT_SIZE_ATTACKS } from '../data/result-size-attacks.js';
import { SERVED_LIST_BOUNDS } from '../helpers/result-nodes.js';

interface Answer {
  readonly status: number;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  /** How often resolvers read the catalog while answering. */
  readonly catalogReads: number;
}

/** Sends `query` to a Yoga with the limit plugin alone. */
async function send(query: string, variables?: Record<string, unknown>, limits?: ResultNodeLimits): Promise<Answer> {
  let catalogReads = 0;
  const yoga = createYoga<object, Context>({
    schema,
    plugins: [useResultNodeLimit(SERVED_LIST_BOUNDS, limits)],
    context: () =>
      operationContext({
        catalog: new Proxy(catalog, {
          get(target, property, receiver) {
            catalogReads += 1;
            return Reflect.get(target, property, receiver) as unknown;
          },
        }),
        catalogVersion: 'test',
        locale: 'en',
        origin: 'http://127.0.0.1',
      }),
  });
  const response = await yoga.fetch('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json(), catalogReads };
}

describe('the result node limit plugin', () => {
  for (const { name, query, variables } of RESULT_SIZE_ATTACKS) {
    it(`refuses ${name} before any resolver runs`, async () => {
      const { status, body, catalogReads } = await send(query, variables);
      expect(status).toBe(400);
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual([RESULT_NODES_CODE]);
      expect(body).not.toHaveProperty('data');
      expect(catalogReads).toBe(0);
    });
  }

  it('runs an operation within the limit', async () => {
    const { status, body, catalogReads } = await send('{ guides { protocols { name } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(catalogReads).toBeGreaterThan(0);
  });

  it('takes an operation at each limit and refuses one node more, naming the limit and the count', async () => {
    const limits = { data: 7, introspection: 2, introspectionRoots: 2 };
    expect((await send('{ protocols { name } }', {}, limits)).status).toBe(200);
    const overData = await send('{ protocols { name fullName } }', {}, limits);
    expect(overData.status).toBe(400);
    expect(overData.body.errors?.[0]?.message).toBe(
      'Result node limit of 7 exceeded: the operation can return up to 10 nodes.',
    );
    expect((await send('{ __type(name: "Query") { name } }', {}, limits)).status).toBe(200);
    const overIntrospection = await send('{ __type(name: "Query") { name kind } }', {}, limits);
    expect(overIntrospection.status).toBe(400);
    expect(overIntrospection.body.errors?.[0]?.message).toBe(
      "Introspection result node limit of 2 exceeded: the operation's introspection can return up to 3 nodes.",
    );
  });

  it('takes as many introspection root fields as the limit, aliases counted, and refuses one more', async () => {
    const limits = { data: 100, introspection: 1_000_000, introspectionRoots: 2 };
    const roots = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ')} }`;
    expect((await send(roots(2), {}, limits)).status).toBe(200);
    const over = await send(roots(3), {}, limits);
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions?.code).toBe(INTROSPECTION_FIELDS_CODE);
    expect(over.body.errors?.[0]?.message).toContain('__schema or __type 3 times');
    // Through a fragment, at the root, they count the same.
    const inFragment = `{ ...F } fragment F on Query { ${roots(3).slice(2, -2)} }`;
    expect((await send(inFragment, {}, limits)).status).toBe(400);
  });

  it('leaves variables that do not coerce to execution, which refuses them itself', async () => {
    const { body, catalogReads } = await send('query ($x: Boolean!) { guides @include(if: $x) { id } }', { x: 'yes' });
    expect(body.errors?.[0]?.message).toMatch(/\$x/);
    expect(body.errors?.[0]?.extensions?.code).not.toBe(RESULT_NODES_CODE);
    expect(catalogReads).toBe(0);
  });
});
