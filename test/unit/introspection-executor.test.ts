/**
 * The introspection executor answers exactly as graphql-js does, member order included: the
 * introspection queries real clients send, generated operations with introspection at their root
 * (fragments, merged fields, directives with variables, arguments, `__type` of every type), and
 * operations mixing introspection with ordinary fields, whose ordinary part graphql-js runs. The
 * bound it records lets the byte cap write the answer unwalked, and never lets an answer over the
 * cap through.
 */
import fc from 'fast-check';
import {
  buildSchema,
  execute,
  getIntrospectionQuery,
  parse,
  print,
  validate,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { executeWithIntrospection } from '../../src/graphql-server/execution/fast-introspection.js';
import { stringifyWithin } from '../../src/graphql-server/limits/bounded-json.js';
import { GRAPHIQL_INTROSPECTION_QUERY } from '../data/widest-operations.js';
import { generateOperation } from '../helpers/operation-arbitraries.js';
import { PROPERTY_RUNS } from '../helpers/properties.js';
import { executionArgs } from '../helpers/result-nodes.js';

/** What both executors give for `args`, and the documents graphql-js was handed by ours. */
async function bothWays(args: ExecutionArgs) {
  const handed: ExecutionArgs['document'][] = [];
  const ours = await executeWithIntrospection(args, (given) => {
    handed.push(given.document);
    return execute(given);
  });
  const theirs = await execute(args);
  return { ours: JSON.stringify(ours), theirs: JSON.stringify(theirs), handed, result: ours };
}

/** The root selections of the one operation of `document`, printed. */
const rootOf = (document: ExecutionArgs['document']) =>
  print((document.definitions[0] as OperationDefinitionNode).selectionSet);

const CLIENT_QUERIES = [
  GRAPHIQL_INTROSPECTION_QUERY,
  getIntrospectionQuery(),
  getIntrospectionQuery({ descriptions: false }),
  getIntrospectionQuery({ oneOf: true, inputValueDeprecation: true, schemaDescription: true }),
];

describe('the introspection executor', () => {
  it('answers the introspection queries clients send as graphql-js does, without its executor', async () => {
    for (const query of CLIENT_QUERIES) {
      const { ours, theirs, handed } = await bothWays(await executionArgs(query));
      expect(JSON.parse(ours).data.__schema.types.length).toBeGreaterThan(50);
      expect(ours).toBe(theirs);
      expect(handed).toEqual([]);
    }
  });

  it('answers generated operations with introspection at their root as graphql-js does', async () => {
    let introspected = 0;
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const { query, variables, operationName } = generateOperation(g, 0.6);
        expect(validate(schema, parse(query))).toEqual([]);
        const { ours, theirs } = await bothWays(await executionArgs(query, variables, operationName));
        if (/__schema|__type\b/.test(query)) introspected += 1;
        expect(ours).toBe(theirs);
      }),
      PROPERTY_RUNS,
    );
    // Most of the operations reach the executor, not only graphql-js.
    expect(introspected).toBeGreaterThan(PROPERTY_RUNS.numRuns! / 3);
  });

  it('hands graphql-js only the ordinary root fields of a mixed operation, and puts the answers in order', async () => {
    const query = `query Mixed($skip: Boolean!) {
      catalogVersion
      __schema { queryType { name } }
      ... on Query @skip(if: $skip) { providers { id } }
      __typename
      kind: __type(name: "Security") { enumValues { name } }
    }`;
    for (const skip of [false, true]) {
      const { ours, theirs, handed } = await bothWays(await executionArgs(query, { skip }));
      expect(ours).toBe(theirs);
      expect(Object.keys(JSON.parse(ours).data)).toEqual(
        skip
          ? ['catalogVersion', '__schema', '__typename', 'kind']
          : ['catalogVersion', '__schema', 'providers', '__typename', 'kind'],
      );
      expect(handed.map(rootOf)).toEqual([
        skip ? '{\n  catalogVersion\n}' : '{\n  catalogVersion\n  providers {\n    id\n  }\n}',
      ]);
    }
  });

  it('leaves to graphql-js what it must report: variables it cannot coerce, a non-query, no introspection', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query($name: String!) { __type(name: $name) { name } }', { name: 7 }],
      ['query($name: String!) { __type(name: $name) { name } }', {}],
      ['{ __typename catalogVersion }', {}],
    ];
    for (const [query, variables] of cases) {
      const { ours, theirs, handed } = await bothWays(await executionArgs(query, variables));
      expect(ours).toBe(theirs);
      expect(handed).toHaveLength(1);
    }
    const { ours } = await bothWays(await executionArgs('query($name: String!) { __type(name: $name) { name } }', {}));
    expect((JSON.parse(ours) as ExecutionResult).errors?.[0]?.message).toContain('$name');
  });

  it('follows variables in arguments and directives', async () => {
    const query = `query($name: String!, $all: Boolean!, $names: Boolean!) {
      __type(name: $name) { name fields(includeDeprecated: $all) { name @include(if: $names) isDeprecated } }
    }`;
    for (const [all, names] of [
      [true, true],
      [false, false],
    ]) {
      const { ours, theirs, handed } = await bothWays(await executionArgs(query, { name: 'Query', all, names }));
      expect(ours).toBe(theirs);
      expect(handed).toEqual([]);
    }
  });

  it('tells deprecated from current in every list, in either order, on a schema that deprecates', async () => {
    const deprecating = buildSchema(`
      interface Named { name: String old: String @deprecated(reason: "gone") }
      type Thing implements Named { name: String old: String @deprecated(reason: "gone") }
      union Any = Thing
      enum Colour { RED GREEN @deprecated }
      input Filter { colour: Colour old: Int @deprecated }
      scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
      type Query { things(filter: Filter, old: Int @deprecated, limit: Int = 3): [Thing!]! any: Any url: Url named: Named }
    `);
    const query = `query($all: Boolean!) { __schema { types { kind name specifiedByURL
      fields(includeDeprecated: $all) { name isDeprecated deprecationReason
        args(includeDeprecated: $all) { name isDeprecated defaultValue type { kind name ofType { kind name ofType { kind } } } } }
      enumValues(includeDeprecated: $all) { name isDeprecated }
      inputFields(includeDeprecated: $all) { name isDeprecated }
      interfaces { name } possibleTypes { name } } } }`;
    const document = parse(query);
    expect(validate(deprecating, document)).toEqual([]);
    // Each order, so an answer kept for one flag is never given for the other.
    for (const all of [false, true, false]) {
      const args: ExecutionArgs = { schema: deprecating, document, variableValues: { all } };
      const { ours, theirs, handed } = await bothWays(args);
      expect(ours).toBe(theirs);
      expect(handed).toEqual([]);
      expect(ours.includes('"old"')).toBe(all);
    }
  });

  it('records a bound that writes the answer unwalked, and never lets one over the cap through', async () => {
    const { result } = await bothWays(await executionArgs(GRAPHIQL_INTROSPECTION_QUERY));
    const text = JSON.stringify(result);
    const bytes = new TextEncoder().encode(text).byteLength;
    expect(stringifyWithin(result, bytes)).toBe(text);
    expect(stringifyWithin(result, bytes - 1)).toBeUndefined();
  });
});
