/**
 * The result node bound: every list field of the schema has a bound read off the catalog (or,
 * for introspection, the schema), the count follows graphql-js's own rules for fragments,
 * aliases, merged fields and directives, and the limits are sized from the widest operations
 * real clients send with the headroom `limits.ts` claims, while every attack is over them.
 */
import { getNullableType, isInterfaceType, isListType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import type { GuideData } from '../../src/catalog/types.js';
import { allEndpoints } from '../../src/domain/endpoints.js';
import { schema } from '../../src/graphql/schema.js';
import { catalogListBounds } from '../../src/graphql-server/limits/list-bounds.js';
import { resultNodeBound } from '../../src/graphql-server/limits/result-size.js';
import { MAX_INTROSPECTION_RESULT_NODES, MAX_RESULT_NODES } from '../../src/limits.js';
import { RESULT_SIZE_ATTACKS } from '../data/result-size-attacks.js';
import { GRAPHIQL_INTROSPECTION_QUERY, WIDEST_OPERATIONS } from '../data/widest-operations.js';
import { boundOf, executed, resultNodes, SERVED_LIST_BOUNDS } from '../helpers/result-nodes.js';

/** The headroom `limits.ts` claims over the widest operations. */
const HEADROOM = 2.5;

/** `Type.field` of every field of the schema, introspection's included, that returns a list. */
function listFields(): string[] {
  return Object.values(schema.getTypeMap()).flatMap((type) =>
    isObjectType(type) || isInterfaceType(type)
      ? Object.values(type.getFields())
          .filter((field) => isListType(getNullableType(field.type)))
          .map((field) => `${type.name}.${field.name}`)
      : [],
  );
}

describe('list bounds', () => {
  it('bound every list field of the schema, introspection included, and nothing else', () => {
    const fields = listFields();
    expect(fields).toContain('Guide.steps');
    expect(fields).toContain('__Type.fields');
    expect(fields.filter((field) => !SERVED_LIST_BOUNDS.has(field))).toEqual([]);
    expect([...SERVED_LIST_BOUNDS.keys()].filter((field) => !fields.includes(field))).toEqual([]);
    for (const bound of SERVED_LIST_BOUNDS.values()) expect(Number.isInteger(bound) && bound >= 0).toBe(true);
  });

  it('are read off the catalog, so new data moves them', () => {
    const served = catalogListBounds(catalog);
    expect(served.get('Query.endpoints')).toBe(allEndpoints(catalog).length);
    expect(served.get('Guide.steps')).toBe(Math.max(...catalog.guides.map((guide) => guide.steps.length)));

    const base = catalog.guides.find((guide) => guide.steps.length > 0) as GuideData;
    const longGuide: GuideData = {
      ...base,
      id: 'a-long-guide',
      steps: Array.from({ length: 40 }, () => base.steps[0] ?? { en: 'x', de: 'x' }),
      protocols: ['SMTP'],
    };
    const grown = catalogListBounds({ ...catalog, guides: [...catalog.guides, longGuide] });
    expect(grown.get('Guide.steps')).toBe(40);
    expect(grown.get('Query.guides')).toBe(catalog.guides.length + 1);
    const guidesOf = (name: string) => catalog.guides.filter((g) => g.protocols.some((p) => p === name)).length;
    expect(grown.get('Protocol.guides')).toBe(Math.max(guidesOf('IMAP'), guidesOf('POP3'), guidesOf('SMTP') + 1));
  });

  it('count a list field without a bound as an error naming it, never as a guess', () => {
    const withoutSteps = new Map([...SERVED_LIST_BOUNDS].filter(([field]) => field !== 'Guide.steps'));
    const input = { schema, document: parse('{ guides { steps } }'), variableValues: {}, listBounds: withoutSteps };
    expect(() => resultNodeBound(input)).toThrow(/Guide\.steps/);
  });
});

describe('the result node bound', () => {
  // Query.protocols, Query.providers and each Provider's domains return exactly their bound, so
  // these counts are exact.
  const exact: readonly [string, string, number, Record<string, unknown>?][] = [
    ['__typename', '{ __typename }', 1],
    ['a list of objects, each item a node', '{ protocols { name } }', 7],
    ['a list of scalars, each item a node', '{ providers { domains } }', 4],
    ['__typename in every item', '{ protocols { __typename } }', 7],
    ['aliases multiplying a list', '{ a: protocols { name } b: protocols { name } }', 14],
    ['one response key selected twice, merged', '{ protocols { name } protocols { fullName } }', 10],
    ['a named fragment spread twice, collected once', '{ ...F ...F } fragment F on Query { protocols { name } }', 7],
    ['an inline fragment', '{ ... on Query { protocols { name } } }', 7],
    ['@skip with true', '{ protocols @skip(if: true) { name } }', 0],
    ['@include with a variable', 'query ($x: Boolean!) { protocols @include(if: $x) { name } }', 7, { x: true }],
    ['@include with a false variable', 'query ($x: Boolean!) { protocols @include(if: $x) { name } }', 0, { x: false }],
    [
      '@include with a variable left to its default',
      'query ($x: Boolean = false) { protocols @include(if: $x) { name } }',
      0,
    ],
  ];
  for (const [name, query, count, variables] of exact) {
    it(`counts ${name}: ${count}`, async () => {
      expect(boundOf(query, variables).data).toBe(count);
      expect(resultNodes(await executed(query, variables))).toBe(count);
    });
  }

  it('counts the operation named, not the others', () => {
    const query = 'query A { protocols { name } } query B { __typename }';
    expect(boundOf(query, {}, 'A').data).toBe(7);
    expect(boundOf(query, {}, 'B').data).toBe(1);
    expect(boundOf(query, {}, 'C')).toEqual({
      data: 0,
      introspection: 0,
      introspectionRoots: 0,
      aliasesInIntrospection: false,
    });
  });

  it('counts introspection apart', () => {
    expect(boundOf('{ __typename __type(name: "Query") { name } }')).toEqual({
      data: 1,
      introspection: 2,
      introspectionRoots: 1,
      aliasesInIntrospection: false,
    });
  });
});

describe('the limits', () => {
  for (const { name, query, variables } of WIDEST_OPERATIONS) {
    it(`leave ${HEADROOM} times headroom over ${name}, which the bound does not undercount`, async () => {
      const bound = boundOf(query, variables);
      expect(bound.data * HEADROOM).toBeLessThanOrEqual(MAX_RESULT_NODES);
      const result = await executed(query, variables);
      expect(result.errors).toBeUndefined();
      expect(resultNodes(result)).toBeLessThanOrEqual(bound.data);
    });
  }

  it(`leave ${HEADROOM} times headroom over GraphiQL's introspection query`, async () => {
    const bound = boundOf(GRAPHIQL_INTROSPECTION_QUERY);
    expect(bound.introspection * HEADROOM).toBeLessThanOrEqual(MAX_INTROSPECTION_RESULT_NODES);
    expect(resultNodes(await executed(GRAPHIQL_INTROSPECTION_QUERY))).toBeLessThanOrEqual(bound.introspection);
  });

  for (const { name, query, variables } of RESULT_SIZE_ATTACKS) {
    it(`are exceeded by ${name}`, () => {
      const bound = boundOf(query, variables);
      expect(bound.data > MAX_RESULT_NODES || bound.introspection > MAX_INTROSPECTION_RESULT_NODES).toBe(true);
    });
  }
});
