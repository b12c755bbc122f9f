/**
 * The counts the field-merging limits judge a document by: fields under one response key, through
 * inline fragments and fragment spreads (a fragment once per selection set, as graphql-js's rule
 * takes it), in every selection set at any depth and in fragment definitions; fragments defined;
 * and a cycle or an unknown fragment, which validation refuses, counted as empty rather than looped.
 */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mergingOf } from '../../src/graphql-server/limits/field-merging.js';
import { GRAPHIQL_INTROSPECTION_QUERY } from '../data/widest-operations.js';

const merging = (query: string) => mergingOf(parse(query));

describe('field merging counts', () => {
  it('count fields under one key directly, through inline fragments and through spreads', () => {
    expect(merging('{ a a b }')).toEqual({ fragments: 0, mostMerged: 2 });
    expect(merging('{ a ... { a ... on Query { a } } }').mostMerged).toBe(3);
    expect(merging('{ x: a a x: b }').mostMerged).toBe(2);
    expect(merging('{ a ...F ...F } fragment F on Query { a a }')).toEqual({ fragments: 1, mostMerged: 3 });
    expect(merging('{ ...F } fragment F on Query { ...G a } fragment G on Query { a a a }').mostMerged).toBe(4);
  });

  it('look into every selection set at any depth, and into fragments never spread', () => {
    expect(merging('{ a { b { c c c c } } }').mostMerged).toBe(4);
    expect(merging('{ a } fragment F on Query { b b b }').mostMerged).toBe(3);
  });

  it('end at a cycle and at an unknown fragment', () => {
    expect(merging('{ ...F } fragment F on Query { a ...G } fragment G on Query { a ...F }').mostMerged).toBe(2);
    expect(merging('{ a ...Missing }').mostMerged).toBe(1);
  });

  it("find GraphiQL's introspection query well within both limits", () => {
    expect(merging(GRAPHIQL_INTROSPECTION_QUERY)).toEqual({ fragments: 3, mostMerged: 1 });
  });
});
