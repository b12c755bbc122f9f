/**
 * Operation limits: a document over any limit is refused with a 400 whose error has the limit's
 * code and names the limit's value; a document at the limit, GraphiQL's introspection query and
 * every example still run. After each refusal the next valid request is answered.
 */
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  MAX_ALIASES,
  MAX_COST,
  MAX_DEPTH,
  MAX_DIRECTIVES,
  MAX_DOCUMENT_CHARACTERS,
  MAX_FRAGMENTS,
  MAX_INTROSPECTION_ROOT_FIELDS,
  MAX_MERGED_FIELDS,
  MAX_TOKENS,
  MAX_VARIABLES_DEPTH,
} from '../src/limits.js';
import { LIMIT_CODES } from '../src/graphql-server/limits/operation-limits.js';
import { INTROSPECTION_FIELDS_CODE } from '../src/graphql-server/limits/result-node-limit.js';
import { GRAPHIQL_INTROSPECTION_QUERY } from './data/widest-operations.js';
import { get, graphqlPost, post, type GraphQLResponse } from './helpers/client.js';
import { expectStillServing } from './helpers/serving.js';

/** `count` aliases of `field`, each under a name of its own. */
const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

/** A selection `levels` deep: protocols → endpoints → protocolInfo → endpoints → … → a scalar. */
function nested(levels: number): string {
  let selection = levels % 2 === 0 ? 'name' : 'port';
  for (let level = levels - 1; level >= 2; level -= 1) {
    selection = `${level % 2 === 0 ? 'endpoints' : 'protocolInfo'} { ${selection} }`;
  }
  return `{ protocols { ${selection} } }`;
}

/** POSTs `query` asking for plain JSON, under which GraphQL over HTTP answers request errors 200. */
async function postAsJson(query: string) {
  const response = await graphqlPost({ query }, { accept: 'application/json' });
  return { status: response.status, headers: response.headers, body: await response.json<GraphQLResponse['body']>() };
}

async function expectRefused(query: string, code: string, limit: number) {
  // Every limit is the same 400 under either media type.
  for (const response of [await post(query), await get(query), await postAsJson(query)]) {
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe(code);
    expect(response.body.errors?.[0]?.message).toContain(` ${limit} `);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  }
  await expectStillServing();
}

describe('operation limits', () => {
  it(`refuses a document over ${MAX_DOCUMENT_CHARACTERS} characters before lexing it`, async () => {
    const query = `{ catalogVersion }\n#${'x'.repeat(MAX_DOCUMENT_CHARACTERS)}`;
    await expectRefused(query, LIMIT_CODES.documentCharacters, MAX_DOCUMENT_CHARACTERS);
  });

  it(`takes variables nested ${MAX_VARIABLES_DEPTH} deep and refuses deeper ones before walking them`, async () => {
    const nestedList = (depth: number): unknown => (depth === 0 ? 1 : [nestedList(depth - 1)]);
    const query = '{ catalogVersion }';
    const within = await graphqlPost({ query, variables: { x: nestedList(MAX_VARIABLES_DEPTH - 1) } });
    expect(within.status).toBe(200);
    const over = await graphqlPost({ query, variables: { x: nestedList(MAX_VARIABLES_DEPTH) } });
    expect(over.status).toBe(400);
    const body = await over.json<{ errors: { message: string; extensions: { code: string } }[] }>();
    expect(body.errors[0]?.extensions.code).toBe(LIMIT_CODES.variablesDepth);
    expect(body.errors[0]?.message).toContain(` ${MAX_VARIABLES_DEPTH} `);
    await expectStillServing();
  });

  it(`refuses a document over ${MAX_TOKENS} tokens`, async () => {
    // Short names, so that the document stays within the character limit.
    await expectRefused(`{ ${'a '.repeat(MAX_TOKENS)}}`, LIMIT_CODES.tokens, MAX_TOKENS);
  });

  it(`runs a selection ${MAX_DEPTH} deep and refuses one deeper`, async () => {
    const { status, body } = await post(nested(MAX_DEPTH));
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    await expectRefused(nested(MAX_DEPTH + 1), LIMIT_CODES.depth, MAX_DEPTH);
  });

  it(`runs ${MAX_ALIASES} aliases and refuses one more, __typename aliases included`, async () => {
    const { status, body } = await post(`{ ${aliases(MAX_ALIASES, 'catalogVersion')} }`);
    expect(status).toBe(200);
    expect(Object.keys(body.data ?? {})).toHaveLength(MAX_ALIASES);
    await expectRefused(`{ ${aliases(MAX_ALIASES + 1, 'catalogVersion')} }`, LIMIT_CODES.aliases, MAX_ALIASES);
    await expectRefused(`{ ${aliases(MAX_ALIASES + 1, '__typename')} }`, LIMIT_CODES.aliases, MAX_ALIASES);
  });

  it(`runs ${MAX_DIRECTIVES} directives and refuses one more`, async () => {
    const directives = (count: number) => `{ ${'catalogVersion @include(if: true) '.repeat(count)}}`;
    const { status } = await post(directives(MAX_DIRECTIVES));
    expect(status).toBe(200);
    await expectRefused(directives(MAX_DIRECTIVES + 1), LIMIT_CODES.directives, MAX_DIRECTIVES);
  });

  it(`refuses an operation costing more than ${MAX_COST}`, async () => {
    // Fifteen aliases of a selection three deep, each field merged ten times at most: within every
    // other limit, and a cost of 15 × (2 + 3 + 10 × 2.25) = 412.
    const costly = aliases(MAX_ALIASES, `protocols { endpoints { ${'port '.repeat(MAX_MERGED_FIELDS)}} }`);
    await expectRefused(`{ ${costly} }`, LIMIT_CODES.cost, MAX_COST);
  });

  it(`refuses more than ${MAX_MERGED_FIELDS} fields merged under one key, directly or through fragments`, async () => {
    const repeated = (count: number) => 'catalogVersion '.repeat(count);
    expect((await post(`{ ${repeated(MAX_MERGED_FIELDS)}}`)).status).toBe(200);
    // Validation compares every two of them: 400 took longer than executing GraphiQL's introspection.
    await expectRefused(`{ ${repeated(400)}}`, LIMIT_CODES.mergedFields, MAX_MERGED_FIELDS);
    const through = `{ ...A ... { ...B } catalogVersion } fragment A on Query { ${repeated(5)}} fragment B on Query { ${repeated(5)}}`;
    await expectRefused(through, LIMIT_CODES.mergedFields, MAX_MERGED_FIELDS);
    await expectRefused(
      `{ ${'providers { id } '.repeat(MAX_MERGED_FIELDS + 1)}}`,
      LIMIT_CODES.mergedFields,
      MAX_MERGED_FIELDS,
    );
  });

  it(`refuses a document defining more than ${MAX_FRAGMENTS} fragments`, async () => {
    const fragments = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `...F${i}`).join(' ')} } ` +
      Array.from(
        { length: count },
        (_, i) => `fragment F${i} on Query { ${i % 2 === 0 ? 'catalogVersion' : 'schemaVersion'} }`,
      ).join(' ');
    const within = await post(fragments(MAX_FRAGMENTS));
    expect(within.body.errors).toBeUndefined();
    expect(within.status).toBe(200);
    await expectRefused(fragments(MAX_FRAGMENTS + 1), LIMIT_CODES.fragments, MAX_FRAGMENTS);
  });

  it("runs GraphiQL's introspection query, and graphql-js's that other tools send", async () => {
    for (const query of [
      GRAPHIQL_INTROSPECTION_QUERY,
      getIntrospectionQuery(),
      getIntrospectionQuery({ oneOf: true }),
    ]) {
      const { status, body } = await post(query);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      expect(body.data?.['__schema']?.queryType?.name).toBe('Query');
    }
  });

  it(`refuses more than ${MAX_INTROSPECTION_ROOT_FIELDS} introspection root fields before running any`, async () => {
    // What answered 1,030,212 bytes for 1 KB: sixteen copies (fifteen aliased, the most aliases
    // allowed), each within the node bound.
    const copies = Array.from({ length: 15 }, (_, i) => `s${i}: __schema { ...T }`).join(' ');
    const amplifier = `{ __schema { ...T } ${copies} } fragment T on __Schema { types { name description fields { name description } } }`;
    await expectRefused(amplifier, INTROSPECTION_FIELDS_CODE, MAX_INTROSPECTION_ROOT_FIELDS);
  });

  it('refuses an alias inside introspection, which multiplies its lists within one __schema', async () => {
    const copies = Array.from({ length: 15 }, (_, i) => `t${i}: types { name description }`).join(' ');
    for (const query of [`{ __schema { ${copies} } }`, '{ __type(name: "Query") { a: name } }']) {
      const { status, body } = await post(query);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.['code']).toBe(INTROSPECTION_FIELDS_CODE);
      expect(body.errors?.[0]?.message).toContain('may not be aliased');
    }
    await expectStillServing();
  });
});
