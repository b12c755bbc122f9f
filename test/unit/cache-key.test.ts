/**
 * Canonical cache keys.
 */
import { describe, expect, it } from 'vitest';
import { cacheKey, canonicalJson } from '../../src/cache/key.js';

const context = { origin: 'https://api.example', accept: 'application/json', locale: 'en', catalogVersion: 'v1' };

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});

describe('cacheKey', () => {
  const key = (params: Record<string, unknown>, ctx = context) => cacheKey(params, ctx);

  it('ignores white space and comments', () => {
    expect(key({ query: '{ a  b }' })).toBe(key({ query: '# hi\n{\n  a\n  b\n}\n' }));
  });

  it('tells apart documents, variables, operation names, hashes, origin, accept, locale and version', () => {
    const base = key({ query: '{ a }', variables: { x: 1 } });
    const variants = [
      key({ query: '{ b }', variables: { x: 1 } }),
      key({ query: '{ a }', variables: { x: 2 } }),
      key({ query: '{ a }', variables: { x: 1 }, operationName: 'A' }),
      key({ query: '{ a }', variables: { x: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: 'h' } } }),
      key({ query: '{ a }', variables: { x: 1 } }, { ...context, accept: 'application/graphql-response+json' }),
      key({ query: '{ a }', variables: { x: 1 } }, { ...context, locale: 'de' }),
      key({ query: '{ a }', variables: { x: 1 } }, { ...context, origin: 'http://127.0.0.1:8787' }),
      key({ query: '{ a }', variables: { x: 1 } }, { ...context, catalogVersion: 'v2' }),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it('is undefined without a document or hash, or for a document that does not lex', () => {
    expect(key({})).toBeUndefined();
    expect(key({ query: '{ "unterminated }' })).toBeUndefined();
  });

  it('keys a hash-only request by its hash', () => {
    expect(key({ extensions: { persistedQuery: { version: 1, sha256Hash: 'h' } } })).toContain('"h"');
  });
});
