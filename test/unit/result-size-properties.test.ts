/**
 * The property the result node limit rests on: for any valid operation over the real schema
 * (generated selections with aliases, merged fields, fragments, directives and arguments), the
 * bound counted before it runs is never below the nodes its executed result really holds.
 */
import fc from 'fast-check';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { generateOperation } from '../helpers/operation-arbitraries.js';
import { PROPERTY_RUNS } from '../helpers/properties.js';
import { boundOf, executed, resultNodes } from '../helpers/result-nodes.js';

describe('the result node bound', () => {
  it('is never below the nodes of the executed result', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const { query, variables, operationName } = generateOperation(g);
        expect(validate(schema, parse(query))).toEqual([]);
        const bound = boundOf(query, variables, operationName);
        const result = await executed(query, variables, operationName);
        expect(resultNodes(result)).toBeLessThanOrEqual(bound.data + bound.introspection);
      }),
      PROPERTY_RUNS,
    );
  });
});
