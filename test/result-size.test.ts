/**
 * The result node limit, through the Worker: an operation whose lists could multiply past it,
 * through any cycle of the schema, aliases, fragments or directives, is refused before it runs
 * with a 400 whose single error names the limit and the count, and no data; the widest
 * operations real clients send are answered.
 */
import { describe, expect, it } from 'vitest';
import { RESULT_NODES_CODE } from '../src/graphql-server/limits/result-node-limit.js';
import { MAX_INTROSPECTION_RESULT_NODES, MAX_RESULT_NODES } from '../src/limits.js';
import { RESULT_SIZE_ATTACKS } from './data/result-size-attacks.js';
import { WIDEST_OPERATIONS } from './data/widest-operations.js';
import { get, post } from './helpers/client.js';
import { boundOf } from './helpers/result-nodes.js';
import { expectStillServing } from './helpers/serving.js';

describe('the result node limit', () => {
  for (const { name, query, variables } of RESULT_SIZE_ATTACKS) {
    it(`refuses ${name} before it runs`, async () => {
      const bound = boundOf(query, variables);
      const [limit, count] =
        bound.data > MAX_RESULT_NODES
          ? [MAX_RESULT_NODES, bound.data]
          : [MAX_INTROSPECTION_RESULT_NODES, bound.introspection];
      for (const response of [await post(query, variables), await get(query, variables)]) {
        expect(response.status).toBe(400);
        // Execution always answers `data`; a refusal before it has none.
        expect(response.body).not.toHaveProperty('data');
        expect(response.body.errors).toHaveLength(1);
        expect(response.body.errors?.[0]?.extensions?.['code']).toBe(RESULT_NODES_CODE);
        expect(response.body.errors?.[0]?.message).toContain(` ${limit} `);
        expect(response.body.errors?.[0]?.message).toContain(` ${count} `);
        expect(response.headers.get('Cache-Control')).toBe('no-store');
      }
      await expectStillServing();
    });
  }

  it('answers the list behind @include when the variable leaves it out', async () => {
    const attack = RESULT_SIZE_ATTACKS.find(({ variables }) => variables !== undefined);
    const { status, body } = await post(attack?.query ?? '', { all: false });
    expect(status).toBe(200);
    expect(Object.keys(body.data ?? {})).toEqual(['catalogVersion']);
  });

  for (const { name, query, variables } of WIDEST_OPERATIONS) {
    it(`answers ${name}`, async () => {
      const { status, body } = await post(query, variables);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
    });
  }
});
